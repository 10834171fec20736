import type { PolicyPack } from './policy-pack.types.js';

/** What a refusal must tell the subject under its regime, in words for the mail. */
export interface DenialWording {
  /** Where to complain (and, in the GDPR family, the judicial remedy). */
  readonly complaint: string;
  /** Set where the regime grants an appeal: how to ask, and where to go if it fails. */
  readonly appeal: { readonly route: string } | null;
}

/**
 * The refusal's words from the pack: the GDPR family names the supervisory authority and the
 * judicial remedy (GDPR Art. 12(4); the lead authority is the controller's setting under the EU
 * GDPR), regimes with an appeal name it and the regulator behind it (Va. Code § 59.1-577(C) and
 * the other state laws), the others name their regulator.
 */
export function denialWording(pack: PolicyPack, leadSupervisoryAuthority: string): DenialWording {
  const authority = `${pack.authority.name} (${pack.authority.url})`;
  if (pack.code === 'gdpr' || pack.code === 'uk-gdpr') {
    const where = pack.code === 'gdpr' ? leadSupervisoryAuthority : authority;
    return {
      complaint: `You have the right to lodge a complaint with a supervisory authority: ${where}. You may also seek a judicial remedy.`,
      appeal: null,
    };
  }
  if (pack.appeal.applies) {
    return {
      complaint: `You may also contact the ${authority}.`,
      appeal: { route: pack.appeal.complaintRoute },
    };
  }
  return { complaint: `You may complain to the ${authority}.`, appeal: null };
}
