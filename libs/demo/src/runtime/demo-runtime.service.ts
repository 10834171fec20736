import type { Server } from 'node:http';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import type { FakeGoogleAnalytics } from '../fakes/fake-google-analytics.js';
import type { DemoEndpoints } from '../systems/demo-systems.js';
import {
  DEMO_GA_PROPERTY_ID,
  DEMO_LOOPBACK,
  demoPorts,
  demoServiceAccount,
  demoWebhookSecret,
} from './demo-endpoints.js';
import { startOnPreferredPort } from './demo-ports.js';
import { startFakeGoogle, startNewsletterReceiver } from './demo-receivers.js';
import { DEMO_MYSQL_SERVER, mysqlAnswers, statsDatabaseName } from '../company/stats-on-mysql.js';
import { DemoSeeder, type SeedReport } from './demo-seeder.service.js';
import { DEMO_STAFF } from './demo-staff.js';

/**
 * With `SEED_DEMO` on, the api starts the demo's own receivers on loopback (a fake of Google's
 * token endpoint and Analytics API, and the example newsletter receiver), seeds an empty
 * database, and says at start what it did and which loopback addresses it allows.
 */
@Injectable()
export class DemoRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Demo');
  private google?: FakeGoogleAnalytics;
  private stopNewsletter?: () => Promise<void>;
  report?: SeedReport;
  endpoints?: DemoEndpoints;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seeder: DemoSeeder,
    private readonly http: HttpAdapterHost,
  ) {}

  /** Ports that were taken, so a receiver listens elsewhere (the banner says where). */
  private readonly movedPorts: string[] = [];

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const ports = demoPorts(this.config);
    const account = demoServiceAccount(this.config.dataDir);
    const google = await startOnPreferredPort(ports.google, (port) =>
      startFakeGoogle(account, DEMO_GA_PROPERTY_ID, port),
    );
    this.google = google.started;
    if (google.fellBack)
      this.movedPorts.push(`port ${ports.google} was taken: the fake Google API`);
    this.google.onDeletion = (deletion) =>
      this.logger.log(
        `fake Google Analytics: userDeletionRequests:upsert ${deletion.type} ${deletion.userId} (property ${deletion.propertyId})`,
      );
    const secret = demoWebhookSecret(this.config.appSecret);
    const started = await startOnPreferredPort(ports.newsletter, (port) =>
      startNewsletterReceiver(secret, port),
    );
    const newsletter = started.started;
    if (started.fellBack) {
      this.movedPorts.push(`port ${ports.newsletter} was taken: the newsletter receiver`);
    }
    this.stopNewsletter = newsletter.stop;
    // The embedded mode stays Node-only: no MariaDB is looked for there.
    const onMysql = !this.config.embedded && (await mysqlAnswers(DEMO_MYSQL_SERVER));
    this.endpoints = {
      databaseUrl: this.config.databaseUrl,
      statsMysqlUrl: onMysql
        ? `${DEMO_MYSQL_SERVER}/${statsDatabaseName(this.config.databaseUrl)}`
        : null,
      googleAnalytics: {
        baseUrl: this.google.baseUrl,
        tokenUrl: this.google.tokenUrl,
        serviceAccountEmail: account.email,
        privateKey: account.privateKey,
        propertyId: DEMO_GA_PROPERTY_ID,
      },
      webhookReceiver: { url: newsletter.url, secret },
    };
    this.report = await this.seeder.seedIfEmpty(this.endpoints);
    this.announce(this.endpoints, this.report);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stopNewsletter?.();
    await this.google?.stop();
  }

  /** Recorded calls of the fake Analytics API (the tour shows them). */
  get analyticsDeletions() {
    return this.google?.deletions ?? [];
  }

  private announce(endpoints: DemoEndpoints, report: SeedReport): void {
    const lines = [
      'DEMO MODE (SEED_DEMO): the Flatris demo tenant.',
      report.seeded
        ? `  Seeded: the company databases (schemas flatris_accounts, flatris_payments, flatris_stats), ${report.systems.length} systems, ${report.requests.length} requests.`
        : `  Not seeded: ${report.reason}.`,
      ...(report.upgraded?.length
        ? [`  Upgraded the demo seeded before: ${report.upgraded.join(', ')}.`]
        : []),
      '  Staff accounts (demo passwords, change them before any real use):',
      ...DEMO_STAFF.map((s) => `    ${s.role.padEnd(8)} ${s.email.padEnd(26)} ${s.password}`),
      ...(this.config.adminEmail ? [`    admin    ${this.config.adminEmail} (ADMIN_EMAIL)`] : []),
      `  The demo allows loopback (${DEMO_LOOPBACK}) for its own receivers:`,
      `    fake Google token endpoint and Analytics API at ${endpoints.googleAnalytics.baseUrl}`,
      `    example newsletter webhook receiver at ${endpoints.webhookReceiver.url}`,
      endpoints.statsMysqlUrl
        ? `  Website statistics run on MariaDB (${DEMO_MYSQL_SERVER}, database ${statsDatabaseName(endpoints.databaseUrl)}).`
        : '  Website statistics run on PostgreSQL (no MariaDB answers on 127.0.0.1:3306).',
      ...this.movedPorts.map(
        (moved) =>
          `  Note: ${moved} listens on a free port instead (above). Systems seeded on an earlier run still name the old port: free it, or start over with an empty database.`,
      ),
      '  Tour: docs/demo.md (player ada@example.com).',
    ];
    // A banner for the person at the terminal, as plain lines: a log line would escape the
    // newlines into one unreadable JSON string. The log gets the facts without the passwords.
    // Printed last, once the api listens: after the boot logs and the routes, where it is seen.
    const banner = () => process.stdout.write(`\n${lines.join('\n')}\n\n`);
    const server = this.http.httpAdapter?.getHttpServer() as Server | undefined;
    if (server && !server.listening) server.once('listening', () => setImmediate(banner));
    else banner();
    this.logger.log(
      report.seeded
        ? `demo tenant seeded: ${report.systems.length} systems, ${report.requests.length} requests`
        : `demo tenant not seeded: ${report.reason}${report.upgraded?.length ? `; upgraded ${report.upgraded.length} columns and systems` : ''}`,
    );
  }
}
