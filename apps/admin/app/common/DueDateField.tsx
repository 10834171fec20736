import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatDate } from './dates.js';
import { DUE_COLOURS, dueStatus } from './due-status.js';

interface DueRecord {
  effectiveDueAt?: string;
  /** The staff's internal target (working days before the deadline), when the API gives one. */
  targetAt?: string;
  dueAt: string;
  closedAt?: string | null;
}

/**
 * The deadline in force with days left, coloured and said in words (overdue in bold). Where the
 * staff's target is given, the colour and the days left follow the target, and both dates show.
 */
export function DueDateField(_props: { label?: string; sortBy?: string; sortable?: boolean }) {
  const record = useRecordContext<DueRecord & { id: string }>();
  if (!record) return null;
  const due = new Date(record.effectiveDueAt ?? record.dueAt);
  const target = record.targetAt ? new Date(record.targetAt) : null;
  const status = dueStatus(target ?? due, new Date(), Boolean(record.closedAt));
  return (
    <Box
      component="span"
      sx={{
        color: DUE_COLOURS[status.tone],
        fontWeight: status.tone === 'overdue' ? 700 : 500,
        // The date and the days left each stay whole; a narrow column puts them on two lines.
        '& > span': { whiteSpace: 'nowrap' },
      }}
      data-due-tone={status.tone}
    >
      {target && !record.closedAt
        ? `target ${formatDate(target)} · ${status.label} · legal ${formatDate(due)}`
        : `${formatDate(due)} · ${status.label}`}
    </Box>
  );
}
