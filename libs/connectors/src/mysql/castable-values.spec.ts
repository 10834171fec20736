import { describe, expect, it } from '@jest/globals';
import { castableMysqlValues } from './castable-values.js';

describe('identity values a MySQL column can hold', () => {
  it('keeps integers in the range of the column, signed or unsigned', () => {
    expect(castableMysqlValues('int', 'int(11)', ['1', '-5', '0abc', 'x', '99999999999'])).toEqual([
      '1',
      '-5',
    ]);
    expect(castableMysqlValues('int', 'int(10) unsigned', ['-1', '4294967295'])).toEqual([
      '4294967295',
    ]);
    expect(castableMysqlValues('tinyint', 'tinyint(4)', ['127', '128'])).toEqual(['127']);
  });

  it('keeps numbers for decimal columns and every value for text', () => {
    expect(castableMysqlValues('decimal', 'decimal(10,2)', ['12.5', '1e3', 'abc', ''])).toEqual([
      '12.5',
      '1e3',
    ]);
    expect(castableMysqlValues('varchar', 'varchar(255)', ['abc', '0'])).toEqual(['abc', '0']);
  });
});
