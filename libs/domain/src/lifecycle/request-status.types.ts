/** What a subject may ask for; a regime's pack says which of them it grants. */
export const REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'portability',
  'restriction',
  'objection',
  'opt_out',
  'limit_sensitive',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_STATUSES = [
  'pending_verification',
  'awaiting_approval',
  'in_progress',
  'action_required',
  'awaiting_subject',
  'appealed',
  'completed',
  'denied',
  'cancelled',
  'expired',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Statuses in which work (and the legal clock) is still running. */
export const OPEN_STATUSES = [
  'pending_verification',
  'awaiting_approval',
  'in_progress',
  'action_required',
  'awaiting_subject',
] as const satisfies readonly RequestStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

/**
 * A decided request the subject appealed: neither open (its legal clock has ended; the appeal has
 * its own decision date) nor final (the decision may be overturned).
 */
export const APPEAL_STATUSES = ['appealed'] as const satisfies readonly RequestStatus[];

/** Final statuses: the subject has been told; nothing changes any more. */
export const TERMINAL_STATUSES = [
  'completed',
  'denied',
  'cancelled',
  'expired',
] as const satisfies readonly RequestStatus[];
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

export function isRequestType(value: unknown): value is RequestType {
  return typeof value === 'string' && (REQUEST_TYPES as readonly string[]).includes(value);
}

export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);
}

export function isOpen(status: RequestStatus): status is OpenStatus {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

export function isTerminal(status: RequestStatus): status is TerminalStatus {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

/** Why a request may be denied; the subject's mail explains the code. */
export const DENIAL_REASONS = [
  'identity_not_verified',
  'manifestly_unfounded',
  'excessive_repetitive',
  'exemption_applies',
  'outside_jurisdiction',
  'other',
] as const;
export type DenialReason = (typeof DENIAL_REASONS)[number];

export function isDenialReason(value: unknown): value is DenialReason {
  return typeof value === 'string' && (DENIAL_REASONS as readonly string[]).includes(value);
}
