import type { CountKey } from '../connectors/connector-result.js';
import { REQUEST_TYPES, type RequestType } from '../lifecycle/request-status.types.js';

/** Everything that differs by request type; one entry per type, checked by the compiler. */
export interface RequestTypeRule<T extends string = RequestType> {
  /** Words for the subject's mails: "your request for …". */
  label: string;
  /** Whether approval plans a task per connected system. */
  fansOut: boolean;
  /** What a connector is asked to do for this type. */
  connectorAction: T;
  /** The subject mail that tells the outcome (a name in `SUBJECT_MAILS`, `@dsar/requests`). */
  completionMail: `completion_${T}`;
  /** Whether the recipients a system names are told once the request is complete (Art. 19). */
  notifiesRecipients: boolean;
  /** Whether the subject must name the corrections (and the connectors receive them). */
  carriesCorrections: boolean;
  /** Whether a connector returns rows to put in a package. */
  returnsData: boolean;
  /** The count that says what a system did with the rows it found, when it says only "done". */
  doneCount: CountKey | null;
  /**
   * Whether the package also carries one file per system for another controller to import
   * (GDPR Art. 20(1)-(2); docs/portability-format.md).
   */
  portableExport: boolean;
}

/** A table over some set of types: a missing entry does not compile. */
export type RequestTypeTable<Types extends string = RequestType> = {
  [T in Types]: RequestTypeRule<T>;
};

export const REQUEST_TYPE_RULES = {
  access: {
    label: 'access to your personal data',
    fansOut: true,
    connectorAction: 'access',
    completionMail: 'completion_access',
    notifiesRecipients: false,
    carriesCorrections: false,
    returnsData: true,
    doneCount: null,
    portableExport: false,
  },
  rectification: {
    label: 'correction of your personal data',
    fansOut: true,
    connectorAction: 'rectification',
    completionMail: 'completion_rectification',
    notifiesRecipients: true,
    carriesCorrections: true,
    returnsData: false,
    doneCount: 'rectified',
    portableExport: false,
  },
  erasure: {
    label: 'erasure of your personal data',
    fansOut: true,
    connectorAction: 'erasure',
    completionMail: 'completion_erasure',
    notifiesRecipients: true,
    carriesCorrections: false,
    returnsData: false,
    doneCount: 'erased',
    portableExport: false,
  },
  // GDPR Art. 20: the access package, limited to data processed on consent or contract.
  portability: {
    label: 'a copy of your data in a machine-readable format',
    fansOut: true,
    connectorAction: 'portability',
    completionMail: 'completion_portability',
    notifiesRecipients: false,
    carriesCorrections: false,
    returnsData: true,
    doneCount: null,
    portableExport: true,
  },
  // GDPR Art. 18; Art. 19 asks the controller to tell each recipient of the data.
  restriction: {
    label: 'restriction of the processing of your personal data',
    fansOut: true,
    connectorAction: 'restriction',
    completionMail: 'completion_restriction',
    notifiesRecipients: true,
    carriesCorrections: false,
    returnsData: false,
    doneCount: null,
    portableExport: false,
  },
  // GDPR Art. 21: each system stops the processing objected to.
  objection: {
    label: 'your objection to the processing of your personal data',
    fansOut: true,
    connectorAction: 'objection',
    completionMail: 'completion_objection',
    notifiesRecipients: false,
    carriesCorrections: false,
    returnsData: false,
    doneCount: null,
    portableExport: false,
  },
  // Cal. Civ. Code § 1798.120, 11 CCR § 7026: every system that sells or shares is told.
  opt_out: {
    label: 'opting out of the sale or sharing of your personal information',
    fansOut: true,
    connectorAction: 'opt_out',
    completionMail: 'completion_opt_out',
    notifiesRecipients: false,
    carriesCorrections: false,
    returnsData: false,
    doneCount: null,
    portableExport: false,
  },
  // Cal. Civ. Code § 1798.121, 11 CCR § 7027: every system using sensitive data is told.
  limit_sensitive: {
    label: 'limiting the use of your sensitive personal information',
    fansOut: true,
    connectorAction: 'limit_sensitive',
    completionMail: 'completion_limit_sensitive',
    notifiesRecipients: false,
    carriesCorrections: false,
    returnsData: false,
    doneCount: null,
    portableExport: false,
  },
} as const satisfies RequestTypeTable;

export function requestTypeRule<T extends RequestType>(type: T): RequestTypeRule<T> {
  return REQUEST_TYPE_RULES[type] as RequestTypeRule as RequestTypeRule<T>;
}

/** The rule of a type read back from a row or a message; an unknown type is an error, never a default. */
export function ruleOf(type: string): RequestTypeRule {
  if (!(REQUEST_TYPES as readonly string[]).includes(type)) {
    throw new Error(`unknown request type ${type}`);
  }
  return REQUEST_TYPE_RULES[type as RequestType];
}

/** The types whose completed requests are told to the recipients of the data (Art. 19). */
export type NotifyingType = {
  [T in RequestType]: (typeof REQUEST_TYPE_RULES)[T]['notifiesRecipients'] extends true ? T : never;
}[RequestType];

export const NOTIFYING_TYPES: readonly NotifyingType[] = REQUEST_TYPES.filter(
  (type): type is NotifyingType => REQUEST_TYPE_RULES[type].notifiesRecipients,
);

export function isNotifyingType(type: string): type is NotifyingType {
  return (NOTIFYING_TYPES as readonly string[]).includes(type);
}

export type CompletionMailName = RequestTypeRule['completionMail'];
