import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { STATUS_LABELS } from './status-labels.js';

export { STATUS_LABELS };

export const STATUS_CHOICES = Object.entries(STATUS_LABELS).map(([id, name]) => ({ id, name }));

const COLOURS: Record<string, 'default' | 'primary' | 'success' | 'warning' | 'error' | 'info'> = {
  awaiting_approval: 'primary',
  action_required: 'error',
  appealed: 'warning',
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
