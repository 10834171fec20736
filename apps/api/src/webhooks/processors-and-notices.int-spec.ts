import { DataSource } from 'typeorm';
import { FileVault } from '@dsar/packages';
import { EmailConnector, ProcessorCancellations, ProcessorReminders } from '@dsar/connectors';
import { StaffDigest } from '@dsar/notices';
import { RequestLifecycle, RequestTokens } from '@dsar/requests';
import { generateWebhookSecret } from '@dsar/webhooks';
import { CustomerStore } from '../../../../examples/webhook-receiver/src/customer-store.js';
import { WebhookReceiver } from '../../../../examples/webhook-receiver/src/receiver.js';
import { readZip } from '@dsar/testing';
import { approve, setSettings, storeTasksOf, waitFor, waitForStatus } from '@dsar/testing';
import type { TestStack } from '../testing/api-stack.js';
import { bearer, WebhookTestbed } from './testing/webhook-testbed.js';

const STAFF_MAIL = 'dpo@controller.test';

describe('e-mail and manual processors, Art. 19 notices, staff mails', () => {
  const bed = new WebhookTestbed();
  let stack: TestStack;
  let hub: WebhookReceiver;

  beforeAll(async () => {
    stack = await bed.start();
    await setSettings(stack, {
      staffAlertEmails: [STAFF_MAIL],
      controllerContact: 'privacy@flatris.test',
    });
    const secret = generateWebhookSecret();
    hub = new WebhookReceiver({ secret, mode: 'sync', store: new CustomerStore({}) });
    bed.registry.add(
      'Analytics hub',
      'webhook',
      { url: await hub.start(), secret },
      { enabled: false },
    );
  }, 60_000);

  afterAll(async () => {
    await hub.stop();
    await bed.stop();
  });

  const outcome = (taskId: string, body: unknown) =>
    fetch(`${stack.baseUrl}/api/admin/tasks/${taskId}/outcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(bed.officer) },
      body: JSON.stringify(body),
    });

  it('mails the processor, waits for staff, and an officer completing the task finishes the request; recipients are told', async () => {
    const processor = bed.registry.add(
      'Payment provider',
      'email',
      { to: 'privacy@payments.test' },
      {
        recipients: [
          { name: 'Ad partner', email: 'dpo@adpartner.test' },
          { name: 'Analytics hub' },
          { name: 'Tax office' },
        ],
      },
    );
    bed.registry.only(processor);
    const requestId = await approve(stack.api, 'erasure', 'ada@example.com');
    const mail = await stack.smtp.waitFor((m) => m.to.includes('privacy@payments.test'));
    expect(mail.subject).toMatch(
      /^Data-subject request DSR-TEST-\d+-\w+ \(erasure\) — please answer by /,
    );
    // Art. 5(1)(c): the provider's system lists e-mails and contact data, not names.
    expect(mail.text).toContain(
      'About whom: the person identified by E-mail address ada@example.com.',
    );
    expect(mail.text).not.toContain('Ada Lovelace');
    expect(mail.text).toContain('Where to reply: privacy@flatris.test');
    const [task] = await storeTasksOf(stack, requestId);
    expect(task!.state).toBe('waiting');

    const bad = await outcome(task!.id, { outcome: 'finished', note: '', extra: 1 });
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field).sort(),
    ).toEqual(['extra', 'note', 'outcome']);
    expect(
      (await outcome(task!.id, { outcome: 'done', note: 'ok', data: { rows: [] } })).status,
    ).toBe(400);

    bed.registry.systems.get(
      [...bed.registry.systems.values()].find((s) => s.name === 'Analytics hub')!.id,
    )!.enabled = true;
    expect(
      (
        await outcome(task!.id, {
          outcome: 'done',
          note: 'The provider confirmed erasure on 3 March',
        })
      ).status,
    ).toBe(204);
    await waitForStatus(stack, requestId, 'completed');
    expect((await outcome(task!.id, { outcome: 'done', note: 'again' })).status).toBe(409);

    const notice = await stack.smtp.waitFor((m) => m.to.includes('dpo@adpartner.test'));
    expect(notice.subject).toMatch(/notice of erasure under Art\. 19/);
    expect(notice.text).toContain('Identified by: E-mail address ada@example.com.');
    await waitFor(
      async () => hub.events.filter((e) => e.type === 'dsar.recipient.notice').length,
      (n) => n === 1,
    );
    expect(hub.events.find((e) => e.type === 'dsar.recipient.notice')!.data).toMatchObject({
      requestId,
      action: 'erasure',
      sourceSystem: 'Payment provider',
    });

    const token = await stack.api
      .get(DataSource)
      .transaction((manager) =>
        stack.api.get(RequestTokens).issue(manager, requestId, 'status', null),
      );
    const listed = await fetch(`${stack.baseUrl}/api/requests/recipients?token=${token}`);
    expect(listed.status).toBe(200);
    const { recipients } = (await listed.json()) as {
      recipients: { name: string; channel: string; told: boolean }[];
    };
    // A recipient without an address or a connected system is listed, untold, for staff to reach.
    expect(recipients.map((r) => [r.name, r.channel, r.told]).sort()).toEqual([
      ['Ad partner', 'email', true],
      ['Analytics hub', 'webhook', true],
      ['Tax office', 'staff', false],
    ]);
    const untold = await stack.smtp.waitFor((m) => /yourselves/.test(m.subject));
    expect(untold.text).toContain('- Tax office (received data from Payment provider)');
    expect(untold.text).not.toContain('ada@example.com');
    expect(
      (await fetch(`${stack.baseUrl}/api/requests/recipients?token=${'x'.repeat(43)}`)).status,
    ).toBe(404);
  }, 30_000);

  it('reminds the processor 7 days before the due date, once', async () => {
    const processor = bed.registry.add('Ad partner', 'email', { to: 'privacy@ads.test' });
    bed.registry.only(processor);
    const requestId = await approve(stack.api, 'access', 'bo@example.com');
    await stack.smtp.waitFor((m) => m.to.includes('privacy@ads.test'));
    // A phone found later is not the partner's: its system lists e-mails only.
    await stack.query(
      `UPDATE requests SET due_at = now() + interval '5 days',
         identities = identities || '{"phone": ["+380501112233"]}'::jsonb WHERE id = $1`,
      [requestId],
    );
    const reminders = stack.api.get(ProcessorReminders);
    await reminders.run();
    await reminders.run();
    const reminder = await stack.smtp.waitFor(
      (m) => m.to.includes('privacy@ads.test') && m.subject.startsWith('Reminder:'),
    );
    expect(reminder.text).toContain('we have not recorded your answer yet');
    expect(reminder.text).toContain('identified by E-mail address bo@example.com.');
    expect(reminder.text).not.toMatch(/\+380501112233|Phone/);
    expect(
      stack.smtp.mailsTo('privacy@ads.test').filter((m) => m.subject.startsWith('Reminder:')),
    ).toHaveLength(1);
  });

  it('names a processor only what its system holds: after a rectification it was not told, the old e-mail; in its language', async () => {
    expect(
      stack.api.get(EmailConnector).validateSettings({ to: 'a@b.test', language: 'not a tag!' }),
    ).toEqual([{ field: 'settings.language', message: expect.stringContaining('BCP 47') }]);
    // Cards keys its data by e-mail but holds no contact data: it is never told a new e-mail.
    const cards = bed.registry.add(
      'Card processor',
      'email',
      { to: 'privacy@cards.test', language: 'de' },
      { categories: ['user.financial'] },
    );
    // The CRM holds e-mails and names: it gets the correction and then knows the new e-mail.
    const crm = bed.registry.add(
      'Mail CRM',
      'email',
      { to: 'privacy@crm.test' },
      { categories: ['user.contact', 'user.name'] },
    );
    bed.registry.only(cards, crm);
    const corrected = [{ field: 'user.contact.email', value: 'eve.new@example.com' }];
    const rectificationId = await approve(stack.api, 'rectification', 'eve@example.com', corrected);
    const toCards = await stack.smtp.waitFor((m) => m.to.includes('privacy@cards.test'));
    expect(toCards.subject).toMatch(
      /^Antrag einer betroffenen Person DSR-TEST-\S+ \(Berichtigung\)/,
    );
    expect(toCards.text).toContain(
      'Betroffene Person: erkennbar an E-Mail-Adresse eve@example.com.',
    );
    expect(toCards.text).not.toMatch(/eve\.new|Berichtigungen:|Ada|Lovelace/);
    expect(toCards.html).toContain('<html lang="de">');
    const toCrm = await stack.smtp.waitFor((m) => m.to.includes('privacy@crm.test'));
    expect(toCrm.text).toContain(
      'About whom: Ada Lovelace, identified by E-mail address eve@example.com.',
    );
    expect(toCrm.text).toContain(
      'Corrections: E-mail address (user.contact.email) → eve.new@example.com.',
    );
    for (const task of await waitFor(
      () => storeTasksOf(stack, rectificationId),
      (tasks) => tasks.length === 2 && tasks.every((t) => t.state === 'waiting'),
    ))
      expect((await outcome(task.id, { outcome: 'done', note: 'Corrected' })).status).toBe(204);
    await waitForStatus(stack, rectificationId, 'completed');

    await approve(stack.api, 'erasure', 'eve.new@example.com');
    const erasureToCards = await stack.smtp.waitFor(
      (m) => m.to.includes('privacy@cards.test') && /Löschung/.test(m.subject),
    );
    expect(erasureToCards.text).toContain('erkennbar an E-Mail-Adresse eve@example.com.');
    expect(erasureToCards.text).not.toContain('eve.new@example.com');
    const erasureToCrm = await stack.smtp.waitFor(
      (m) => m.to.includes('privacy@crm.test') && /\(erasure\)/.test(m.subject),
    );
    expect(erasureToCrm.text).toContain('identified by E-mail address eve.new@example.com.');
    expect(erasureToCrm.text).not.toContain('eve@example.com');
  }, 60_000);

  it('a manual access task takes uploaded rows into the package; a refusal needs an officer', async () => {
    const manual = bed.registry.add('Paper archive', 'manual', {
      assignee: 'archivist@flatris.test',
    });
    bed.registry.only(manual);
    const accessId = await approve(stack.api, 'access', 'cy@example.com');
    const [task] = await waitFor(
      () => storeTasksOf(stack, accessId),
      (tasks) => tasks[0]?.state === 'waiting',
    );
    const note = (
      await stack.query<{ note: string }>('SELECT note FROM store_tasks WHERE id = $1', [task!.id])
    )[0]!.note;
    // Who, what to do for this request type, and by when.
    expect(note).toMatch(/^archivist@flatris\.test: find the data .+; due \d{4}-\d{2}-\d{2}$/);
    const upload = (name: string, body: string, type: string) =>
      fetch(
        `${stack.baseUrl}/api/admin/tasks/${task!.id}/attachments?name=${encodeURIComponent(name)}`,
        {
          method: 'POST',
          headers: { 'content-type': type, ...bearer(bed.officer) },
          body,
        },
      );
    expect((await upload('x.json', '{}', 'application/json')).status).toBe(400);
    const exported = JSON.stringify({ folders: [{ shelf: 'A3' }, { shelf: 'B1' }] });
    const dataFile = (await (
      await upload('archive export.json', exported, 'application/octet-stream')
    ).json()) as { id: string };
    expect(dataFile).toMatchObject({
      name: 'archive_export.json',
      bytes: Buffer.byteLength(exported),
    });
    const letter = (await (
      await upload('letter.txt', 'Signed by the archivist', 'text/plain')
    ).json()) as { id: string };
    const download = await fetch(
      `${stack.baseUrl}/api/admin/tasks/${task!.id}/attachments/${letter.id}`,
      { headers: bearer(bed.officer) },
    );
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="letter.txt"');
    expect(await download.text()).toBe('Signed by the archivist');
    const listed = await fetch(`${stack.baseUrl}/api/admin/tasks/${task!.id}/attachments`, {
      headers: bearer(bed.officer),
    });
    expect(((await listed.json()) as { name: string }[]).map((file) => file.name)).toEqual([
      'archive_export.json',
      'letter.txt',
    ]);

    const done = await outcome(task!.id, {
      outcome: 'partly_done',
      note: 'Two folders found; one is off-site',
      dataFile: dataFile.id,
      attachments: [letter.id],
    });
    expect(done.status).toBe(204);
    await waitForStatus(stack, accessId, 'completed');
    expect((await storeTasksOf(stack, accessId))[0]!.result).toMatchObject({
      counts: { found: 2 },
      note: 'partly done: Two folders found; one is off-site',
      evidence: { attachments: [{ id: letter.id, name: 'letter.txt', bytes: 23 }] },
    });
    const [built] = await stack.query<{ file_name: string }>(
      'SELECT file_name FROM access_packages WHERE request_id = $1',
      [accessId],
    );
    const vault = stack.api.get(FileVault);
    const files = await readZip(vault.read(built!.file_name));
    expect(files['data/Paper_archive/attachments/letter.txt']).toBe('Signed by the archivist');
    expect(files['data/Paper_archive/attachments/archive_export.json']).toBe(exported);
    const manifest = JSON.parse(files['manifest.json']!) as {
      systems: { attachments: { name: string; path: string }[] }[];
    };
    expect(manifest.systems[0]!.attachments.map((file) => file.path)).toEqual([
      'data/Paper_archive/attachments/archive_export.json',
      'data/Paper_archive/attachments/letter.txt',
    ]);
    expect(files['report.html']).toContain('data/Paper_archive/attachments/letter.txt');

    const erasureId = await approve(stack.api, 'erasure', 'cy@example.com');
    const [erasure] = await waitFor(
      () => storeTasksOf(stack, erasureId),
      (tasks) => tasks[0]?.state === 'waiting',
    );
    expect(
      (await outcome(erasure!.id, { outcome: 'refused', note: 'Kept under a court order' })).status,
    ).toBe(204);
    await waitForStatus(stack, erasureId, 'action_required');
    await stack.smtp.waitFor(
      (m) => m.to.includes(STAFF_MAIL) && m.subject.includes('Task failed: Paper archive'),
    );
  }, 30_000);

  it('sends the daily digest of newly verified requests and those at their target within 7 days, once a day', async () => {
    const digest = stack.api.get(StaffDigest);
    expect(await digest.run()).toBe(true);
    expect(await digest.run()).toBe(false);
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes(STAFF_MAIL) && m.subject.startsWith('Daily digest'),
    );
    expect(mail.text).toMatch(/Newly verified \(last 24 hours\): DSR-TEST-/);
    expect(mail.text).toMatch(/At their internal target within 7 days: DSR-TEST-.*target .*due /);
  });

  it('tells a mailed processor when the request is cancelled, once', async () => {
    const processor = bed.registry.add('Survey tool', 'email', { to: 'privacy@survey.test' });
    bed.registry.only(processor);
    const requestId = await approve(stack.api, 'erasure', 'dot@example.com');
    await stack.smtp.waitFor((m) => m.to.includes('privacy@survey.test'));
    await stack.api
      .get(DataSource)
      .transaction((manager) =>
        stack.api
          .get(RequestLifecycle)
          .apply(
            manager,
            requestId,
            'cancel',
            { type: 'staff', id: bed.admin.id },
            { reason: 'withdrawn' },
          ),
      );
    const withdrawn = await stack.smtp.waitFor(
      (m) =>
        m.to.includes('privacy@survey.test') && m.subject.endsWith('withdrawn — no action needed'),
    );
    expect(withdrawn.text).toContain('Please take no further action on it.');
    await stack.api.get(ProcessorCancellations).run(); // a second sweep mails nothing more
    const recorded = await stack.query(
      `SELECT id FROM outbound_mails WHERE template = 'processor_cancel' AND request_id = $1`,
      [requestId],
    );
    expect(recorded).toHaveLength(1);
  }, 30_000);
});
