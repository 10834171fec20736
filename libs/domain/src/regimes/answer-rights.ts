import { legalLanguage } from '../languages/legal-language.js';
import { DEFAULT_LANGUAGE } from '../languages/request-language.js';
import { type PinnedRequest, pinnedPack } from './pack-history.js';
import { REGIME_CODES, type RegimeCode, type RightType } from './policy-pack.types.js';
import { RIGHT_PHRASE, RIGHT_WORDS_BY_LANGUAGE } from './right-words.js';

/** Each right in plain words, in English (the contract's default; other languages: `answerRights`). */
export const RIGHT_WORDS: Record<RightType, string> = RIGHT_WORDS_BY_LANGUAGE.en;

export interface AnswerRights {
  /** `words` as in `RIGHT_WORDS`; `phrase` the same as "the right to …" in the answer's language. */
  rights: { type: RightType; words: string; phrase: string }[];
  /** Where the rights come from (the pack's citation; citations are never translated). */
  citation: string;
  /** The authority's name is a proper name and stays as the pack writes it. */
  complaint: { name: string; url: string; citation: string };
}

const isRegimeCode = (code: string): code is RegimeCode =>
  (REGIME_CODES as readonly string[]).includes(code);

/**
 * The rights and the complaint route an answer must name (GDPR Art. 15(1)(e) and (f); the other
 * regimes' equivalents in their packs), for the regime and version the request was received
 * under, in the request's language (BCP 47; the nearest we write in, else English). An unknown
 * code has no answer here: the caller must not guess one.
 */
export function answerRights(
  request: PinnedRequest,
  zone: string,
  language: string = DEFAULT_LANGUAGE,
): AnswerRights | null {
  if (!isRegimeCode(request.jurisdiction)) return null;
  const pack = pinnedPack(request, zone);
  const chosen = legalLanguage(language);
  return {
    rights: pack.rights.granted.map((type) => {
      const words = RIGHT_WORDS_BY_LANGUAGE[chosen][type];
      return { type, words, phrase: RIGHT_PHRASE[chosen](words) };
    }),
    citation: pack.rights.citation,
    complaint: {
      name: pack.authority.name,
      url: pack.authority.url,
      citation: pack.authority.citation,
    },
  };
}
