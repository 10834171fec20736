import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext } from 'react-admin';
import { formatDate, formatDateTime } from '../common/dates.js';
import type { StaffDataProvider } from '../providers/data-provider.js';

const SEGMENT_WORDS: Record<string, string> = {
  received: 'Running from receipt',
  resumed: 'Running again',
  clarification: 'Waiting for the subject’s answer',
  identity: 'Waiting for identity',
  fee: 'Waiting for the fee',
};

/**
 * The legal clock in words (the due date with its citations), the segments it ran or stood
 * still, the questions asked of the subject and any appeal.
 */
export function RequestClockTab() {
  const record = useRecordContext<{ id: string; updatedAt?: string }>();
  const provider = useDataProvider<StaffDataProvider>();
  const id = record?.id ?? '';
  const key = [id, record?.updatedAt];
  const clock = useQuery({
    queryKey: ['request-clock', ...key],
    queryFn: () => provider.requestClock(id),
    enabled: Boolean(id),
  });
  const pauses = useQuery({
    queryKey: ['request-pauses', ...key],
    queryFn: () => provider.requestPauses(id),
    enabled: Boolean(id),
  });
  const appeals = useQuery({
    queryKey: ['request-appeals', ...key],
    queryFn: () => provider.requestAppeals(id),
    enabled: Boolean(id),
  });
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <section aria-labelledby="clock-heading">
        <Typography variant="h6" component="h2" id="clock-heading">
          The legal clock
        </Typography>
        <Typography>{clock.data?.summary ?? 'Loading…'}</Typography>
        <List dense aria-label="Clock segments">
          {(clock.data?.segments ?? []).map((segment) => (
            <ListItem key={segment.from}>
              <ListItemText
                primary={`${SEGMENT_WORDS[segment.reason] ?? segment.reason}${
                  segment.reason !== 'received' && segment.reason !== 'resumed'
                    ? segment.running
                      ? ' (the clock kept running under this regime)'
                      : ' (the clock stood still)'
                    : ''
                }`}
                secondary={`${formatDateTime(segment.from)} → ${segment.to ? formatDateTime(segment.to) : 'now'}`}
              />
            </ListItem>
          ))}
        </List>
        <List dense aria-label="Rules applied">
          {(clock.data?.trace ?? []).map((step, index) => (
            <ListItem key={`${step.rule}-${index}`}>
              <ListItemText primary={step.result} secondary={step.citation} />
            </ListItem>
          ))}
        </List>
      </section>
      <section aria-labelledby="questions-heading">
        <Typography variant="h6" component="h2" id="questions-heading">
          Questions to the subject
        </Typography>
        {pauses.data?.length ? (
          <List dense>
            {pauses.data.map((pause) => (
              <ListItem key={pause.id}>
                <ListItemText
                  primary={`Asked ${formatDateTime(pause.startedAt)}: ${pause.question}`}
                  secondary={
                    pause.endedAt
                      ? `Answered ${formatDateTime(pause.endedAt)}: ${pause.answer ?? '—'}`
                      : 'Not answered yet'
                  }
                />
              </ListItem>
            ))}
          </List>
        ) : (
          <Typography>No question asked.</Typography>
        )}
      </section>
      <section aria-labelledby="appeals-heading">
        <Typography variant="h6" component="h2" id="appeals-heading">
          Appeal
        </Typography>
        {appeals.data?.length ? (
          <List dense>
            {appeals.data.map((appeal) => (
              <ListItem key={appeal.id}>
                <ListItemText
                  primary={`Appealed ${formatDateTime(appeal.askedAt)}: ${appeal.text}`}
                  secondary={
                    appeal.outcome
                      ? `${appeal.outcome === 'upheld' ? 'Upheld' : 'Overturned'} ${formatDateTime(appeal.decidedAt)}: ${appeal.decisionText ?? ''}`
                      : `To decide by ${formatDate(appeal.decideBy)}`
                  }
                />
              </ListItem>
            ))}
          </List>
        ) : (
          <Typography>No appeal.</Typography>
        )}
      </section>
    </Box>
  );
}
