import { dayIn, packHistory, versionInForceOn } from './pack-history.js';
import type { PolicyPack, RegimeCode } from './policy-pack.types.js';

/** The parts of a pack compared between versions (all but its identity and dating). */
type ComparedRule = Exclude<keyof PolicyPack, 'code' | 'version' | 'effective' | 'amendedBy'>;

/** Each compared rule in words; a new field on `PolicyPack` does not compile until it is named. */
export const PACK_RULE_WORDS: Readonly<Record<ComparedRule, string>> = {
  name: 'Name',
  law: 'Law',
  covers: 'Who it covers',
  answer: 'Answer period',
  extension: 'Extension',
  receiptConfirmation: 'Receipt confirmation',
  pauses: 'Waits that stop the clock',
  appeal: 'Appeal',
  rights: 'Rights granted',
  verification: 'Identity verification',
  authority: 'Regulator',
};
const COMPARED_RULES = Object.keys(PACK_RULE_WORDS) as ComparedRule[];

/** One value that differs inside a rule (`period.length`, `granted`, `note`, …). */
export interface FieldChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** A rule that differs between two versions, with the citation each gives it. */
export interface RuleChange {
  readonly rule: ComparedRule;
  readonly words: string;
  readonly citationBefore: string | null;
  readonly citationAfter: string | null;
  readonly changes: readonly FieldChange[];
}

/** Leaves of a rule by path; arrays are values (a list of rights changes as one list). */
function leaves(value: unknown, path: string, into: Map<string, unknown>): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      leaves(child, path ? `${path}.${key}` : key, into);
    }
  } else {
    into.set(path, value);
  }
  return into;
}

const citationOf = (rule: unknown): string | null =>
  rule !== null &&
  typeof rule === 'object' &&
  'citation' in rule &&
  typeof rule.citation === 'string'
    ? rule.citation
    : null;

/** The rules of `newer` that differ from `older`, field by field, in `PACK_RULE_WORDS` order. */
export function diffPacks(older: PolicyPack, newer: PolicyPack): RuleChange[] {
  return COMPARED_RULES.flatMap((rule) => {
    const before = leaves(older[rule], '', new Map());
    const after = leaves(newer[rule], '', new Map());
    const paths = [...new Set([...before.keys(), ...after.keys()])];
    const changes = paths
      .filter((path) => JSON.stringify(before.get(path)) !== JSON.stringify(after.get(path)))
      .map((path) => ({
        path: path || rule,
        before: before.get(path) ?? null,
        after: after.get(path) ?? null,
      }));
    return changes.length === 0
      ? []
      : [
          {
            rule,
            words: PACK_RULE_WORDS[rule],
            citationBefore: citationOf(older[rule]),
            citationAfter: citationOf(newer[rule]),
            changes,
          },
        ];
  });
}

/** One version as admins see it: when it took effect, what made it, and what it changed. */
export interface PackVersionListing {
  readonly version: string;
  readonly effective: string;
  readonly inForce: boolean;
  /** Taken effect, or still to come: requests received before `effective` keep the older one. */
  readonly upcoming: boolean;
  readonly amendedBy: PolicyPack['amendedBy'] | null;
  /** Against the version before it; empty for the first. */
  readonly changes: readonly RuleChange[];
}

/**
 * `GET /api/admin/jurisdictions/:code/versions`: every version of a regime, newest first, each
 * with its rule-by-rule changes against the previous one and the version in force `today`.
 */
export function packVersions(code: string, now: Date, zone: string) {
  const history = packHistory(code);
  const today = dayIn(now, zone);
  const inForce = versionInForceOn(history, today);
  const versions: PackVersionListing[] = history.map((pack, index) => {
    const previous = index > 0 ? history[index - 1] : undefined;
    return {
      version: pack.version,
      effective: pack.effective,
      inForce: pack === inForce,
      upcoming: pack.effective > today,
      amendedBy: pack.amendedBy ?? null,
      changes: previous ? diffPacks(previous, pack) : [],
    };
  });
  return {
    code: code as RegimeCode,
    name: inForce.name,
    inForce: inForce.version,
    versions: versions.reverse(),
  };
}
