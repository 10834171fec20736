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
