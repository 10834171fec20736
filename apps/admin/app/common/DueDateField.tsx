import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatDate } from './dates.js';
import { DUE_COLOURS, dueStatus } from './due-status.js';

interface DueRecord {
  effectiveDueAt?: string;
  dueAt: string;
  closedAt?: string | null;
}

/** The deadline in force with days left, coloured and said in words (overdue in bold). */
export function DueDateField(_props: { label?: string; sortBy?: string; sortable?: boolean }) {
  const record = useRecordContext<DueRecord & { id: string }>();
  if (!record) return null;
  const due = new Date(record.effectiveDueAt ?? record.dueAt);
  const status = dueStatus(due, new Date(), Boolean(record.closedAt));
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
      <span>{formatDate(due)}</span> · <span>{status.label}</span>
    </Box>
  );
}
