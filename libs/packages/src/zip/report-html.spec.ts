import type { PackageSystem } from '../package-contents.js';
import { reportHtmlStream } from './report-html.js';

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += String(chunk);
  return out;
}

const system: PackageSystem = {
  taskId: 't1',
  state: 'succeeded',
  facts: {
    name: 'Accounts <db>',
    kind: 'postgres',
    categories: ['user.contact'],
    purposes: ['account management'],
    legalBases: ['contract'],
    recipients: [{ name: 'LiqPay' }],
    retention: '3 years',
    source: 'You, when you signed up',
    transfers: [{ country: 'US', safeguard: 'EU-US Data Privacy Framework' }],
    automatedDecisions: null,
  },
  result: {
    outcome: 'completed',
    counts: { found: 3 },
    retained: [
      { what: 'players.id (user.unique_id)', basis: 'Accounting law', until: '2031-05-01' },
    ],
  },
  note: null,
  spool: 'spool/t1',
  collections: [
    {
      name: 'flatris_accounts.players',
      rows: 2,
      columns: ['id', 'display_name'],
      categories: { display_name: 'user.name' },
      jsonPath: 'data/Accounts_db/players.json',
      csvPath: 'data/Accounts_db/players.csv',
      withheldColumns: [],
    },
  ],
  attachments: [
    {
      name: 'export.pdf',
      contentType: 'application/pdf',
      bytes: 10,
      storedAt: 'attachments/x',
      zipPath: 'data/Accounts_db/attachments/export.pdf',
    },
  ],
  portablePath: 'portable/Accounts_db.json',
};

describe('reportHtmlStream', () => {
  it('writes one well-formed document: each table with its header, each section closed', async () => {
    const report = await text(
      reportHtmlStream(
        {
          id: 'r1',
          reference: 'DSR-2026-000001',
          type: 'access',
          jurisdiction: 'gdpr',
          policyVersion: '2026.1',
          receivedAt: new Date('2026-11-01T00:00:00Z'),
          dueAt: new Date('2026-12-01T00:00:00Z'),
          identities: { email: ['ada@example.com'] },
        },
        [system, { ...system, taskId: 't2', collections: [], attachments: [] }],
        { name: 'Flatris', contact: 'privacy@flatris.example' },
        async function* () {
          yield [
            { id: 1, display_name: '<script>alert(1)</script>' },
            { id: 2, display_name: null },
          ];
        },
        [],
      ),
    );
    expect(report.startsWith('<!doctype html>')).toBe(true);
    expect(report.endsWith('</body>\n</html>\n')).toBe(true);
    expect(report.match(/<\/html>/g)).toHaveLength(1);
    expect(report.match(/<section>/g)).toHaveLength(2);
    expect(report.match(/<\/section>/g)).toHaveLength(2);
    expect(report).toContain(
      '<ol class="records"><li><dl><dt>Name</dt><dd>&lt;script&gt;alert(1)&lt;/script&gt;</dd></dl></li>' +
        '<li><dl><dt>Name</dt><dd>—</dd></dl></li></ol>',
    );
    // Labels, never table or column names; outcomes and counts in words.
    expect(report).toContain('<h3>2 records: Name</h3>');
    expect(report).not.toMatch(/players|display_name|user\.name|<table/);
    expect(report).toContain('also one technical field');
    expect(report).toContain('3 records found; kept: Accounting law until 1 May 2031');
    expect(report).not.toContain('user.unique_id');
    expect(report).toContain('<h2>Accounts &lt;db&gt;</h2>');
    expect(report).toContain(
      '<li>export.pdf (10 bytes): data/Accounts_db/attachments/export.pdf</li>',
    );
  });

  it('opens with a letter naming every Art. 15 item: source, transfers, decisions, rights, complaint', async () => {
    const report = await text(
      reportHtmlStream(
        {
          id: 'r1',
          reference: 'DSR-2026-000002',
          type: 'access',
          jurisdiction: 'gdpr',
          policyVersion: '2026.1',
          receivedAt: new Date('2026-11-01T00:00:00Z'),
          dueAt: new Date('2026-12-01T00:00:00Z'),
          identities: { email: ['ada@example.com'], cookie_id: ['fl_1'] },
        },
        [system],
        { name: 'Flatris', contact: 'privacy@flatris.example' },
        async function* () {},
        [
          {
            part: 'data of the category user.financial',
            reason: 'a law we must comply with requires us to keep or withhold it',
            citation: 'GDPR Art. 17(3)(b) and 23(1)(e)',
            text: 'The <tax> audit is open.',
            systemName: null,
          },
        ],
      ),
    );
    const letter = report.slice(0, report.indexOf('<section>'));
    expect(letter).toContain('Accounts &lt;db&gt;: You, when you signed up'); // 15(1)(g)
    expect(letter).toContain('to US, protected by EU-US Data Privacy Framework'); // 15(2)
    expect(letter).toContain('no decision about you made by automated means alone'); // 15(1)(h)
    for (const right of ['corrected', 'erased', 'restricted', 'object'])
      // 15(1)(e)
      expect(letter).toContain(right);
    expect(letter).toMatch(/complain to .*edpb/s); // 15(1)(f)
    expect(letter).toContain('3 years'); // 15(1)(d)
    expect(letter).toContain('LiqPay'); // 15(1)(c)
    expect(letter).toContain('The kinds of data: Contact details.'); // 15(1)(b), as labels
    expect(report).toContain('<li>E-mail address: ada@example.com</li>');
    expect(report).toContain('<li>Cookie id: fl_1</li>');
    // A partial answer names what it left out, why, under which provision.
    expect(letter).toContain(
      '<li>data of the category user.financial: a law we must comply with requires us to keep or withhold it (GDPR Art. 17(3)(b) and 23(1)(e)). The &lt;tax&gt; audit is open.</li>',
    );
  });
});
