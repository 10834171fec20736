import { describe, expect, it } from '@jest/globals';
import { neutraliseCell } from './csv-cells.js';
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
