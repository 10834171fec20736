/** The receiver's own data: rows per collection, each holding the person's e-mail. */
export type Row = Record<string, unknown> & { email: string };

export class CustomerStore {
  constructor(private readonly collections: Record<string, Row[]> = {}) {}

  find(emails: string[]): Record<string, Row[]> {
    const found: Record<string, Row[]> = {};
    for (const [name, rows] of Object.entries(this.collections)) {
      const matching = rows.filter((row) => emails.includes(row.email.toLowerCase()));
      if (matching.length) found[name] = matching;
    }
    return found;
  }

  erase(emails: string[]): number {
    let erased = 0;
    for (const [name, rows] of Object.entries(this.collections)) {
      const kept = rows.filter((row) => !emails.includes(row.email.toLowerCase()));
      erased += rows.length - kept.length;
      this.collections[name] = kept;
    }
    return erased;
  }

  /** Applies the changes to every row of the person; the number of rows found. */
  correct(emails: string[], changes: Partial<Row>): number {
    const rows = Object.values(this.collections)
      .flat()
      .filter((row) => emails.includes(row.email.toLowerCase()));
    for (const row of rows) Object.assign(row, changes);
    return rows.length;
  }

  count(email: string): number {
    return Object.values(this.collections)
      .flat()
      .filter((row) => row.email === email).length;
  }
}
