import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module } from '@nestjs/common';
import type { TestingModule } from '@nestjs/testing';
import mysql from 'mysql2/promise';
import { CoreModule } from '@dsar/core';
import { SYSTEM_ACTOR } from '@dsar/persistence';
import { SystemsService } from '@dsar/systems';
import { compose, startStack, type CoreStack } from '@dsar/testing';
import { createDemoCompany } from '../company/demo-company.js';
import {
  ACCOUNTS_DATASET,
  STATS_DATASET,
  STATS_ON_MYSQL_DATASET,
} from '../company/dataset-maps.js';
import { markColumns, upgradeStatsOnMysql } from '../company/demo-upgrade.js';
import { DEMO_MYSQL_SERVER, mysqlAnswers } from '../company/stats-on-mysql.js';
import { demoSystems, type DemoEndpoints } from '../systems/demo-systems.js';
import { DemoModule } from '../demo.module.js';
import { DemoSeeder } from './demo-seeder.service.js';

const SMALL = { seed: 11, players: 120, anonymousVisitors: 200 };
/** The systems whose maps the upgrade brings up to date, and one it has no business with. */
const REGISTERED = [
  'Accounts database',
  'Payments database',
  'Website statistics',
  'Advertising and retargeting partners',
];

let stack: CoreStack;
let demo: TestingModule;
let endpoints: DemoEndpoints;

beforeAll(async () => {
  stack = await startStack({ worker: false, env: { OUTBOUND_ALLOWLIST: '127.0.0.1' } });
  @Module({ imports: [await CoreModule.register({ config: stack.config }), DemoModule] })
  class DemoHarness {}
  demo = await compose({ module: DemoHarness });
  await demo.init();
  endpoints = {
    databaseUrl: stack.config.databaseUrl,
    statsMysqlUrl: null,
    googleAnalytics: {
      baseUrl: 'http://127.0.0.1:9',
      tokenUrl: 'http://127.0.0.1:9/token',
      serviceAccountEmail: 'demo@example.iam.gserviceaccount.com',
      privateKey: 'unused',
      propertyId: '1',
    },
    webhookReceiver: { url: 'http://127.0.0.1:9/hook', secret: 'x'.repeat(32) },
  };
  // A demo seeded by the version before: the company, and its systems in the registry.
  await createDemoCompany({ query: (text, params) => stack.db.query(text, params) }, SMALL);
  const systems = demo.get(SystemsService);
  for (const system of demoSystems(endpoints).filter((s) => REGISTERED.includes(s.name)))
    await systems.create(system, SYSTEM_ACTOR);
}, 120_000);

afterAll(async () => {
  await demo?.close();
  await stack?.stop();
}, 60_000);

/** The state the upgrade may change: columns, stored systems, audit events. */
async function snapshot() {
  const columns = await stack.db.query<{ name: string }>(
    `SELECT table_schema || '.' || table_name || '.' || column_name AS name
     FROM information_schema.columns WHERE table_schema LIKE 'flatris_%' ORDER BY 1`,
  );
  const systems = await stack.db.query(
    'SELECT name, settings, purposes, legal_bases, actions, updated_at FROM systems ORDER BY name',
  );
  const audit = await stack.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_events WHERE action = 'system.updated'`,
  );
  return {
    columns: columns.rows.map((r) => r.name),
    systems: systems.rows,
    audit: audit.rows[0].n,
  };
}

describe('a demo seeded before its maps named the restriction and objection marks', () => {
  it('is upgraded: the columns added, the demo systems given the maps, audited; a second run changes nothing', async () => {
    // The old shape: no marks on the players or the visits, and the old Accounts entry.
    await stack.db.query(
      `ALTER TABLE flatris_accounts.players DROP COLUMN restricted_at, DROP COLUMN objected_at`,
    );
    await stack.db.query(
      `ALTER TABLE flatris_stats.visits DROP COLUMN restricted_at, DROP COLUMN objected_at`,
    );
    await stack.db.query(
      `UPDATE systems SET settings = jsonb_set(settings, '{dataset}', $1::jsonb) WHERE name = $2`,
      [JSON.stringify(withoutMarks(ACCOUNTS_DATASET)), 'Accounts database'],
    );
    await stack.db.query(
      `UPDATE systems SET settings = jsonb_set(settings, '{dataset}', $1::jsonb) WHERE name = $2`,
      [JSON.stringify(withoutMarks(STATS_DATASET)), 'Website statistics'],
    );
    await stack.db.query(
      `UPDATE systems SET purposes = purposes - 2, legal_bases = legal_bases - 1,
         actions = actions - 'objection' WHERE name = 'Accounts database'`,
    );
    const before = await snapshot();
    expect(before.columns).not.toContain('flatris_accounts.players.restricted_at');

    const seeder = demo.get(DemoSeeder);
    const first = await seeder.seedIfEmpty(endpoints);
    expect(first).toMatchObject({ seeded: false, reason: 'the demo company is there already' });
    expect(first.upgraded).toEqual([
      'flatris_accounts.players.restricted_at',
      'flatris_accounts.players.objected_at',
      'flatris_stats.visits.restricted_at',
      'flatris_stats.visits.objected_at',
      'system "Accounts database"',
      'system "Website statistics"',
    ]);
    const after = await snapshot();
    for (const { table, column } of [ACCOUNTS_DATASET, STATS_DATASET].flatMap(markColumns))
      expect(after.columns).toContain(`${table}.${column}`);
    const stored = (name: string) => after.systems.find((s) => s.name === name)!;
    expect(stored('Accounts database').settings.dataset).toEqual(ACCOUNTS_DATASET);
    expect(stored('Website statistics').settings.dataset).toEqual(STATS_DATASET);
    const accounts = demoSystems(endpoints).find((s) => s.name === 'Accounts database')!;
    expect(stored('Accounts database')).toMatchObject({
      purposes: accounts.purposes,
      legal_bases: accounts.legalBases,
      actions: accounts.actions,
    });
    // The hash key and the URL are sealed again, the same values; the entries untouched stay so.
    const box = demo.get(SystemsService).box;
    for (const secret of ['hashKey', 'url'])
      expect(box.openText(stored('Accounts database').settings[secret])).toEqual(
        box.openText(before.systems.find((s) => s.name === 'Accounts database')!.settings[secret]),
      );
    for (const name of ['Payments database', 'Advertising and retargeting partners'])
      expect(stored(name)).toEqual(before.systems.find((s) => s.name === name));
    expect(after.audit - before.audit).toBe(2);

    const second = await seeder.seedIfEmpty(endpoints);
    expect(second.upgraded).toEqual([]);
    expect(await snapshot()).toEqual(after);
  });

  it('leaves an entry whose database no longer fits the map as it was and says why, instead of failing the start', async () => {
    await stack.db.query(
      `UPDATE systems SET settings = jsonb_set(settings, '{dataset}', $1::jsonb) WHERE name = $2`,
      [JSON.stringify(withoutMarks(STATS_DATASET)), 'Website statistics'],
    );
    await stack.db.query('ALTER TABLE flatris_stats.visits DROP COLUMN referrer');
    const before = await snapshot();
    const report = await demo.get(DemoSeeder).seedIfEmpty(endpoints);
    expect(report.upgraded).toEqual([
      expect.stringMatching(
        /^system "Website statistics" left as it was \(The settings are not valid; settings\.dataset.*referrer/,
      ),
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('the statistics on MariaDB, seeded before the marks', () => {
  const database = `dsar_demo_upgrade_${process.pid}`;
  let answers = false;
  beforeAll(async () => {
    answers = await mysqlAnswers(DEMO_MYSQL_SERVER);
  });
  afterAll(async () => {
    if (!answers) return;
    const admin = await mysql.createConnection({ uri: DEMO_MYSQL_SERVER });
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.end();
  });

  it('gets the columns once; a database without the table is left alone', async () => {
    if (!answers) throw new Error(`no MariaDB answers at ${DEMO_MYSQL_SERVER}`);
    expect(await upgradeStatsOnMysql(DEMO_MYSQL_SERVER, database)).toEqual([]);
    const admin = await mysql.createConnection({ uri: DEMO_MYSQL_SERVER });
    try {
      await admin.query(`CREATE DATABASE \`${database}\``);
      await admin.query(
        `CREATE TABLE \`${database}\`.visits (id bigint PRIMARY KEY, cookie_id varchar(64) NOT NULL)`,
      );
      expect(await upgradeStatsOnMysql(DEMO_MYSQL_SERVER, database)).toEqual(
        markColumns(STATS_ON_MYSQL_DATASET).map(({ table, column }) => `${table}.${column}`),
      );
      expect(await upgradeStatsOnMysql(DEMO_MYSQL_SERVER, database)).toEqual([]);
      const [columns] = await admin.query(
        `SELECT column_name AS name, is_nullable AS nullable FROM information_schema.columns
         WHERE table_schema = ? AND table_name = 'visits' ORDER BY ordinal_position`,
        [database],
      );
      expect(columns).toEqual([
        { name: 'id', nullable: 'NO' },
        { name: 'cookie_id', nullable: 'NO' },
        { name: 'restricted_at', nullable: 'YES' },
        { name: 'objected_at', nullable: 'YES' },
      ]);
    } finally {
      await admin.end();
    }
  });
});

/** A map as the version before wrote it: no restriction or objection marks. */
function withoutMarks(map: typeof ACCOUNTS_DATASET) {
  return {
    tables: map.tables.map(({ restrictColumn: _r, objectionColumn: _o, ...table }) => table),
  };
}
