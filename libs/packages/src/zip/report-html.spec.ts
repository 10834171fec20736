import { parseMessage } from '@dsar/mail';
import type { PackageRequest, PackageSystem, WithheldPart } from '../package-contents.js';
import {
  en,
  PACKAGE_CATALOGS,
  PACKAGE_LANGUAGES,
  packageLanguage,
  type PackageKey,
} from './catalogs/index.js';
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
          language: 'en',
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
        'UTC',
      ),
    );
    expect(report.startsWith('<!doctype html>')).toBe(true);
    expect(report).toContain('<html lang="en">');
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
          language: 'en-US',
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
            category: 'user.financial',
          },
        ],
        'UTC',
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
      '<li>data of the category “Financial data”: a law we must comply with requires us to keep or withhold it (GDPR Art. 17(3)(b) and 23(1)(e)). The &lt;tax&gt; audit is open.</li>',
    );
  });
});

const REQUEST: PackageRequest = {
  id: 'r3',
  reference: 'DSR-2026-000003',
  type: 'access',
  jurisdiction: 'gdpr',
  policyVersion: '2026.1',
  // 23:30 UTC is already the next day in Berlin and Paris: the letter says the controller's day.
  receivedAt: new Date('2026-10-31T23:30:00Z'),
  dueAt: new Date('2026-12-01T00:00:00Z'),
  identities: { email: ['ada@example.com'], user_id: ['42'] },
  language: 'de',
};

const REFUSED: WithheldPart = {
  part: 'data of the category user.financial',
  reason: 'a law we must comply with requires us to keep or withhold it',
  citation: 'GDPR Art. 17(3)(b) and 23(1)(e)',
  text: 'Die Prüfung läuft.',
  systemName: null,
  category: 'user.financial',
};

async function reportIn(language: string, timeZone = 'Europe/Berlin'): Promise<string> {
  return text(
    reportHtmlStream(
      { ...REQUEST, language },
      [system, { ...system, taskId: 't2', state: 'skipped', result: null, collections: [] }],
      { name: 'Flatris', contact: 'privacy@flatris.example' },
      async function* () {
        yield [
          { id: 1, display_name: 'Ada' },
          { id: 2, display_name: true },
        ];
      },
      [REFUSED],
      timeZone,
    ),
  );
}

/** What an English catalog key or an English heading would look like if one leaked. */
const KEY_LIKE = new RegExp(
  Object.keys(en)
    .map((key) => key.replace(/\./g, '\\.'))
    .join('|'),
);
const ENGLISH_HEADINGS = [
  'What we hold about you',
  'Why we use it',
  'Your rights',
  'How to complain',
  'How we found you',
  'What it holds',
  'records found',
];

describe('the report in the subject’s language', () => {
  it('German: lang, headings, counts, outcomes, labels and dates in German, no key leaked', async () => {
    const report = await reportIn('de-AT');
    expect(report).toContain('<html lang="de">');
    expect(report).toContain('<title>Ihre personenbezogenen Daten — DSR-2026-000003</title>');
    expect(report).toContain('<h1>Ihre personenbezogenen Daten</h1>');
    for (const heading of [
      'Was wir über Sie gespeichert haben',
      'Wofür wir sie verwenden',
      'Woher sie stammen',
      'Wer sie erhalten hat',
      'Wie lange wir sie aufbewahren',
      'Entscheidungen durch Computer',
      'Was wir Ihnen nicht gegeben haben, und warum',
      'Ihre Rechte',
      'Wie Sie sich beschweren können',
      'Wie wir Sie gefunden haben',
    ])
      expect([heading, report.includes(`<h2>${heading}</h2>`)]).toEqual([heading, true]);
    expect(report).toContain('eingegangen am 1. November 2026');
    expect(report).toContain('in 2 unserer Systeme gefunden');
    expect(report).toContain('Die Arten von Daten: Kontaktdaten.');
    expect(report).toContain('Accounts &lt;db&gt;: nach US, geschützt durch');
    expect(report).toContain('<li>E-Mail-Adresse: ada@example.com</li>');
    expect(report).toContain('<li>Kontonummer: 42</li>');
    expect(report).toContain('<h3>2 Datensätze: Name</h3>');
    expect(report).toContain('(dazu ein technisches Feld wie interne Nummern');
    expect(report).toContain('<dt>Name</dt><dd>ja</dd>');
    expect(report).toContain(
      '3 Datensätze gefunden; aufbewahrt: Accounting law bis zum 1. Mai 2031',
    );
    expect(report).toContain('nicht durchsucht: wir hatten keine Angabe');
    expect(report).toContain('<dt>Was es enthält</dt><dd>Kontaktdaten</dd>');
    expect(report).toContain('export.pdf (10 Bytes): data/Accounts_db/attachments/export.pdf');
    expect(report).toContain('Daten der Kategorie „Finanzdaten“: ');
    expect(report).toContain('können Sie sich bei ');
    // The rights themselves are the law's words in German (libs/domain's legal wording).
    expect(report).toContain('das Recht, Ihre personenbezogenen Daten löschen zu lassen');
    expect(report).not.toMatch(KEY_LIKE);
    for (const english of ENGLISH_HEADINGS)
      expect([english, report.includes(english)]).toEqual([english, false]);
  });

  it('French: lang, headings and records in French', async () => {
    const report = await reportIn('fr', 'Europe/Paris');
    expect(report).toContain('<html lang="fr">');
    expect(report).toContain('<h2>Ce que nous détenons sur vous</h2>');
    expect(report).toContain('<h2>Vos droits</h2>');
    expect(report).toContain('<h2>Comment déposer une plainte</h2>');
    expect(report).toContain('reçue le 1 novembre 2026');
    expect(report).toContain('<h3>2 enregistrements : Nom</h3>');
    expect(report).toContain(
      '3 enregistrements trouvés ; conservé : Accounting law jusqu’au 1 mai 2031',
    );
    expect(report).toContain('les données de la catégorie « Données financières »');
    expect(report).not.toMatch(KEY_LIKE);
    for (const english of ENGLISH_HEADINGS)
      expect([english, report.includes(english)]).toEqual([english, false]);
  });

  it.each(PACKAGE_LANGUAGES)(
    '%s renders every part with real values, no key leaked',
    async (language) => {
      const report = await reportIn(language);
      expect(report).toContain(`<html lang="${language}">`);
      expect(report).toContain(`<h2>${PACKAGE_CATALOGS[language]['letter.rights.heading']}</h2>`);
      expect(report).not.toMatch(KEY_LIKE);
      if (language !== 'en')
        for (const english of ENGLISH_HEADINGS)
          expect([english, report.includes(english)]).toEqual([english, false]);
    },
  );

  it('a language we do not write in is answered in English; the day is the controller’s', async () => {
    const report = await reportIn('ja', 'America/New_York');
    expect(report).toContain('<html lang="en">');
    expect(report).toContain('<h2>What we hold about you</h2>');
    expect(report).toContain('received on 31 October 2026');
  });
});

/** The argument names a message uses (`{reference}`, `{count, plural, …}`), sorted. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]/g)) names.add(match[1]!);
  return [...names].sort();
}

const KEYS = Object.keys(en) as PackageKey[];

describe('the report catalogs', () => {
  it.each(PACKAGE_LANGUAGES)('%s says every key of the English catalog itself', (language) => {
    const missing = KEYS.filter((key) => PACKAGE_CATALOGS[language][key] === undefined);
    expect(missing).toEqual([]);
  });

  it.each(PACKAGE_LANGUAGES)('%s has only keys the English catalog has', (language) => {
    const extra = Object.keys(PACKAGE_CATALOGS[language]).filter((key) => !(key in en));
    expect(extra).toEqual([]);
  });

  it.each(PACKAGE_LANGUAGES)(
    'every %s message parses and uses the English one’s arguments',
    (language) => {
      for (const [key, message] of Object.entries(PACKAGE_CATALOGS[language]) as [
        PackageKey,
        string,
      ][]) {
        expect(() => parseMessage(key, message, language)).not.toThrow();
        expect([key, argumentsOf(message)]).toEqual([key, argumentsOf(en[key])]);
      }
    },
  );

  it.each(PACKAGE_LANGUAGES.filter((language) => language !== 'en'))(
    '%s translates the headings (none is left in English)',
    (language) => {
      const headings = KEYS.filter((key) => key.endsWith('.heading'));
      const same = headings.filter((key) => PACKAGE_CATALOGS[language][key] === en[key]);
      expect(same).toEqual([]);
    },
  );

  it('picks the nearest language: de-AT → de, pt → pt-BR, ja → en', () => {
    expect(packageLanguage('de-AT')).toBe('de');
    expect(packageLanguage('pt')).toBe('pt-BR');
    expect(packageLanguage('ja')).toBe('en');
    expect(packageLanguage('not a tag')).toBe('en');
  });
});
