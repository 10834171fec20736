import { Readable } from 'node:stream';
import { csvRecord, neutraliseCell } from './csv-cells.js';

export type RowBatches = () => AsyncIterable<Record<string, unknown>[]>;

/** A CSV file as a stream: a header of every column, one line per row, every cell neutralised. */
export function csvStream(columns: string[], batches: RowBatches): Readable {
  return Readable.from(
    (async function* () {
      yield csvRecord(columns.map(neutraliseCell));
      for await (const batch of batches()) {
        let text = '';
        for (const row of batch)
          text += csvRecord(columns.map((column) => neutraliseCell(row[column])));
        yield text;
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
