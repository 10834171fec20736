/** Each request status in words; the chip, the filters and the evidence read this one table. */
export const STATUS_LABELS: Record<string, string> = {
  pending_verification: 'Pending verification',
  awaiting_approval: 'Awaiting approval',
  in_progress: 'In progress',
  action_required: 'Action required',
  awaiting_subject: 'Awaiting the subject',
  appealed: 'Appealed',
  completed: 'Completed',
  denied: 'Denied',
  cancelled: 'Cancelled',
  expired: 'Expired',
};
