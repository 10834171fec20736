import type { RequestType } from '../lifecycle/request-status.types.js';

/**
 * The registry writes legal bases and purposes as words ("Contract (GDPR Art. 6(1)(b))") or as
 * codes (`contract`). These are the kinds the rights depend on, each recognised by its code, its
 * name or its GDPR point.
 */
export const LEGAL_BASIS_KINDS = {
  consent: { words: /^consent\b/i, point: /\b6\(1\)\(a\)|\b9\(2\)\(a\)/ },
  contract: { words: /^contract\b/i, point: /\b6\(1\)\(b\)/ },
  legitimate_interests: { words: /^legitimate[ _]interests?\b/i, point: /\b6\(1\)\(f\)/ },
} as const;
export type LegalBasisKind = keyof typeof LEGAL_BASIS_KINDS;

export function hasLegalBasis(bases: readonly string[], kind: LegalBasisKind): boolean {
  const { words, point } = LEGAL_BASIS_KINDS[kind];
  return bases.some((basis) => words.test(basis.trim()) || point.test(basis));
}

/** Direct marketing, by its code or in the purpose's words (Art. 21(2)). */
export function servesMarketing(purposes: readonly string[]): boolean {
  return purposes.some((purpose) => /marketing/i.test(purpose));
}

/** Why a subject objects (GDPR Art. 21): to direct marketing, or to legitimate interests. */
export const OBJECTION_GROUNDS = ['direct_marketing', 'legitimate_interests'] as const;
export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number];

export interface ScopedSystem {
  purposes: readonly string[];
  legalBases: readonly string[];
}

export interface ScopedRequest {
  objectionGround: ObjectionGround | null;
}

/** Which registered systems a request of each type reaches, and where that is written. */
export interface SystemScope {
  takesPart(system: ScopedSystem, request: ScopedRequest): boolean;
  /** Whether each system's task waits for an officer to weigh it before it runs. */
  weighedByOfficer(request: ScopedRequest): boolean;
  citation: string;
}

/** What a task waiting for the officer's weighing says (and how it is known again). */
export const OFFICER_WEIGHS_OBJECTION =
  'An officer weighs the objection: uphold it, or record compelling legitimate grounds (GDPR Art. 21(1))';

const EVERY_SYSTEM: SystemScope = {
  takesPart: () => true,
  weighedByOfficer: () => false,
  citation: 'every system holding data',
};

export const SYSTEM_SCOPES: Record<RequestType, SystemScope> = {
  access: EVERY_SYSTEM,
  rectification: EVERY_SYSTEM,
  erasure: EVERY_SYSTEM,
  // Only processing based on consent or on a contract is portable.
  portability: {
    takesPart: (system) =>
      hasLegalBasis(system.legalBases, 'consent') || hasLegalBasis(system.legalBases, 'contract'),
    weighedByOfficer: () => false,
    citation: 'GDPR Art. 20(1)(a)',
  },
  restriction: EVERY_SYSTEM,
  // Marketing stops at once wherever it happens (Art. 21(2)-(3)); an objection to legitimate
  // interests reaches the systems that rely on them (Art. 21(1)), where an officer weighs it.
  objection: {
    takesPart: (system, request) =>
      request.objectionGround === 'direct_marketing'
        ? servesMarketing(system.purposes)
        : hasLegalBasis(system.legalBases, 'legitimate_interests'),
    // Marketing has no balance to strike (Art. 21(3)); legitimate interests have (Art. 21(1)).
    weighedByOfficer: (request) => request.objectionGround === 'legitimate_interests',
    citation: 'GDPR Art. 21(1)-(3)',
  },
  opt_out: EVERY_SYSTEM,
  limit_sensitive: EVERY_SYSTEM,
};

export function isObjectionGround(value: unknown): value is ObjectionGround {
  return typeof value === 'string' && (OBJECTION_GROUNDS as readonly string[]).includes(value);
}
