import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { AccessSink } from '@dsar/systems';
import type { FileVault } from '../crypto/file-vault.js';

export interface CollectionSummary {
  rows: number;
  /** Every column seen, in first-seen order (the CSV header). */
  columns: string[];
  /** Each column's data category, where the connector knows it (an SQL map does). */
  categories?: Record<string, string>;
}

export type SpoolSummary = Record<string, CollectionSummary>;

/**
 * How each spool line starts for its collection: a line is `{"c":<collection>,"r":<row>}`, so
 * the package copies a row's JSON text as written and parses only its own collection's lines.
 */
export function spoolLinePrefix(collection: string): string {
  return `{"c":${JSON.stringify(collection)},"r":`;
}

/** Where a task's access rows are spooled: one encrypted NDJSON file per task. */
export function spoolPath(requestId: string, taskId: string): string {
  return `spool/${requestId}/${taskId}.ndjson.enc`;
}

/**
 * An `AccessSink` writing to the task's spool file as rows arrive (backpressure respected), so a
 * connector that streams 200,000 rows never holds them in memory. A re-run starts a fresh file.
 */
export class SpoolWriter implements AccessSink {
  private readonly lines = new PassThrough();
  private readonly done: Promise<number>;
  private readonly summary: SpoolSummary = {};
  private readonly columnSets = new Map<string, Set<string>>();
  private readonly lastColumns = new Map<string, readonly string[]>();
  private readonly prefixes = new Map<string, string>();
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(
    vault: FileVault,
    readonly path: string,
  ) {
    this.done = vault.write(path, this.lines);
    // A write failure surfaces from close(); keep it from being an unhandled rejection meanwhile.
    this.done.catch(() => undefined);
    this.lines.on('error', () => undefined);
  }

  /** The categories of a collection's columns, told before its rows. */
  describe(collection: string, categories: Record<string, string>): void {
    const entry = (this.summary[collection] ??= { rows: 0, columns: [] });
    entry.categories = { ...entry.categories, ...categories };
  }

  /** Returns a promise only when a batch goes to the file (wait for it); otherwise nothing. */
  write(collection: string, row: Record<string, unknown>): Promise<void> | undefined {
    return this.append(collection, Object.keys(row), JSON.stringify(row));
  }

  /** A row's JSON text as the database wrote it: copied, never parsed. */
  writeJson(
    collection: string,
    columns: readonly string[],
    json: string,
  ): Promise<void> | undefined {
    return this.append(collection, columns, json);
  }

  private append(collection: string, columns: readonly string[], json: string) {
    const entry = (this.summary[collection] ??= { rows: 0, columns: [] });
    entry.rows += 1;
    // A connector passes the same column list for a whole statement: merged once.
    if (this.lastColumns.get(collection) !== columns) {
      this.lastColumns.set(collection, columns);
      const seen = this.columnSets.get(collection) ?? new Set<string>();
      this.columnSets.set(collection, seen);
      for (const column of columns) {
        if (!seen.has(column)) {
          seen.add(column);
          entry.columns.push(column);
        }
      }
    }
    let prefix = this.prefixes.get(collection);
    if (prefix === undefined) this.prefixes.set(collection, (prefix = spoolLinePrefix(collection)));
    const line = `${prefix}${json}}\n`;
    this.pending.push(line);
    this.pendingChars += line.length;
    return this.pendingChars >= 64 * 1024 ? this.flush() : undefined;
  }

  /** Rows go to the file in batches of about 64 KiB, waiting when the file falls behind. */
  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    if (!this.lines.write(text)) await Promise.race([once(this.lines, 'drain'), this.done]);
  }

  get rowCount(): number {
    return Object.values(this.summary).reduce((sum, entry) => sum + entry.rows, 0);
  }

  /** Finishes the file; returns what it holds. */
  async close(): Promise<SpoolSummary> {
    await this.flush();
    this.lines.end();
    await this.done;
    return this.summary;
  }

  /** Gives up: the partial file is not kept. */
  abort(error: Error): void {
    this.lines.destroy(error);
  }
}

/** Reads a spool file back as its lines, in batches (one per decrypted chunk). */
export async function* readSpoolLines(vault: FileVault, path: string): AsyncGenerator<string[]> {
  // Iterating the stream itself (not readline) so a decryption error reaches the caller.
  let rest = '';
  const decoder = new StringDecoder('utf8');
  for await (const chunk of vault.read(path)) {
    const lines = (rest + decoder.write(chunk as Buffer)).split('\n');
    rest = lines.pop() ?? '';
    const batch = lines.filter(Boolean);
    if (batch.length) yield batch;
  }
  rest += decoder.end();
  if (rest) yield [rest];
}

/** One collection's rows as the JSON text each was spooled as, in batches; nothing parsed. */
export async function* readCollectionTexts(
  vault: FileVault,
  path: string,
  collection: string,
): AsyncGenerator<string[]> {
  const prefix = spoolLinePrefix(collection);
  for await (const lines of readSpoolLines(vault, path)) {
    const texts = lines.filter((line) => line.startsWith(prefix));
    if (texts.length) yield texts.map((line) => line.slice(prefix.length, -1));
  }
}

/** One collection's rows, in batches: only that collection's lines are parsed. */
export async function* readCollectionRows(
  vault: FileVault,
  path: string,
  collection: string,
): AsyncGenerator<Record<string, unknown>[]> {
  for await (const texts of readCollectionTexts(vault, path, collection)) {
    yield texts.map((text) => JSON.parse(text) as Record<string, unknown>);
  }
}
