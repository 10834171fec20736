import { describe, expect, it } from '@jest/globals';
import { describeTable, unpreviewedReason } from './preview-words.js';

describe('the preview in words', () => {
  it('says which rows are deleted', () => {
    expect(describeTable({ table: 'logins', rows: 2, fields: {}, rowAction: 'delete' })).toBe(
      'Deleted: 2 rows',
    );
  });

  it('groups the fields by what happens to them', () => {
    const text = describeTable({
      table: 'players',
      rows: 1,
      fields: { email: 1, phone: 1, nickname: 1, untouched: 0 },
      fieldActions: { email: 'hash', phone: 'null', nickname: 'mask', untouched: 'null' },
      rowAction: null,
    });
    expect(text).toBe(
      'Replaced by a one-way hash: email (1 row); Erased: phone (1 row); Masked: nickname (1 row)',
    );
    expect(text).not.toMatch(/true|false|\[|\{|untouched/);
  });

  it('says when a re-run has nothing left to change', () => {
    expect(describeTable({ table: 't', rows: 1, fields: { a: 0 } })).toMatch(/already done/);
  });

  it('explains a system without a table by its kind, never "a email system"', () => {
    expect(unpreviewedReason('erasure', 'email', 'a email system is not previewed', false)).toBe(
      'Its processor is asked by e-mail; staff record what it answers.',
    );
    expect(unpreviewedReason('access', 'postgres', 'access changes nothing', false)).toMatch(
      /nothing is changed/,
    );
    expect(unpreviewedReason('erasure', 'postgres', 'needs phone, not known yet', false)).toBe(
      'Not searched yet: it needs phone, which no earlier system has provided.',
    );
  });
});
