import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_STAFF, DemoRuntime, NAMED_PLAYERS } from '@dsar/demo';
import { OFFICER_WEIGHS_OBJECTION, type RequestType } from '@dsar/domain';
import { demoVisits, dropDemoStats } from '@dsar/testing';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { ScenarioClient, type TaskView } from '../support/scenario-client.js';
import { type Walk, walksMarkdown } from './walk-transcript.js';

jest.setTimeout(120_000);

const [ADA, TARAS, IRYNA, LUKAS, CAMILLE] = NAMED_PLAYERS;
const OUT = new URL('../../docs/walks.md', import.meta.url).pathname;

interface AuditView {
  seq: number;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
}

/**
 * One walk per right on the seeded demo tenant (issue 13): each request goes in through the
 * public API, is verified through its mailed link where the right needs it, approved where the
 * lifecycle waits for an officer, fans out to the demo's systems, is answered by mail, and leaves
 * an unbroken audit chain. With WRITE_WALKS=1 the walks are written to docs/walks.md.
 */
describe('walks: every right on the demo tenant, end to end', () => {
  let stack: TestStack;
  let officer: ScenarioClient;
  const dataDir = mkdtempSync(join(tmpdir(), 'dsar-walks-'));
  const walks: Walk[] = [];

  beforeAll(async () => {
    stack = await startTestStack({
      env: { SEED_DEMO: 'true', DATA_DIR: dataDir, OUTBOUND_ALLOWLIST: '127.0.0.1' },
    });
    officer = new ScenarioClient(stack);
    const account = DEMO_STAFF.find((s) => s.role === 'officer')!;
    await officer.signIn(account.email, account.password);
    // Ada walks four rights in one day: more mails than the daily limit for one address allows.
    const admin = new ScenarioClient(stack);
    const owner = DEMO_STAFF.find((s) => s.role === 'admin')!;
    await admin.signIn(owner.email, owner.password);
    await admin.call('PUT', '/api/admin/settings', { mailsPerRecipientPerDay: 50 });
  }, 180_000);

  afterAll(async () => {
    if (process.env.WRITE_WALKS === '1' && walks.length === 9) {
      writeFileSync(OUT, walksMarkdown(walks));
    }
    await dropDemoStats(stack?.api.get(DemoRuntime).endpoints);
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const statusOf = async (id: string) => (await officer.request(id)).status;
  const idOf = async (reference: string) => {
    const filter = encodeURIComponent(JSON.stringify({ reference }));
    const [request] = await officer.call<{ id: string }[]>(
      'GET',
      `/api/admin/requests?filter=${filter}`,
    );
    return request!.id;
  };

  /** A walk's running record: each step with the status it left the request in. */
  function begin(type: RequestType, title: string, email: string): Walk {
    const walk: Walk = {
      type,
      title,
      email,
      steps: [],
      tasks: [],
      told: [],
      mail: null,
      audit: [],
    };
    walks.push(walk);
    return walk;
  }
  async function step(walk: Walk, id: string | null, what: string) {
    walk.steps.push({ what, status: id ? await statusOf(id) : null });
  }

  /** The subject submits through the public API, and follows the mailed link when asked to. */
  async function submit(walk: Walk, body: Record<string, unknown>): Promise<string> {
    const { reference } = await officer.call<{ reference: string }>('POST', '/api/requests', {
      email: walk.email,
      ...body,
    });
    walk.reference = reference;
    const id = await idOf(reference);
    await step(walk, id, `submitted through POST /api/requests (${JSON.stringify(body)})`);
    if ((await statusOf(id)) === 'pending_verification') {
      const mail = await stack.smtp.waitFor(
        (m) =>
          m.to.includes(walk.email) && m.text.includes(reference) && /verify\?token=/.test(m.text),
      );
      const token = /verify\?token=([A-Za-z0-9_.-]+)/.exec(mail.text)![1];
      await officer.call('POST', '/api/requests/verify', { token });
      await step(walk, id, 'verified through the link mailed to the subject');
    }
    if ((await statusOf(id)) === 'awaiting_approval') {
      await officer.call('POST', `/api/admin/requests/${id}/approve`, {});
      await step(walk, id, 'approved by the officer');
    }
    return id;
  }

  /** Staff record what they did by hand (manual systems, processors mailed) until it answers. */
  async function completeByHand(walk: Walk, id: string) {
    const forStaff = (task: TaskView) =>
      task.state === 'waiting' &&
      task.note !== OFFICER_WEIGHS_OBJECTION &&
      !/Newsletter/.test(task.systemName);
    for (;;) {
      // A later stage waits for the staff of an earlier one: act once nothing runs.
      const tasks = await officer.until(
        () => officer.tasks(id),
        (list) =>
          list.length > 0 &&
          !list.some((t) => t.state === 'running') &&
          (list.some(forStaff) || !list.some((t) => t.state === 'queued')),
        'tasks to settle',
      );
      const waiting = tasks.filter(forStaff);
      if (waiting.length === 0) break;
      for (const task of waiting) {
        await officer.call('POST', `/api/admin/tasks/${task.id}/complete`, {
          outcome: 'completed',
          note: `done by hand: ${walk.type}`,
        });
        await step(walk, id, `staff recorded ${task.systemName} done by hand`);
      }
    }
    await officer.until(
      () => statusOf(id),
      (status) => status === 'completed',
      `${walk.type} completed`,
    );
    await step(walk, id, 'fan-out finished; the answer was mailed');
  }

  /** Tasks, who else was mailed, the answer, the audit chain: recorded and checked. */
  async function close(
    walk: Walk,
    id: string,
    answer = /./,
    mailed: string[] = [],
  ): Promise<TaskView[]> {
    const tasks = await officer.tasks(id);
    // A processor's mail leaves through the outbox after its task waits: wait for it by address.
    for (const to of mailed)
      await stack.smtp.waitFor((m) => m.to.includes(to) && m.text.includes(walk.reference!));
    walk.tasks = tasks
      .map((task) => ({
        system: task.systemName,
        action: lookupOnly(task) ? `${task.action} (lookup only)` : task.action,
        state: task.state,
        outcome: task.result?.outcome ?? null,
        note: task.note ?? null,
      }))
      .sort((a, b) => a.system.localeCompare(b.system));
    const reference = walk.reference!;
    walk.told = [
      ...new Set(
        stack.smtp.mails
          .filter((m) => !m.to.includes(walk.email) && m.text.includes(reference))
          .flatMap((m) => m.to),
      ),
    ].sort();
    const mail = await stack.smtp.waitFor(
      (m) =>
        m.to.includes(walk.email) && m.subject.endsWith(`(${reference})`) && answer.test(m.subject),
    );
    walk.mail = {
      subject: mail.subject,
      text: mail.text,
      lines: mail.text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .slice(0, 8),
    };
    const filter = encodeURIComponent(JSON.stringify({ requestId: id }));
    const events = await officer.call<AuditView[]>(
      'GET',
      `/api/admin/audit-events?filter=${filter}&range=[0,199]`,
    );
    const chain = [...events].sort((a, b) => a.seq - b.seq);
    walk.audit = chain.map(
      (event) =>
        `${event.seq}. ${event.action}` +
        (event.fromStatus !== event.toStatus ? ` (${event.fromStatus} → ${event.toStatus})` : ''),
    );
    // The chain is whole: numbered from 1 without a gap, and it still hashes.
    expect(chain.map((event) => event.seq)).toEqual(chain.map((_, index) => index + 1));
    const verified = await officer.call<{ ok: boolean }>('GET', '/api/admin/audit-chain/verify');
    expect(verified.ok).toBe(true);
    expect(chain.at(-1)?.toStatus ?? chain.at(-2)?.toStatus).toBeDefined();
    expect(chain.some((event) => event.toStatus === 'completed')).toBe(true);
    return tasks;
  }

  const lookupOnly = (task: TaskView) => (task as { lookupOnly?: boolean }).lookupOnly === true;
  const stateOf = (tasks: TaskView[]) =>
    Object.fromEntries(tasks.map((task) => [task.systemName, task.state]));

  /** The browser ids the demo's accounts database holds for a player. */
  const cookiesOf = async (playerId: number) =>
    (
      await stack.query<{ cookie_id: string }>(
        'SELECT cookie_id FROM flatris_accounts.cookies WHERE player_id = $1 ORDER BY 1',
        [playerId],
      )
    ).map((row) => row.cookie_id);
  /** Whether a player's account row carries the restriction and the objection marks. */
  const marks = async (playerId: number) =>
    (
      await stack.query<{ restricted: boolean; objected: boolean }>(
        `SELECT restricted_at IS NOT NULL AS restricted, objected_at IS NOT NULL AS objected
         FROM flatris_accounts.players WHERE id = $1`,
        [playerId],
      )
    )[0];
  /** A player's visits in the statistics (on MariaDB when it answered), or those marked. */
  const visitsOf = (cookies: string[], marked: 'restricted_at' | 'objected_at' | null = null) =>
    demoVisits(stack.db, stack.api.get(DemoRuntime).endpoints!, cookies, marked);
  const restrictedTransactions = async (playerId: number) =>
    (
      await stack.query<{ n: number }>(
        'SELECT count(restricted_at)::int AS n FROM flatris_payments.transactions WHERE player_id = $1',
        [playerId],
      )
    )[0]!.n;

  it('access: every system answers; the package is built', async () => {
    const walk = begin('access', 'Access (GDPR Art. 15)', ADA.email);
    const id = await submit(walk, { type: 'access', name: 'Ada Lovelace', jurisdiction: 'gdpr' });
    await completeByHand(walk, id);
    const tasks = await close(walk, id);
    expect(stateOf(tasks)['Accounts database']).toBe('succeeded');
    expect(Object.keys(await officer.package(id))).toContain('manifest.json');
  });

  it('portability: only systems on consent or contract', async () => {
    const walk = begin('portability', 'Portability (GDPR Art. 20)', ADA.email);
    const id = await submit(walk, {
      type: 'portability',
      name: 'Ada Lovelace',
      jurisdiction: 'gdpr',
    });
    await completeByHand(walk, id);
    const tasks = await close(walk, id);
    expect(tasks.map((task) => task.systemName)).not.toContain('Website statistics');
    expect(stateOf(tasks)['Accounts database']).toBe('succeeded');
  });

  it('rectification: the phone number corrected; recipients told (Art. 19)', async () => {
    const walk = begin('rectification', 'Rectification (GDPR Art. 16)', ADA.email);
    const id = await submit(walk, {
      type: 'rectification',
      name: 'Ada Lovelace',
      jurisdiction: 'gdpr',
      corrections: [{ field: 'user.contact.phone', value: '+380501112233' }],
    });
    await completeByHand(walk, id);
    const tasks = await close(walk, id);
    expect(stateOf(tasks)['Accounts database']).toBe('succeeded');
  });

  it('restriction: marked in each demo database, told to the processors; lifted after the subject is told (Art. 18(3))', async () => {
    const walk = begin('restriction', 'Restriction (GDPR Art. 18)', ADA.email);
    const cookies = await cookiesOf(ADA.id);
    const id = await submit(walk, {
      type: 'restriction',
      name: 'Ada Lovelace',
      jurisdiction: 'gdpr',
    });
    await completeByHand(walk, id);
    const tasks = await close(walk, id, /restricted/);
    // Every demo database's map names its restrictColumn: Ada's rows are marked in each.
    for (const system of ['Accounts database', 'Payments database', 'Website statistics'])
      expect([system, stateOf(tasks)[system]]).toEqual([system, 'succeeded']);
    expect(await marks(ADA.id)).toEqual({ restricted: true, objected: false });
    expect(await visitsOf(cookies)).toBeGreaterThan(0);
    expect(await visitsOf(cookies, 'restricted_at')).toBe(await visitsOf(cookies));
    expect(await restrictedTransactions(ADA.id)).toBeGreaterThan(0);
    walk.steps.push({
      what: `in the databases: flatris_accounts.players row ${ADA.id} has restricted_at set, and so do her ${await restrictedTransactions(ADA.id)} transactions and ${await visitsOf(cookies, 'restricted_at')} visits`,
      status: null,
    });
    for (const system of ['Accounts database', 'Payments database', 'Website statistics'])
      expect(walk.mail!.text).toContain(`${system}: restricted`);
    await officer.call('POST', `/api/admin/requests/${id}/lift-restriction`, {});
    const told = await stack.smtp.waitFor(
      (m) =>
        m.to.includes(walk.email) && /restriction of your data is being lifted/.test(m.subject),
    );
    await step(
      walk,
      id,
      `the officer lifts the restriction; the subject is mailed "${told.subject}" first`,
    );
    type Restricted = {
      taskId: string;
      systemName: string;
      liftedAt: string | null;
      lift: { outcome: string; note: string } | null;
    };
    const restrictions = () =>
      officer.call<Restricted[]>('GET', `/api/admin/requests/${id}/restrictions`);
    const ran = await officer.until(
      restrictions,
      (systems) => systems.length > 0 && systems.every((system) => system.lift !== null),
      'the lifting to run in every system',
    );
    for (const system of ran) {
      walk.steps.push({
        what: `lifting in ${system.systemName}: ${system.lift!.outcome} (${system.lift!.note})`,
        status: null,
      });
    }
    // A manual system's owner lifts it by hand.
    const byHand = ran.filter((system) => system.lift!.outcome === 'by_hand');
    expect(byHand.map((system) => system.systemName)).toEqual(['Google sign-in']);
    expect(byHand.every((system) => system.liftedAt === null)).toBe(true);
    for (const system of byHand) {
      await officer.call(
        'POST',
        `/api/admin/requests/${id}/restrictions/${system.taskId}/lifted`,
        {},
      );
      await step(walk, id, `staff recorded the restriction lifted by hand in ${system.systemName}`);
    }
    const lifted = await restrictions();
    expect(lifted.every((system) => system.liftedAt !== null)).toBe(true);
    // Lifted in the databases: the marks are cleared again.
    expect(await marks(ADA.id)).toEqual({ restricted: false, objected: false });
    expect(await visitsOf(cookies, 'restricted_at')).toBe(0);
    expect(await restrictedTransactions(ADA.id)).toBe(0);
    walk.steps.push({
      what: 'in the databases: restricted_at is cleared on her account, transactions and visits',
      status: null,
    });
    // Recording it twice is a conflict; a task id that is no UUID is named.
    const again = (path: string) =>
      officer.call('POST', path, {}).then(
        () => 'accepted',
        (error: Error) => /→ (\d+)/.exec(error.message)?.[1],
      );
    expect([
      await again(`/api/admin/requests/${id}/restrictions/${byHand[0]!.taskId}/lifted`),
      await again(`/api/admin/requests/${id}/restrictions/not-a-task/lifted`),
    ]).toEqual(['409', '400']);
    expect(told.text).toContain('Payments database');
  });

  it('objection to direct marketing: the marketing systems get it at once, no weighing', async () => {
    const walk = begin(
      'objection',
      'Objection to direct marketing (GDPR Art. 21(2)-(3))',
      LUKAS.email,
    );
    const id = await submit(walk, {
      type: 'objection',
      name: 'Lukas Schmidt',
      jurisdiction: 'gdpr',
      objectionGround: 'direct_marketing',
    });
    await completeByHand(walk, id);
    const tasks = await close(walk, id, /objection/, ['privacy@adpartner.example']);
    // Only the systems whose purposes include marketing take part (Art. 21(2)): the accounts
    // database (its marketing opt-in) stamps Lukas's account, and provides the cookie ids the
    // advertising partners know him by.
    expect(tasks.map((task) => task.systemName).sort()).toEqual([
      'Accounts database',
      'Advertising and retargeting partners',
      'Newsletter service',
    ]);
    expect(tasks.filter(lookupOnly)).toEqual([]);
    expect(stateOf(tasks)['Accounts database']).toBe('succeeded');
    expect(await marks(LUKAS.id)).toEqual({ restricted: false, objected: true });
    // The statistics are not marketing: an objection to marketing leaves them alone.
    const cookies = await cookiesOf(LUKAS.id);
    expect(await visitsOf(cookies, 'objected_at')).toBe(0);
    walk.steps.push({
      what: `in the databases: flatris_accounts.players row ${LUKAS.id} has objected_at set; his visits in the statistics (not marketing) are not marked`,
      status: null,
    });
    expect(walk.mail!.text).toContain('Accounts database: stopped');
    const partnerMail = await stack.smtp.waitFor(
      (m) => m.to.includes('privacy@adpartner.example') && m.text.includes(walk.reference!),
    );
    for (const cookie of cookies) expect(partnerMail.text).toContain(cookie);
    expect(stateOf(tasks)['Newsletter service']).toBe('succeeded');
    expect(stateOf(tasks)['Advertising and retargeting partners']).toBe('succeeded');
    expect(walk.told).toContain('privacy@adpartner.example');
    expect(tasks.every((task) => task.note !== OFFICER_WEIGHS_OBJECTION)).toBe(true);
  });

  it('opt_out: a GPC signal, no verification; the advertising partners are mailed it', async () => {
    const walk = begin(
      'opt_out',
      'Opt-out of sale/sharing (Cal. Civ. Code §1798.120; GPC)',
      CAMILLE.email,
    );
    const cookies = await cookiesOf(CAMILLE.id);
    expect(cookies.length).toBeGreaterThan(0);
    const response = await fetch(`${stack.baseUrl}/api/signals/gpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-gpc': '1' },
      body: JSON.stringify({ identities: { cookie_id: cookies, email: [CAMILLE.email] } }),
    });
    expect(response.status).toBe(202);
    const { reference } = (await response.json()) as { reference: string };
    walk.reference = reference;
    const id = await idOf(reference);
    await step(
      walk,
      id,
      'the browser sent Sec-GPC: 1 to POST /api/signals/gpc with its cookie ids',
    );
    await completeByHand(walk, id);
    const tasks = await close(walk, id);
    expect(walk.steps.some((s) => /verified/.test(s.what))).toBe(false);
    expect(stateOf(tasks)['Advertising and retargeting partners']).toBe('succeeded');
    expect(walk.told).toContain('privacy@adpartner.example');
  });

  it('opt_out by e-mail only: the accounts database is looked in, the partners get the cookie ids', async () => {
    const walk = begin(
      'opt_out',
      'Opt-out of sale/sharing by e-mail only, from the privacy center (Cal. Civ. Code §1798.120)',
      TARAS.email,
    );
    const cookies = await cookiesOf(TARAS.id);
    expect(cookies.length).toBeGreaterThan(0);
    const id = await submit(walk, { type: 'opt_out', jurisdiction: 'ccpa' });
    await completeByHand(walk, id);
    const tasks = await close(walk, id, /./, ['privacy@adpartner.example']);
    const accounts = tasks.find((task) => task.systemName === 'Accounts database')!;
    expect(lookupOnly(accounts)).toBe(true);
    expect(accounts.state).toBe('succeeded');
    expect(stateOf(tasks)['Advertising and retargeting partners']).toBe('succeeded');
    // The partners' mail names Taras by his cookie ids only: no e-mail, no name.
    const partnerMail = await stack.smtp.waitFor(
      (m) => m.to.includes('privacy@adpartner.example') && m.text.includes(walk.reference!),
    );
    for (const cookie of cookies) expect(partnerMail.text).toContain(cookie);
    expect(partnerMail.text).not.toContain(TARAS.email);
    expect(partnerMail.text).not.toContain(TARAS.name);
    // The subject is not told the accounts database acted: it was only looked in.
    expect(walk.mail!.text).toContain('Advertising and retargeting partners');
    expect(walk.mail!.text).not.toContain('Accounts database');
    const request = await officer.request(id);
    expect(
      (request as { identities?: Record<string, string[]> }).identities?.cookie_id?.sort(),
    ).toEqual(cookies);
  });

  it('limit_sensitive: no verification; every system answers for itself', async () => {
    const walk = begin(
      'limit_sensitive',
      'Limit the use of sensitive data (Cal. Civ. Code §1798.121)',
      CAMILLE.email,
    );
    const id = await submit(walk, { type: 'limit_sensitive', jurisdiction: 'ccpa' });
    await completeByHand(walk, id);
    await close(walk, id);
  });

  it('erasure: the data erased, holds kept, recipients told', async () => {
    const walk = begin('erasure', 'Erasure (GDPR Art. 17)', IRYNA.email);
    const id = await submit(walk, { type: 'erasure', name: IRYNA.name, jurisdiction: 'gdpr' });
    await completeByHand(walk, id);
    const tasks = await close(walk, id);
    expect(stateOf(tasks)['Accounts database']).toBe('succeeded');
  });
});
