import { type PinnedRequest, pinnedPack } from './pack-history.js';
import { REGIME_CODES, type RegimeCode, type RightType } from './policy-pack.types.js';

/** Each right in plain words, as an answer tells the person (GDPR Art. 12(1): clear and plain). */
export const RIGHT_WORDS: Record<RightType, string> = {
  access: 'to get a copy of your personal data and to know how we use it',
  rectification: 'to have inaccurate data about you corrected, and incomplete data completed',
  erasure: 'to have your personal data erased',
  portability:
    'to receive the data you gave us in a machine-readable form, or to have it sent to another company',
  restriction: 'to have the use of your data restricted while a question about it is settled',
  objection: 'to object to our use of your data, and at any time to its use for direct marketing',
  opt_out: 'to opt out of the sale or sharing of your data and of targeted advertising',
  limit_sensitive: 'to limit the use of your sensitive personal data',
};

export interface AnswerRights {
  rights: { type: RightType; words: string }[];
  /** Where the rights come from (the pack's citation). */
  citation: string;
  complaint: { name: string; url: string; citation: string };
}

const isRegimeCode = (code: string): code is RegimeCode =>
  (REGIME_CODES as readonly string[]).includes(code);

/**
 * The rights and the complaint route an answer must name (GDPR Art. 15(1)(e) and (f); the other
 * regimes' equivalents in their packs), for the regime and version the request was received
 * under. An
 * unknown code has no answer here: the caller must not guess one.
 */
export function answerRights(request: PinnedRequest, zone: string): AnswerRights | null {
  if (!isRegimeCode(request.jurisdiction)) return null;
  const pack = pinnedPack(request, zone);
  return {
    rights: pack.rights.granted.map((type) => ({ type, words: RIGHT_WORDS[type] })),
    citation: pack.rights.citation,
    complaint: {
      name: pack.authority.name,
      url: pack.authority.url,
      citation: pack.authority.citation,
    },
  };
}
