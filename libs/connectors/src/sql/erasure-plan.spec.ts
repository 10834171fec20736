import { checkPostgresSettings } from '../postgres/dataset-map.schema.js';
import {
  HASH_PREFIX,
  hashValue,
  holdUntil,
  isHashed,
  planErasure,
  planRectification,
  stillToChange,
} from './erasure-plan.js';
import { lookupWalk, planWalk, splitDirectReads } from './walk-plan.js';
import { conformanceMap } from './testing/company-servers.js';
import { companyMap } from '../postgres/testing/company-database.js';

describe('erasure planning', () => {
  const plans = Object.fromEntries(planErasure(companyMap()).map((p) => [p.table, p]));

  it('plans each field as mapped, never a shared table, rows deleted whole where mapped', () => {
    expect(plans.customers.changes).toEqual([
      { column: 'name', kind: 'null' },
      { column: 'email', kind: 'hash' },
      { column: 'phone', kind: 'mask', value: '***' },
      { column: 'ga_client_id', kind: 'null' },
    ]);
    expect(plans.products).toBeUndefined();
    expect(plans.order_items).toBeUndefined();
    expect(plans.logins).toMatchObject({ deleteRows: true, changes: [] });
  });

  it('keeps retained fields with their hold and restricts the rows', () => {
    expect(plans.orders).toMatchObject({
      restrictColumn: 'restricted_at',
      retained: [{ column: 'total', basis: 'Accounting law', years: 10, from: 'created_at' }],
    });
  });

  it('rectifies only rectify fields whose category a correction names', () => {
    const { plans: rect, unmatched } = planRectification(companyMap(), [
      { field: 'user.name', value: 'A' },
      { field: 'user.financial', value: '1' },
    ]);
    expect(rect.map((p) => [p.table, p.changes.map((c) => c.column)])).toEqual([
      ['customers', ['name']],
      ['payment_cards', ['holder']],
    ]);
    expect(unmatched).toEqual(['user.financial']);
  });

  it('hashes with the key and a prefix that marks a value as hashed', () => {
    const hashed = hashValue('k1', 'alice@example.com');
    expect(hashed.startsWith(HASH_PREFIX)).toBe(true);
    expect(hashed).not.toBe(hashValue('k2', 'alice@example.com'));
    expect(isHashed(hashed)).toBe(true);
    expect(isHashed('alice@example.com')).toBe(false);
  });

  it('dates a hold from the latest row, open-ended without one', () => {
    expect(holdUntil(new Date('2024-02-29T12:00:00Z'), 10)).toBe('2034-03-01');
    expect(holdUntil(new Date('2025-06-15T10:00:00Z'), 10)).toBe('2035-06-15');
    expect(holdUntil(null, 10)).toBeNull();
  });
});

describe('walk planning', () => {
  it('starts at identities and follows declared edges, never out of a shared table', () => {
    const walk = planWalk(companyMap());
    expect(walk.starts).toEqual([
      { table: 'customers', column: 'email', type: 'email' },
      { table: 'customers', column: 'id', type: 'user_id' },
    ]);
    expect(walk.edges.some((e) => e.sourceTable === 'products')).toBe(false);
    expect(walk.edges).toContainEqual({
      table: 'customers',
      column: 'id',
      sourceTable: 'orders',
      sourceColumn: 'customer_id',
    });
    expect(walk.remembered.get('order_items')).toEqual(['id', 'product_id']);
    expect(walk.locked.size).toBe(0);
  });

  it('streams a read straight by identity only from a table no edge touches that provides nothing', () => {
    const map = conformanceMap();
    const { walk, direct } = splitDirectReads(map, planWalk(map));
    expect(direct).toEqual([
      { table: 'newsletter', starts: [{ table: 'newsletter', column: 'email', type: 'email' }] },
    ]);
    // Customers provide identities and lead on to orders: the walk keeps them.
    expect(walk.starts.map((start) => start.table)).toEqual(['customers', 'customers']);
    expect(walk.edges).toEqual(planWalk(map).edges);
  });

  it('walks for a lookup only the tables that provide an identity or lead to one', () => {
    const map = conformanceMap();
    const full = planWalk(map);
    const lookup = lookupWalk(map, full);
    // Customers provide every identity; orders lead back to customers; nothing else does.
    expect(lookup.starts.map((start) => start.table)).toEqual(['customers', 'customers']);
    expect(lookup.edges.map((edge) => `${edge.sourceTable}→${edge.table}`)).toEqual([
      'orders→customers',
      'customers→orders',
    ]);
    // A table that provides, reached only through a chain of edges, keeps the whole chain.
    const chain = conformanceMap();
    chain.tables.find((t) => t.name === 'order_items')!.fields = {
      product_id: { category: 'user.id', provides: 'user_id' },
    };
    expect(
      lookupWalk(chain, planWalk(chain))
        .edges.map((edge) => edge.table)
        .sort(),
    ).toEqual(['customers', 'order_items', 'orders']);
  });

  it('for a write, locks the tables it changes and reads the values it nulls or hashes', () => {
    const walk = planWalk(companyMap(), planErasure(companyMap()));
    expect([...walk.locked].sort()).toEqual([
      'addresses',
      'customers',
      'logins',
      'orders',
      'payment_cards',
      'visits',
    ]);
    expect(walk.remembered.get('customers')).toEqual(
      expect.arrayContaining(['name', 'email', 'ga_client_id']),
    );
    expect(walk.locked.has('products')).toBe(false);
  });
});

describe('what a null or a hash still has to change', () => {
  it('skips nulls and values hashed already, whatever their type', () => {
    expect(stillToChange({ kind: 'null' }, 'Ada')).toBe(true);
    expect(stillToChange({ kind: 'null' }, 0)).toBe(true);
    expect(stillToChange({ kind: 'null' }, null)).toBe(false);
    expect(stillToChange({ kind: 'hash' }, 'ada@example.com')).toBe(true);
    expect(stillToChange({ kind: 'hash' }, hashValue('k', 'ada@example.com'))).toBe(false);
    expect(stillToChange({ kind: 'hash' }, undefined)).toBe(false);
  });
});

describe('settings shape', () => {
  it('names the field of a bad settings value', () => {
    const map = companyMap();
    (map.tables[0].fields!.email as { erasure: string }).erasure = 'burn';
    expect(checkPostgresSettings({ url: 'postgres://h/db', dataset: map })).toEqual([
      { field: 'settings.dataset.tables.0.fields.email.erasure', message: expect.any(String) },
    ]);
    expect(
      checkPostgresSettings({ url: 'http://h', dataset: { tables: [] } }).map((p) => p.field),
    ).toEqual(['settings.url', 'settings.dataset.tables']);
  });
});
