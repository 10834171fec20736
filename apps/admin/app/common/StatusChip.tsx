import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';

export const STATUS_LABELS: Record<string, string> = {
  pending_verification: 'Pending verification',
  awaiting_approval: 'Awaiting approval',
  in_progress: 'In progress',
  action_required: 'Action required',
  completed: 'Completed',
  denied: 'Denied',
  cancelled: 'Cancelled',
  expired: 'Expired',
};

export const STATUS_CHOICES = Object.entries(STATUS_LABELS).map(([id, name]) => ({ id, name }));

const COLOURS: Record<string, 'default' | 'primary' | 'success' | 'warning' | 'error' | 'info'> = {
  awaiting_approval: 'primary',
  in_progress: 'info',
  action_required: 'error',
  completed: 'success',
};

/** A status as a chip whose text says the status (colour only supports it). */
export function StatusChip({ source = 'status' }: { source?: string; label?: string }) {
  const record = useRecordContext();
  const value = record?.[source] as string | undefined;
  if (!value) return null;
  return (
    <Chip
      size="small"
      label={STATUS_LABELS[value] ?? value.replace(/_/g, ' ')}
      color={COLOURS[value] ?? 'default'}
      variant={COLOURS[value] ? 'filled' : 'outlined'}
    />
  );
}
