import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DomainError } from '@dsar/domain';
import { type Actor, SYSTEM_ACTOR } from '@dsar/persistence';
import { StaffAccounts } from '@dsar/staff';
import { SystemEntity } from '@dsar/persistence';
import { openSecrets, SystemsService, type SystemInput } from '@dsar/systems';
import { createDemoCompany, demoCompanyExists, type Queryable } from '../company/demo-company.js';
import { upgradeDemoCompany, upgradeStatsOnMysql } from '../company/demo-upgrade.js';
import { DEMO_MYSQL_SERVER, moveStatsToMysql } from '../company/stats-on-mysql.js';
import { type DemoSystem, demoSystems, type DemoEndpoints } from '../systems/demo-systems.js';
import { DEMO_STAFF } from './demo-staff.js';
import { DemoRequests } from './demo-requests.js';

/** Two api processes booting at once: only the one holding this lock seeds. */
const SEED_LOCK = 7_640_005;

export interface SeedReport {
  seeded: boolean;
  reason?: string;
  systems: string[];
  requests: string[];
  /** On a demo seeded before: the columns added and the registry entries brought up to date. */
  upgraded?: string[];
}

/**
 * Seeds the demo tenant into an EMPTY database (no requests, no staff but the ADMIN_EMAIL
 * admin, no demo company): the company's databases, the staff accounts, the systems of the
 * policy, and a handful of requests. A database with anything in it is not seeded; one holding
 * a demo company seeded by an earlier version is upgraded (`upgrade`).
 */
@Injectable()
export class DemoSeeder {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly staff: StaffAccounts,
    private readonly requests: DemoRequests,
    private readonly systems: SystemsService,
  ) {}

  async seedIfEmpty(endpoints: DemoEndpoints): Promise<SeedReport> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [
        SEED_LOCK,
      ]);
      if (!locked) return this.skipped('another process is seeding');
      try {
        if (await demoCompanyExists(queryable(runner))) {
          const upgraded = await this.upgrade(runner, endpoints);
          return { ...this.skipped('the demo company is there already'), upgraded };
        }
        const reason = await this.notEmpty(runner);
        if (reason) return this.skipped(reason);
        await createDemoCompany(queryable(runner));
        if (endpoints.statsMysqlUrl)
          await moveStatsToMysql(
            queryable(runner),
            DEMO_MYSQL_SERVER,
            new URL(endpoints.statsMysqlUrl).pathname.slice(1),
          );
        return await this.seedTenant(endpoints);
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  private async seedTenant(endpoints: DemoEndpoints): Promise<SeedReport> {
    const actors: Partial<Record<string, Actor>> = {};
    for (const account of DEMO_STAFF) {
      const user = await this.staff.create(account, SYSTEM_ACTOR);
      actors[account.role] = { type: 'staff', id: user.id };
    }
    // Through the registry, as `POST /api/admin/systems` would: map checked against the live
    // schema, secrets sealed, an audit event written.
    const systems: string[] = [];
    for (const system of demoSystems(endpoints)) {
      await this.systems.create(system, actors.admin!);
      systems.push(system.name);
    }
    const requests = await this.requests.seed(actors.officer!, { approveOne: systems.length > 0 });
    return { seeded: true, systems, requests };
  }

  /**
   * A demo company seeded by an earlier version: the mark columns its maps name now are added,
   * and the demo's own registry entries get the maps (and any purpose, basis or action the demo
   * added since) through the registry, audited. A second run finds nothing to do.
   */
  private async upgrade(runner: QueryRunner, endpoints: DemoEndpoints): Promise<string[]> {
    const columns = await upgradeDemoCompany(queryable(runner));
    if (endpoints.statsMysqlUrl)
      columns.push(
        ...(await upgradeStatsOnMysql(
          DEMO_MYSQL_SERVER,
          new URL(endpoints.statsMysqlUrl).pathname.slice(1),
        )),
      );
    const systems: string[] = [];
    // The statistics stay where they were seeded (PostgreSQL or MariaDB): both shapes are looked for.
    const shapes = [
      ...demoSystems(endpoints),
      ...demoSystems({ ...endpoints, statsMysqlUrl: null }),
    ];
    for (const stored of await this.dataSource.manager.find(SystemEntity)) {
      const demo = shapes.find((s) => s.name === stored.name && s.kind === stored.kind);
      const input = demo && this.upgradedInput(stored, demo);
      if (!input) continue;
      // A refused update (the live schema no longer fits the map) leaves the entry as it was:
      // the api still starts, and the banner says why.
      const refusal = await this.systems.update(stored.id, input, SYSTEM_ACTOR).then(
        () => null,
        (error: unknown) => {
          if (error instanceof DomainError) return refusalOf(error);
          throw error;
        },
      );
      systems.push(
        refusal ? `system "${stored.name}" left as it was (${refusal})` : `system "${stored.name}"`,
      );
    }
    return [...columns, ...systems];
  }

  /**
   * What a demo-owned entry (same name and kind, pointing at the demo's own database) becomes:
   * the demo's dataset map, its purposes, bases and actions added to what staff gave it. Null
   * when nothing differs, or the entry is not the demo's.
   */
  private upgradedInput(stored: SystemEntity, demo: DemoSystem): SystemInput | null {
    const demoSettings = demo.settings as { url?: string; dataset?: unknown };
    if (!demoSettings.dataset) return null;
    const open = openSecrets(
      this.systems.box,
      stored.settings,
      this.systems.secretNames(stored.kind),
    );
    if (open.url !== demoSettings.url) return null;
    const union = (had: string[], more: readonly string[]) => [
      ...had,
      ...more.filter((each) => !had.includes(each)),
    ];
    const next = {
      dataset: demoSettings.dataset,
      purposes: union(stored.purposes, demo.purposes),
      legalBases: union(stored.legalBases, demo.legalBases),
      actions: union(stored.actions, demo.actions),
    };
    const now = {
      dataset: open.dataset,
      purposes: stored.purposes,
      legalBases: stored.legalBases,
      actions: stored.actions,
    };
    if (canonical(now) === canonical(next)) return null;
    const {
      id: _id,
      createdAt: _created,
      updatedAt: _updated,
      ...view
    } = this.systems.view(stored);
    return {
      ...view,
      kind: stored.kind,
      purposes: next.purposes,
      legalBases: next.legalBases,
      actions: next.actions as SystemInput['actions'],
      settings: { ...view.settings, dataset: next.dataset },
    } as SystemInput;
  }

  private async notEmpty(runner: QueryRunner): Promise<string | null> {
    const [{ requests, staff }] = await runner.query(
      `SELECT (SELECT count(*) FROM requests)::int AS requests,
              (SELECT count(*) FROM staff_users WHERE email IS DISTINCT FROM $1)::int AS staff`,
      [this.config.adminEmail],
    );
    if (requests > 0) return 'the database holds requests';
    if (staff > 0) return 'the database holds staff accounts';
    return null;
  }

  private skipped(reason: string): SeedReport {
    return { seeded: false, reason, systems: [], requests: [] };
  }
}

/** What a refusal names: its message and the fields it names (no values). */
function refusalOf(error: DomainError): string {
  const fields = (error.details?.errors ?? []).map((each) => `${each.field}: ${each.message}`);
  return [error.message, ...fields].join('; ');
}

/** JSON with keys sorted: a map read back from jsonb has its keys in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, each: unknown) =>
    each && typeof each === 'object' && !Array.isArray(each)
      ? Object.fromEntries(Object.entries(each).sort(([a], [b]) => (a < b ? -1 : 1)))
      : each,
  );
}

function queryable(runner: QueryRunner): Queryable {
  return { query: async (text, params) => ({ rows: await runner.query(text, params) }) };
}
