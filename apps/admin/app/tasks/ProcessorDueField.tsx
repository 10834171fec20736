import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatDate } from '../common/dates.js';
import { DUE_COLOURS, dueStatus } from '../common/due-status.js';

/**
 * The date a processor (webhook, e-mail) or the person doing a manual task should answer by:
 * `processorLeadDays` before the subject's date (Art. 28(3)(e), our reading). Our own systems
 * have none ("—"). A settled task shows the date without urgency; the inbox (`compact`) shows
 * the date alone, coloured, so the list still fits 1366 px.
 */
export function ProcessorDueField(props: {
  label?: string;
  sortable?: boolean;
  compact?: boolean;
}) {
  const task = useRecordContext<{ id: string; processorDueAt?: string | null; state: string }>();
  if (!task) return null;
  if (!task.processorDueAt) return <span>—</span>;
  const due = new Date(task.processorDueAt);
  const settled = !['queued', 'running', 'waiting'].includes(task.state);
  const status = dueStatus(due, new Date(), settled);
  return (
    <Box
      component="span"
      sx={{ color: DUE_COLOURS[status.tone], '& > span': { whiteSpace: 'nowrap' } }}
      data-due-tone={status.tone}
      title="Processors assist with requests (GDPR Art. 28(3)(e)); they answer this many days before the person's date so we can check and send on (Settings: processor lead time)"
    >
      <span>{formatDate(due)}</span>
      {settled || props.compact ? null : (
        <>
          {' '}
          · <span>{status.label}</span>
        </>
      )}
    </Box>
  );
}
