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
      complaintTo: { kind: 'supervisory', authority: where },
      appeal: null,
    };
  }
  if (pack.appeal.applies) {
    return {
      complaint: `You may also contact the ${authority}.`,
      complaintTo: { kind: 'also', authority },
      appeal: { route: pack.appeal.complaintRoute },
    };
  }
  return {
    complaint: `You may complain to the ${authority}.`,
    complaintTo: { kind: 'regulator', authority },
    appeal: null,
  };
}
