import { describe, expect, it } from '@jest/globals';
import {
  EXEMPTION_CODES,
  exemptionsUnder,
  exemptionUnder,
  refusalWordsIn,
} from '../exemptions/exemption-codes.js';
import { EXEMPTION_WORDS, REFUSAL_FRAMES } from '../exemptions/exemption-words.js';
import { LEGAL_LANGUAGES, legalLanguage } from '../languages/legal-language.js';
import { answerRights } from './answer-rights.js';
import { appealRoute, appealUpheldRoute, denialWording } from './denial-wording.js';
import { DENIAL_WORDS } from './denial-words.js';
import { POLICY_PACKS } from './packs/index.js';
import { REGIME_CODES, RIGHT_TYPES } from './policy-pack.types.js';
import { REGIME_NAMES, regimeName } from './regime-names.js';
import { RIGHT_PHRASE, RIGHT_WORDS_BY_LANGUAGE } from './right-words.js';

const OTHERS = LEGAL_LANGUAGES.filter((language) => language !== 'en');

/** Every string a language's tables give (functions called with placeholders). */
function everyText(language: (typeof LEGAL_LANGUAGES)[number]): string[] {
  const denial = DENIAL_WORDS[language];
  const frame = REFUSAL_FRAMES[language];
  return [
    ...Object.values(RIGHT_WORDS_BY_LANGUAGE[language]),
    ...Object.values(EXEMPTION_WORDS[language]),
    RIGHT_PHRASE[language]('W'),
    denial.supervisory('A'),
    denial.also('A'),
    denial.regulator('A'),
    denial.appealRoute('A', 'U'),
    denial.complainTo('A', 'U'),
    frame.system('S'),
    frame.category('L', 'C'),
    frame.sentence('w', 'C'),
    ...Object.values(REGIME_NAMES[language]),
  ];
}

const received = (jurisdiction: string) => ({
  jurisdiction,
  policyVersion: '2026.1',
  receivedAt: new Date('2026-08-03T10:00:00Z'),
});

describe('the legal wording in the subject’s language', () => {
  it.each(LEGAL_LANGUAGES)('%s says every right and exemption, none empty', (language) => {
    for (const type of RIGHT_TYPES)
      expect([type, RIGHT_WORDS_BY_LANGUAGE[language][type].trim().length > 10]).toEqual([
        type,
        true,
      ]);
    for (const code of EXEMPTION_CODES)
      expect([code, EXEMPTION_WORDS[language][code].trim().length > 10]).toEqual([code, true]);
    for (const text of everyText(language)) expect(text.trim()).not.toBe('');
  });

  it.each(OTHERS)('%s says its own words, not the English ones', (language) => {
    for (const type of RIGHT_TYPES)
      expect(RIGHT_WORDS_BY_LANGUAGE[language][type]).not.toBe(RIGHT_WORDS_BY_LANGUAGE.en[type]);
    for (const code of EXEMPTION_CODES)
      expect(EXEMPTION_WORDS[language][code]).not.toBe(EXEMPTION_WORDS.en[code]);
    expect(DENIAL_WORDS[language].supervisory('A')).not.toBe(DENIAL_WORDS.en.supervisory('A'));
    expect(DENIAL_WORDS[language].appealRoute('A', 'U')).not.toBe(
      DENIAL_WORDS.en.appealRoute('A', 'U'),
    );
  });

  it('a German right is German, with the GDPR’s citation and authority unchanged', () => {
    const english = answerRights(received('gdpr'), 'UTC')!;
    const german = answerRights(received('gdpr'), 'UTC', 'de-DE')!;
    const erasure = german.rights.find((right) => right.type === 'erasure')!;
    expect(erasure.words).toBe('Ihre personenbezogenen Daten löschen zu lassen');
    expect(erasure.phrase).toBe('das Recht, Ihre personenbezogenen Daten löschen zu lassen');
    expect(german.rights.map((right) => right.type)).toEqual(english.rights.map((r) => r.type));
    expect(german.citation).toBe(english.citation);
    expect(german.complaint).toEqual(english.complaint);
    // The contract's default stays English.
    expect(english.rights.find((right) => right.type === 'erasure')!.phrase).toBe(
      'the right to have your personal data erased',
    );
  });

  it('answers in the nearest language we write in, English where none fits', () => {
    expect(legalLanguage('de-AT')).toBe('de');
    expect(legalLanguage('pt')).toBe('pt-BR');
    expect(legalLanguage('fr-CA')).toBe('fr');
    expect(legalLanguage('ja')).toBe('en');
    expect(legalLanguage(null)).toBe('en');
    const japanese = answerRights(received('gdpr'), 'UTC', 'ja')!;
    expect(japanese.rights[0]!.words).toBe(RIGHT_WORDS_BY_LANGUAGE.en[japanese.rights[0]!.type]);
  });

  it('words a German GDPR refusal in German, naming the controller’s lead authority', () => {
    const wording = denialWording(POLICY_PACKS.gdpr, 'Berliner Beauftragte für Datenschutz', 'de');
    expect(wording.complaint).toBe(
      'Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren: Berliner Beauftragte für Datenschutz. Sie können auch gerichtlich dagegen vorgehen.',
    );
    expect(wording.complaintTo).toEqual({
      kind: 'supervisory',
      authority: 'Berliner Beauftragte für Datenschutz',
    });
  });

  it('keeps each pack’s English appeal route word for word, and names its authority in every language', () => {
    for (const code of REGIME_CODES) {
      const pack = POLICY_PACKS[code];
      if (!pack.appeal.applies) {
        expect(appealRoute(pack, 'de')).toBeNull();
        continue;
      }
      expect(appealRoute(pack)).toBe(pack.appeal.complaintRoute);
      for (const language of OTHERS) {
        const route = appealRoute(pack, language)!;
        expect(route).toContain(pack.authority.name);
        expect(route).toContain(pack.authority.url);
        expect(appealUpheldRoute(pack, language)).toBe(route);
      }
    }
    const virginia = denialWording(POLICY_PACKS['us-va'], 'ignored', 'es');
    expect(virginia.appeal!.route).toBe(
      'Si se rechaza su recurso, puede presentar una reclamación ante esta autoridad: Office of the Attorney General of Virginia (https://www.oag.state.va.us/consumer-protection/)',
    );
    expect(appealUpheldRoute(POLICY_PACKS.ccpa, 'fr')).toContain(
      'California Privacy Protection Agency',
    );
  });

  it('names the GDPR “DSGVO” in German and “RGPD” in French; a law’s own name stays', () => {
    expect(regimeName(POLICY_PACKS.gdpr, 'de')).toBe('DSGVO');
    expect(regimeName(POLICY_PACKS.gdpr, 'fr')).toBe('RGPD');
    expect(regimeName(POLICY_PACKS.gdpr)).toBe('GDPR');
    expect(regimeName(POLICY_PACKS.lgpd, 'pt-BR')).toBe('LGPD');
    expect(regimeName(POLICY_PACKS['us-va'], 'de')).toBe('Virginia CDPA');
  });

  it('gives exemptions and refused parts in German with their citations as recorded', () => {
    const english = exemptionsUnder('gdpr');
    const german = exemptionsUnder('gdpr', 'de');
    expect(german.map((e) => [e.code, e.citation])).toEqual(
      english.map((e) => [e.code, e.citation]),
    );
    expect(exemptionUnder('legal_claims', 'gdpr', 'de')!.words).toBe(
      'wir sie zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen benötigen',
    );
    const refusal = {
      id: 'r1',
      exemptionCode: 'rights_of_others',
      citation: 'GDPR Art. 15(4) and Recital 63',
      text: 'Die Nachrichten nennen Dritte.',
    };
    const [system, category] = [
      { ...refusal, scope: 'system' as const, systemName: 'CRM', category: null },
      { ...refusal, scope: 'category' as const, systemName: null, category: 'user.contact' },
    ].map(refusalWordsIn('de'));
    expect(system).toEqual({
      part: 'die in CRM gespeicherten Daten',
      reason: EXEMPTION_WORDS.de.rights_of_others,
      citation: 'GDPR Art. 15(4) and Recital 63',
      text: 'Die Nachrichten nennen Dritte.',
      systemName: 'CRM',
    });
    expect(category!.part).toBe('Daten der Kategorie „Kontaktdaten“ (user.contact)');
  });
});
