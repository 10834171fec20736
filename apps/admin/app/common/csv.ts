/**
 * Rows as CSV (RFC 4180): a header of the first row's keys, every field quoted when it holds a
 * comma, quote or line break. A leading `=`, `+`, `-` or `@` is prefixed with `'` so a
 * spreadsheet never runs a value as a formula.
 */
export function toCsv(rows: Record<string, string | number | null>[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]!);
  const field = (value: string | number | null) => {
    let text = value === null ? '' : String(value);
    if (/^[=+\-@]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns, ...rows.map((row) => columns.map((column) => row[column] ?? null))]
    .map((values) => values.map((value) => field(value)).join(','))
    .join('\r\n');
}
