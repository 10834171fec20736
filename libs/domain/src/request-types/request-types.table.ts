import type { RequestType } from '../lifecycle/request-status.types.js';

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
}

/** A table over some set of types: a missing entry does not compile. */
export type RequestTypeTable<Types extends string = RequestType> = {
  [T in Types]: RequestTypeRule<T>;
};

export const REQUEST_TYPE_RULES: RequestTypeTable = {
  access: {
    label: 'access to your personal data',
    fansOut: true,
    connectorAction: 'access',
    completionMail: 'completion_access',
    notifiesRecipients: false,
    carriesCorrections: false,
    returnsData: true,
  },
  rectification: {
    label: 'correction of your personal data',
    fansOut: true,
    connectorAction: 'rectification',
    completionMail: 'completion_rectification',
    notifiesRecipients: true,
    carriesCorrections: true,
    returnsData: false,
  },
  erasure: {
    label: 'erasure of your personal data',
    fansOut: true,
    connectorAction: 'erasure',
    completionMail: 'completion_erasure',
    notifiesRecipients: true,
    carriesCorrections: false,
    returnsData: false,
  },
};

export function requestTypeRule<T extends RequestType>(type: T): RequestTypeRule<T> {
  return REQUEST_TYPE_RULES[type] as RequestTypeRule<T>;
}

/** The types whose finished requests tell the recipients (the notices' SQL reads this list). */
export const NOTIFYING_TYPES: readonly RequestType[] = (
  Object.keys(REQUEST_TYPE_RULES) as RequestType[]
).filter((type) => REQUEST_TYPE_RULES[type].notifiesRecipients);

export type CompletionMailName = RequestTypeRule['completionMail'];
