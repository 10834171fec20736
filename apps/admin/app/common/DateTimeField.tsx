import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatDate, formatDateTime } from './dates.js';

/**
 * A date in the browser's locale and the controller's time zone (named). `source` and `label` are
 * read by the Datagrid from the element's props.
 */
export function DateTimeField(props: {
  source: string;
  label?: string;
  dateOnly?: boolean;
  emptyText?: string;
  sortable?: boolean;
  sortBy?: string;
}) {
  const record = useRecordContext();
  const value = record?.[props.source] as string | null | undefined;
  if (!value) return <span>{props.emptyText ?? '—'}</span>;
  return (
    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
      {props.dateOnly ? formatDate(value) : formatDateTime(value)}
    </Box>
  );
}
