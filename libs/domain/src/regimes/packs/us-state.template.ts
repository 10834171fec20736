import type { Cited, Period, PolicyPack, RegimeCode, RightType } from '../policy-pack.types.js';

/**
 * The comprehensive US state privacy laws share one shape (the Virginia model): 45 days, one
 * 45-day extension told within the first period, an appeal decided within a fixed period with
 * the Attorney General's complaint route. Each state's pack fills in its own sections and
 * figures; what differs is data, never a branch.
 */
export interface UsStateLaw {
  code: RegimeCode;
  name: string;
  law: string;
  /** The pack version; a state's first version is `2026.1` (when packs were introduced). */
  version?: string;
  effective: string;
  amendedBy?: Cited;
  region: string;
  /** The section granting the rights. */
  rightsSection: string;
  /** The section with the response period and its extension. */
  responseSection: string;
  granted: readonly RightType[];
  /** The rights rule's citation where it differs from `rightsSection` (an amended subsection). */
  rightsCitation?: string;
  /** What the rights section says beyond the request types (e.g. what access includes). */
  rightsNote?: string;
  answerDays?: number;
  extensionDays?: number;
  /** The appeal section and figures; null where the state grants none. */
  appeal: {
    section: string;
    decideDays: number;
    extensionDays: number | null;
    /** Set where the decision period is our reading. */
    reading?: true;
    note?: string;
  } | null;
  authority: { name: string; url: string; section: string };
  note?: string;
}

const days = (length: number): Period => ({ length, unit: 'days' });

/** The statutes say "a reasonable period of time" to appeal; sixty days is our reading. */
const ASK_WINDOW: Cited = {
  citation:
    'the appeal section: "a reasonable period of time after the consumer\'s receipt of the decision"',
  reading: true,
  note: 'No number in the statute; 60 days offered.',
};

export function usStatePack(state: UsStateLaw): PolicyPack {
  const answerDays = state.answerDays ?? 45;
  return {
    code: state.code,
    name: state.name,
    law: state.law,
    version: state.version ?? '2026.1',
    effective: state.effective,
    ...(state.amendedBy ? { amendedBy: state.amendedBy } : {}),
    covers: {
      countries: ['US'],
      regions: [state.region],
      citation: `${state.rightsSection} ("consumer": a resident of the state)`,
    },
    answer: {
      period: days(answerDays),
      citation: state.responseSection,
      counting: {
        citation: state.responseSection,
        note: `${answerDays} days of receipt of the request, calendar days.`,
      },
      rollsToWorkingDay: false,
    },
    extension: {
      applies: true,
      period: days(state.extensionDays ?? 45),
      times: 1,
      tellSubject: { within: 'answer_period', with: ['the extension', 'the reason for it'] },
      citation: state.responseSection,
    },
    receiptConfirmation: {
      applies: false,
      citation: `${state.responseSection} (no duty to confirm receipt)`,
    },
    pauses: {
      reasons: [],
      citation: state.responseSection,
      reading: true,
      note: 'A controller unable to authenticate may ask for more; the statute does not stop the period meanwhile.',
    },
    appeal: state.appeal
      ? {
          applies: true,
          askWithin: { length: 60, unit: 'days' },
          decideWithin: days(state.appeal.decideDays),
          extension: state.appeal.extensionDays === null ? null : days(state.appeal.extensionDays),
          complaintRoute: `If the appeal is denied, the consumer may contact the ${state.authority.name} to submit a complaint: ${state.authority.url}`,
          citation: `${state.appeal.section}; ask window: ${ASK_WINDOW.citation}`,
          // The ask window is always our reading; the decision period is where `reading` says so.
          reading: true,
          note: [
            ASK_WINDOW.note,
            state.appeal.reading ? 'The decision period is our reading too.' : null,
            state.appeal.note,
          ]
            .filter(Boolean)
            .join(' '),
        }
      : { applies: false, citation: `${state.law}: no appeal process` },
    rights: {
      granted: state.granted,
      citation: state.rightsCitation ?? state.rightsSection,
      ...(state.rightsNote ? { note: state.rightsNote } : {}),
    },
    verification: {
      required: state.granted.filter((right) => right !== 'opt_out'),
      citation: `${state.responseSection} (authenticated requests; opt-out without authentication)`,
      unverified: {
        period: { length: 15, unit: 'business_days' },
        citation: `${state.responseSection}; 15 business days after 11 CCR § 7026(f)`,
        reading: true,
        note: `The statute gives ${answerDays} days for every request; an opt-out is acted on within 15 business days, sooner than it asks (the California regulations' figure).`,
        rollsToWorkingDay: false,
      },
    },
    authority: {
      name: state.authority.name,
      url: state.authority.url,
      citation: state.authority.section,
    },
  };
}

export const USUAL_RIGHTS: readonly RightType[] = [
  'access',
  'rectification',
  'erasure',
  'portability',
  'opt_out',
];
