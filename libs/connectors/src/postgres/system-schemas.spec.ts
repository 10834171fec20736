import { describe, expect, it } from '@jest/globals';
import { checkPostgresSettings } from './dataset-map.schema.js';

const settings = (name: string) => ({
  url: 'postgres://db.example.com/shop',
  dataset: { tables: [{ name, primaryKey: ['id'], identities: { email: 'email' } }] },
});

describe('system schemas in a PostgreSQL dataset map', () => {
  it.each([
    'pg_catalog.pg_authid',
    'PG_CATALOG.pg_shadow',
    'information_schema.tables',
    'pg_toast.t1',
  ])('refuses %s, naming the table', (name) => {
    expect(checkPostgresSettings(settings(name))).toEqual([
      {
        field: 'settings.dataset.tables.0.name',
        message: expect.stringContaining(`${name} is in the system schema`),
      },
    ]);
  });

  it('accepts tables of the company schemas', () => {
    expect(checkPostgresSettings(settings('billing.orders'))).toEqual([]);
    expect(checkPostgresSettings(settings('pg_authid'))).toEqual([]);
  });
});
