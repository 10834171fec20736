import { categoryLabel } from '../categories/data-categories.js';
import { legalLanguage } from '../languages/legal-language.js';
import { DEFAULT_LANGUAGE } from '../languages/request-language.js';
import { REGIME_CODES, type RegimeCode } from '../regimes/policy-pack.types.js';
import { EXEMPTION_WORDS, REFUSAL_FRAMES } from './exemption-words.js';

/**
 * Why part of a request (or, once it was approved, all of it) may be refused. The words are what
 * the subject reads; the citation is per regime, because each law words its exemptions in its own
 * place. A code a regime has no citation for is not offered under it (`exemptionsUnder`).
 */
export const EXEMPTION_CODES = [
  'rights_of_others',
  'legal_claims',
  'legal_obligation',
  'crime_prevention',
  'legal_privilege',
  'national_restriction',
  'compelling_legitimate_grounds',
] as const;
export type ExemptionCode = (typeof EXEMPTION_CODES)[number];

export interface Exemption {
  /** In plain words for the subject, in English ("giving it would reveal …"; `EXEMPTION_WORDS`). */
  words: string;
  /** The text must name the law relied on (a Member State's restriction under Art. 23, say). */
  lawNamedInText: boolean;
  /** Where the exemption is written, per regime; a regime absent here does not offer it. */
  citations: Partial<Record<RegimeCode, string>>;
}

/** Every regime: the officer's text names the law, so the citation is that text's. */
const NAMED_LAW: Record<RegimeCode, string> = Object.fromEntries(
  REGIME_CODES.map((code) => [code, 'the restriction in the law named below']),
) as Record<RegimeCode, string>;

export const EXEMPTIONS = {
  rights_of_others: {
    words: EXEMPTION_WORDS.en.rights_of_others,
    lawNamedInText: false,
    citations: {
      gdpr: 'GDPR Art. 15(4) and Recital 63',
      'uk-gdpr': 'UK GDPR Art. 15(4); DPA 2018 Sch. 2 Part 3 para. 16',
      // Our reading of the lettering after the CPRA amendments: the "rights and freedoms of
      // other natural persons" clause.
      ccpa: 'Cal. Civ. Code §1798.145(k)',
    },
  },
  legal_claims: {
    words: EXEMPTION_WORDS.en.legal_claims,
    lawNamedInText: false,
    citations: {
      gdpr: 'GDPR Art. 17(3)(e), 18(2), 21(1) and 23(1)(j)',
      'uk-gdpr': 'UK GDPR Art. 17(3)(e); DPA 2018 Sch. 2 Part 1 para. 5(3)',
      ccpa: 'Cal. Civ. Code §1798.145(a)(1)(E)',
    },
  },
  legal_obligation: {
    words: EXEMPTION_WORDS.en.legal_obligation,
    lawNamedInText: false,
    citations: {
      gdpr: 'GDPR Art. 17(3)(b) and 23(1)(e)',
      'uk-gdpr': 'UK GDPR Art. 17(3)(b); DPA 2018 Sch. 2 Part 1 para. 5(1)',
      ccpa: 'Cal. Civ. Code §1798.145(a)(1)(A)',
    },
  },
  crime_prevention: {
    words: EXEMPTION_WORDS.en.crime_prevention,
    lawNamedInText: false,
    citations: {
      gdpr: 'GDPR Art. 23(1)(d), as the Member State law provides',
      'uk-gdpr': 'DPA 2018 Sch. 2 Part 1 para. 2',
      ccpa: 'Cal. Civ. Code §1798.145(a)(1)(B)-(D)',
    },
  },
  legal_privilege: {
    words: EXEMPTION_WORDS.en.legal_privilege,
    lawNamedInText: false,
    citations: {
      gdpr: 'GDPR Art. 23(1)(i), as the Member State law on professional secrecy provides',
      'uk-gdpr': 'DPA 2018 Sch. 2 Part 4 para. 19',
      ccpa: 'Cal. Civ. Code §1798.145(b)',
    },
  },
  national_restriction: {
    words: EXEMPTION_WORDS.en.national_restriction,
    lawNamedInText: true,
    citations: { ...NAMED_LAW, gdpr: 'GDPR Art. 23(1), by the Member State law named below' },
  },
  // An objection to processing on legitimate interests gives way to these (Art. 21(1)).
  compelling_legitimate_grounds: {
    words: EXEMPTION_WORDS.en.compelling_legitimate_grounds,
    lawNamedInText: false,
    citations: { gdpr: 'GDPR Art. 21(1)', 'uk-gdpr': 'UK GDPR Art. 21(1)' },
  },
} as const satisfies Record<ExemptionCode, Exemption>;

export function isExemptionCode(value: unknown): value is ExemptionCode {
  return typeof value === 'string' && (EXEMPTION_CODES as readonly string[]).includes(value);
}

export interface ExemptionUnder {
  code: ExemptionCode;
  words: string;
  citation: string;
  lawNamedInText: boolean;
}

/**
 * The exemptions a regime offers, each with its citation there (never translated) and its words
 * in `language` (BCP 47; the nearest we write in, else English).
 */
export function exemptionsUnder(
  regime: string,
  language: string = DEFAULT_LANGUAGE,
): ExemptionUnder[] {
  const words = EXEMPTION_WORDS[legalLanguage(language)];
  return EXEMPTION_CODES.flatMap((code) => {
    const exemption: Exemption = EXEMPTIONS[code];
    const citation = exemption.citations[regime as RegimeCode];
    return citation
      ? [{ code, words: words[code], citation, lawNamedInText: exemption.lawNamedInText }]
      : [];
  });
}

/** The exemption under a regime, or null when that regime does not offer it. */
export function exemptionUnder(
  code: ExemptionCode,
  regime: string,
  language: string = DEFAULT_LANGUAGE,
): ExemptionUnder | null {
  return exemptionsUnder(regime, language).find((exemption) => exemption.code === code) ?? null;
}

/** A whole-request denial's explanation of the exemption, in the exemption's language. */
export function exemptionSentence(
  exemption: Pick<ExemptionUnder, 'words' | 'citation'>,
  language: string = DEFAULT_LANGUAGE,
): string {
  return REFUSAL_FRAMES[legalLanguage(language)].sentence(exemption.words, exemption.citation);
}

/** A recorded refusal of part of a request, as stored. */
export interface RecordedRefusal {
  id: string;
  scope: 'system' | 'category';
  systemName: string | null;
  category: string | null;
  exemptionCode: string;
  citation: string;
  text: string;
}

/** A refused part as the subject reads it, in the answer mail and in the package. */
export interface RefusalWords {
  /** "the data held in Shop database", "data of the category user.financial". */
  part: string;
  /** The exemption in plain words. */
  reason: string;
  citation: string;
  /** The officer's own reasons. */
  text: string;
  /** The refused system, so an answer's list of systems does not name it a second time. */
  systemName: string | null;
}

/** A refused part in English (`refusalWordsIn` for the subject's language). */
export function refusalWords(refusal: RecordedRefusal): RefusalWords {
  return refusalWordsIn(DEFAULT_LANGUAGE)(refusal);
}

/**
 * Refused parts in `language` (BCP 47; the nearest we write in, else English). A function of the
 * language, not a second argument, so `refusals.map(refusalWordsIn(language))` reads as it does.
 * The citation and the officer's text stay as recorded.
 */
export function refusalWordsIn(language: string): (refusal: RecordedRefusal) => RefusalWords {
  const chosen = legalLanguage(language);
  const frame = REFUSAL_FRAMES[chosen];
  return (refusal) => {
    if (!isExemptionCode(refusal.exemptionCode)) {
      throw new Error(`refusal ${refusal.id} has the unknown exemption ${refusal.exemptionCode}`);
    }
    return {
      part:
        refusal.scope === 'system'
          ? frame.system(refusal.systemName ?? '')
          : frame.category(categoryLabel(refusal.category ?? '', chosen), refusal.category ?? ''),
      reason: EXEMPTION_WORDS[chosen][refusal.exemptionCode],
      citation: refusal.citation,
      text: refusal.text,
      systemName: refusal.scope === 'system' ? refusal.systemName : null,
    };
  };
}
