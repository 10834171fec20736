import { legalLanguage } from '../languages/legal-language.js';
import { DEFAULT_LANGUAGE } from '../languages/request-language.js';
import { DENIAL_WORDS } from './denial-words.js';
import type { PolicyPack } from './policy-pack.types.js';

/** What a refusal must tell the subject under its regime, in words for the mail. */
export interface DenialWording {
  /** Where to complain (and, in the GDPR family, the judicial remedy). */
  readonly complaint: string;
  /**
   * The same, as data a mail says in the reader's language: a supervisory authority (with the
   * judicial remedy), a regulator to contact as well as the appeal, or a regulator to complain to.
   */
  readonly complaintTo: {
    readonly kind: 'supervisory' | 'also' | 'regulator';
    readonly authority: string;
  };
  /** Set where the regime grants an appeal: how to ask, and where to go if it fails. */
  readonly appeal: { readonly route: string } | null;
}

/**
 * The refusal's words from the pack, in the request's language (BCP 47; the nearest we write in,
 * else English): the GDPR family names the supervisory authority and the judicial remedy (GDPR
 * Art. 12(4); the lead authority is the controller's setting under the EU GDPR), regimes with an
 * appeal name it and the regulator behind it (Va. Code § 59.1-577(C) and the other state laws),
 * the others name their regulator.
 */
export function denialWording(
  pack: PolicyPack,
  leadSupervisoryAuthority: string,
  language: string = DEFAULT_LANGUAGE,
): DenialWording {
  const words = DENIAL_WORDS[legalLanguage(language)];
  const authority = `${pack.authority.name} (${pack.authority.url})`;
  if (pack.code === 'gdpr' || pack.code === 'uk-gdpr') {
    const where = pack.code === 'gdpr' ? leadSupervisoryAuthority : authority;
    return {
      complaint: words.supervisory(where),
      complaintTo: { kind: 'supervisory', authority: where },
      appeal: null,
    };
  }
  const route = appealRoute(pack, language);
  if (route !== null) {
    return {
      complaint: words.also(authority),
      complaintTo: { kind: 'also', authority },
      appeal: { route },
    };
  }
  return {
    complaint: words.regulator(authority),
    complaintTo: { kind: 'regulator', authority },
    appeal: null,
  };
}

/**
 * Where to complain once an appeal is denied, in the request's language; null where the regime
 * grants no appeal. The English words are the pack's own `complaintRoute` (the spec checks it).
 */
export function appealRoute(pack: PolicyPack, language: string = DEFAULT_LANGUAGE): string | null {
  if (!pack.appeal.applies) return null;
  return DENIAL_WORDS[legalLanguage(language)].appealRoute(pack.authority.name, pack.authority.url);
}

/**
 * What an upheld appeal tells the subject about complaining: the appeal route, or (a regime
 * without one, should an appeal exist there) the regulator.
 */
export function appealUpheldRoute(pack: PolicyPack, language: string = DEFAULT_LANGUAGE): string {
  return (
    appealRoute(pack, language) ??
    DENIAL_WORDS[legalLanguage(language)].complainTo(pack.authority.name, pack.authority.url)
  );
}
