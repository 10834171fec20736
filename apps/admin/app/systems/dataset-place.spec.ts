import { describe, expect, it } from '@jest/globals';
import { datasetPlace, datasetShapeProblem } from './dataset-place.js';

const map = {
  tables: [
    { name: 'accounts', primaryKey: ['id'], fields: { email: {} } },
    { name: 'payments', primaryKey: ['payment_id'], follow: [{ column: 'account_id' }] },
  ],
};

describe('a dataset map problem by table and column', () => {
  it('names the table and the column the path points at', () => {
    expect(datasetPlace(map, 'tables.0.name')).toBe('table accounts (name)');
    expect(datasetPlace(map, 'tables.0.fields.email.erasure')).toBe(
      'table accounts, column email (erasure)',
    );
    expect(datasetPlace(map, 'tables.0.identities.email')).toBe('table accounts, column email');
    expect(datasetPlace(map, 'tables.1.primaryKey.0')).toBe(
      'table payments, column payment_id (primary key)',
    );
    expect(datasetPlace(map, 'tables.1.follow.0.from')).toBe(
      'table payments, column account_id (follow.from)',
    );
    expect(datasetPlace(map, 'tables.1.rowErasure')).toBe('table payments (rowErasure)');
  });

  it('gives a path it cannot place as it is', () => {
    expect(datasetPlace(map, 'tables.7.name')).toBe('tables.7.name');
    expect(datasetPlace(null, 'tables')).toBe('tables');
  });

  it('names what is wrong with the shape before the map is sent', () => {
    expect(datasetShapeProblem(map)).toBeUndefined();
    expect(datasetShapeProblem([])).toBe('must be an object with a "tables" list');
    expect(datasetShapeProblem({ tables: [] })).toBe('"tables" must list at least one table');
    expect(datasetShapeProblem({ tables: [{ primaryKey: ['id'] }] })).toBe(
      'table 1 needs a "name"',
    );
    expect(datasetShapeProblem({ tables: [{ name: 'a' }] })).toBe(
      'table a needs a "primaryKey" (a list of columns)',
    );
  });
});
