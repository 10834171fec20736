import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { csvRecord, neutraliseCell } from './csv-cells.js';
import { safePathSegment, SegmentAllocator } from './safe-names.js';

describe('neutraliseCell', () => {
  it('quotes cells a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x'].map(neutraliseCell)).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2+3",
      "'@cmd",
      "'\t=x",
      "'\r=x",
    ]);
  });

  it('leaves ordinary values and numbers alone; objects become JSON', () => {
    expect(neutraliseCell('Ada')).toBe('Ada');
    expect(neutraliseCell(-5)).toBe('-5');
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell({ a: '=x' })).toBe('{"a":"=x"}');
  });
});

describe('csvRecord', () => {
  it('quotes only fields with a quote, a comma or a line break, doubling inner quotes', () => {
    expect(csvRecord(['a"b', 'x,y', 'l\nm', '\r', 'plain', '', '"'])).toBe(
      '"a""b","x,y","l\nm","\r",plain,,""""\n',
    );
  });

  it('writes what csv-stringify writes, for any fields', () => {
    const unit = fc.constantFrom('a', ' ', '"', ',', '\n', '\r', "'", 'é', '=', '\t');
    fc.assert(
      fc.property(fc.array(fc.string({ unit }), { minLength: 1, maxLength: 6 }), (fields) => {
        expect(csvRecord(fields)).toBe(stringify([fields]));
      }),
      { seed: 4180, numRuns: 500 },
    );
  });
});

describe('safePathSegment', () => {
  it('keeps names from climbing out of their folder or hiding', () => {
    expect(safePathSegment('../../etc/passwd')).toBe('etc_passwd');
    expect(safePathSegment('..')).toBe('unnamed');
    expect(safePathSegment('.hidden')).toBe('hidden');
    expect(safePathSegment('billing.orders')).toBe('billing.orders');
    expect(safePathSegment('C:\\Windows\\x')).toBe('C_Windows_x');
  });

  it('gives sibling names distinct segments', () => {
    const allocator = new SegmentAllocator();
    expect([
      allocator.allocate('a/b'),
      allocator.allocate('a b'),
      allocator.allocate('A_B'),
    ]).toEqual(['a_b', 'a_b-2', 'A_B-3']);
  });
});
