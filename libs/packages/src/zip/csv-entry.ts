import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from './csv-cells.js';

export type RowBatches = () => AsyncIterable<Record<string, unknown>[]>;

/** A CSV file as a stream: a header of every column, one line per row, every cell neutralised. */
export function csvStream(columns: string[], batches: RowBatches): Readable {
  return Readable.from(
    (async function* () {
      yield stringify([columns.map(neutraliseCell)]);
      for await (const batch of batches()) {
        yield stringify(batch.map((row) => columns.map((column) => neutraliseCell(row[column]))));
      }
    })(),
  );
}

/** A JSON array as a stream, one row per line, from each row's JSON text. */
export function jsonArrayStream(batches: () => AsyncIterable<string[]>): Readable {
  return Readable.from(
    (async function* () {
      let first = true;
      yield '[';
      for await (const batch of batches()) {
        if (batch.length === 0) continue;
        yield `${first ? '\n' : ',\n'}${batch.join(',\n')}`;
        first = false;
      }
      yield first ? ']\n' : '\n]\n';
    })(),
  );
}
