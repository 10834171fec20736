import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { type Actor, SYSTEM_ACTOR } from '@dsar/persistence';
import { StaffAccounts } from '@dsar/staff';
import { SystemsService } from '@dsar/systems';
import { createDemoCompany, demoCompanyExists, type Queryable } from '../company/demo-company.js';
import { DEMO_MYSQL_SERVER, moveStatsToMysql } from '../company/stats-on-mysql.js';
import { demoSystems, type DemoEndpoints } from '../systems/demo-systems.js';
import { DEMO_STAFF } from './demo-staff.js';
import { DemoRequests } from './demo-requests.js';

/** Two api processes booting at once: only the one holding this lock seeds. */
const SEED_LOCK = 7_640_005;

export interface SeedReport {
  seeded: boolean;
  reason?: string;
  systems: string[];
  requests: string[];
}

/**
 * Seeds the demo tenant into an EMPTY database (no requests, no staff but the ADMIN_EMAIL
 * admin, no demo company): the company's databases, the staff accounts, the systems of the
 * policy, and a handful of requests. A database with anything in it is left alone.
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

  private async notEmpty(runner: QueryRunner): Promise<string | null> {
    if (await demoCompanyExists(queryable(runner))) return 'the demo company is there already';
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

function queryable(runner: QueryRunner): Queryable {
  return { query: async (text, params) => ({ rows: await runner.query(text, params) }) };
}
