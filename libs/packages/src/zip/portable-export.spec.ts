import { describe, expect, it } from '@jest/globals';
import { text } from 'node:stream/consumers';
import type { PackageSystem } from '../package-contents.js';
import { PORTABLE_FORMAT, portableSystemStream } from './portable-export.js';

const request = {
  id: 'r1',
  reference: 'DSR-2026-000009',
  type: 'portability',
  jurisdiction: 'gdpr',
  policyVersion: '2026.1',
  receivedAt: new Date('2026-11-01T00:00:00Z'),
  dueAt: new Date('2026-12-01T00:00:00Z'),
  identities: { email: ['ada@example.com'] },
  language: 'en',
};

const system = (collections: PackageSystem['collections']): PackageSystem => ({
  taskId: 't1',
  state: 'succeeded',
  facts: {
    name: 'Shop',
    kind: 'postgres',
    categories: ['user.contact'],
    purposes: ['orders'],
    legalBases: ['contract'],
    recipients: [],
    retention: null,
    source: null,
    transfers: [],
    automatedDecisions: null,
  },
  result: { outcome: 'completed' },
  note: null,
  spool: 's',
  collections,
  attachments: [],
  portablePath: 'portable/Shop.json',
});

const collection = (name: string) => ({
  name,
  rows: 2,
  columns: ['id', 'email'],
  withheldColumns: [],
  categories: { id: 'user.id', email: 'user.contact.email' },
  jsonPath: `data/Shop/${name}.json`,
  csvPath: `data/Shop/${name}.csv`,
});

describe('the portable file (dsar-portable/1)', () => {
  it('is one JSON document: header, then each collection with its fields and records', async () => {
    const file = await text(
      portableSystemStream(
        request,
        system([collection('customers'), collection('orders')]),
        { name: 'Flatris', contact: 'privacy@flatris.example' },
        new Date('2026-11-20T10:00:00Z'),
        async function* (_system, name) {
          yield [JSON.stringify({ id: 1, email: `${name}@example.com` })];
          yield [JSON.stringify({ id: 2, email: '"quoted"\n' })];
        },
      ),
    );
    const parsed = JSON.parse(file);
    expect(parsed).toMatchObject({
      format: PORTABLE_FORMAT,
      exportedAt: '2026-11-20T10:00:00.000Z',
      subject: { identities: { email: ['ada@example.com'] } },
      system: { name: 'Shop', legalBases: ['contract'] },
    });
    expect(parsed.collections.map((c: { name: string }) => c.name)).toEqual([
      'customers',
      'orders',
    ]);
    expect(parsed.collections[1]).toEqual({
      name: 'orders',
      fields: [
        { name: 'id', category: 'user.id' },
        { name: 'email', category: 'user.contact.email' },
      ],
      records: [
        { id: 1, email: 'orders@example.com' },
        { id: 2, email: '"quoted"\n' },
      ],
    });
  });

  it('stays valid JSON without collections or without records', async () => {
    const controller = { name: 'Flatris', contact: 'privacy@flatris.example' };
    const none = await text(
      portableSystemStream(request, system([]), controller, new Date(), async function* () {}),
    );
    expect(JSON.parse(none).collections).toEqual([]);
    const empty = await text(
      portableSystemStream(
        request,
        system([collection('customers')]),
        controller,
        new Date(),
        async function* () {},
      ),
    );
    expect(JSON.parse(empty).collections[0].records).toEqual([]);
  });
});
