export const REQUEST_TYPES = ['access', 'rectification', 'erasure'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_STATUSES = [
  'pending_verification',
  'awaiting_approval',
  'in_progress',
  'action_required',
  'completed',
  'denied',
  'cancelled',
  'expired',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const TERMINAL_STATUSES = ['completed', 'denied', 'cancelled', 'expired'] as const;
export const OPEN_STATUSES = [
  'pending_verification',
  'awaiting_approval',
  'in_progress',
  'action_required',
] as const;

export function isTerminal(status: RequestStatus): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

export const DENIAL_REASONS = [
  'identity_not_verified',
  'manifestly_unfounded',
  'excessive_repetitive',
  'exemption_applies',
  'outside_jurisdiction',
  'other',
] as const;
export type DenialReason = (typeof DENIAL_REASONS)[number];
