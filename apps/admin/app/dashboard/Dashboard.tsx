import {
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  Link as MuiLink,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { downloadCSV, Title, useAuthState, useDataProvider } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { requestsWithFilter as listLink, useAdminPath } from '../common/admin-link.js';
import { TYPE_CHOICES } from '../common/choices.js';
import { toCsv } from '../common/csv.js';
import { STATUS_LABELS } from '../common/status-labels.js';
import type { Stats, StaffDataProvider } from '../providers/data-provider.js';
import {
  dashboardCsvRows,
  defaultPeriod,
  monthFilters,
  type Period,
  periodFilters,
  percent,
} from './report.js';

const TYPE_LABELS: Record<string, string> = Object.fromEntries(
  TYPE_CHOICES.map(({ id, name }) => [id, name]),
);
const JURISDICTION_LABELS: Record<string, string> = { gdpr: 'GDPR', ccpa: 'CCPA/CPRA' };

function Figure({
  label,
  value,
  to,
  alarm,
}: {
  label: string;
  value: string | number;
  to?: string;
  alarm?: boolean;
}) {
  const adminPath = useAdminPath();
  const content = (
    <CardContent>
      <Typography variant="body2" component="p">
        {label}
      </Typography>
      <Typography
        variant="h4"
        component="p"
        sx={{ color: alarm ? '#b3261e' : 'inherit', fontWeight: alarm ? 700 : 400 }}
      >
        {value}
      </Typography>
    </CardContent>
  );
  return (
    <Card variant="outlined" sx={{ minWidth: 160, flex: '1 1 160px' }}>
      {to ? (
        <CardActionArea component={Link} to={adminPath(to)}>
          {content}
        </CardActionArea>
      ) : (
        content
      )}
    </Card>
  );
}

/** A count that opens the requests it counts. */
function CountLink({ value, to, label }: { value: number; to: string; label: string }) {
  const adminPath = useAdminPath();
  return (
    <MuiLink component={Link} to={adminPath(to)} aria-label={`${label}: ${value}`}>
      {value}
    </MuiLink>
  );
}

/** The chart's figures as a table, each count linking to its requests (and read by a screen reader). */
function MonthTable({ period, months }: { period: Period; months: Stats['period']['byMonth'] }) {
  return (
    <Table size="small" sx={{ maxWidth: 480, mt: 1 }} aria-label="Requests per month">
      <TableHead>
        <TableRow>
          <TableCell>Month</TableCell>
          <TableCell align="right">Received</TableCell>
          <TableCell align="right">Completed</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {months.map(({ month, received, completed }) => {
          const { after, before } = monthFilters(period, month);
          return (
            <TableRow key={month}>
              <TableCell>{month}</TableCell>
              <TableCell align="right">
                <CountLink
                  label={`Received in ${month}`}
                  value={received}
                  to={listLink({ receivedAfter: after, receivedBefore: before })}
                />
              </TableCell>
              <TableCell align="right">
                <CountLink
                  label={`Completed in ${month}`}
                  value={completed}
                  to={listLink({
                    status: 'completed',
                    completedAfter: after,
                    completedBefore: before,
                  })}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {title}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', my: 1 }}>{children}</Box>
    </>
  );
}

/**
 * The figures an officer starts the day with and a DPO reports to the board: now (open, overdue)
 * and for a picked period (on time, how long, per month); each links to the requests behind it.
 */
export function Dashboard() {
  const provider = useDataProvider<StaffDataProvider>();
  const [period, setPeriod] = useState(defaultPeriod);
  // Redirects to the login page when signed out; the figures are asked for only once signed in.
  const { authenticated } = useAuthState({}, true);
  const valid = Boolean(period.from && period.to && period.from <= period.to);
  const { data: stats, error } = useQuery({
    queryKey: ['stats', period.from, period.to],
    queryFn: () => provider.getStats(period),
    enabled: authenticated === true && valid,
    refetchInterval: 60_000,
    retry: false,
  });
  const inPeriod = periodFilters(period);
  // The requests behind the on-time rate, the median and the 90th percentile.
  const completedInPeriod = listLink({
    status: 'completed',
    completedAfter: inPeriod.after,
    completedBefore: inPeriod.before,
  });
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Dashboard" />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        Privacy requests
      </Typography>
      {error ? (
        <Typography color="error">The figures could not be loaded: {error.message}</Typography>
      ) : null}
      {stats ? (
        <>
          <Section title="Now">
            <Figure
              label="Overdue"
              value={stats.overdue}
              to={listLink({ overdue: true })}
              alarm={stats.overdue > 0}
            />
            <Figure
              label="Due within 7 days"
              value={stats.dueThisWeek}
              to={listLink({ dueWithinDays: 7 })}
            />
          </Section>
          <Section title="Open requests by status">
            {Object.entries(stats.openByStatus).map(([status, count]) => (
              <Figure
                key={status}
                label={STATUS_LABELS[status] ?? status}
                value={count}
                to={listLink({ status })}
                alarm={status === 'action_required' && count > 0}
              />
            ))}
          </Section>
          <Section title="Open requests by type and regime">
            {Object.entries(stats.openByType).map(([type, count]) => (
              <Figure
                key={type}
                label={TYPE_LABELS[type] ?? type}
                value={count}
                to={listLink({ scope: 'open', type })}
              />
            ))}
            {Object.entries(stats.openByJurisdiction).map(([jurisdiction, count]) => (
              <Figure
                key={jurisdiction}
                label={JURISDICTION_LABELS[jurisdiction] ?? jurisdiction}
                value={count}
                to={listLink({ scope: 'open', jurisdiction })}
              />
            ))}
          </Section>
        </>
      ) : null}

      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
        Report for a period
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ my: 1, flexWrap: 'wrap' }}>
        <TextField
          type="date"
          label="From"
          sx={{ width: 200 }}
          value={period.from}
          onChange={(event) => setPeriod({ ...period, from: event.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          error={!valid}
          helperText={valid ? ' ' : 'From must be a day on or before To'}
        />
        <TextField
          type="date"
          label="To"
          sx={{ width: 200 }}
          value={period.to}
          onChange={(event) => setPeriod({ ...period, to: event.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          helperText=" "
        />
        <Button
          variant="outlined"
          disabled={!stats}
          onClick={() =>
            stats &&
            downloadCSV(
              toCsv(dashboardCsvRows(stats)),
              `dsar-report-${stats.period.from}-${stats.period.to}`,
            )
          }
          sx={{ alignSelf: 'flex-start', mt: 1 }}
        >
          Export the report (CSV)
        </Button>
      </Stack>
      {stats ? (
        <>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', my: 1 }}>
            <Figure
              label="Received"
              value={stats.period.received}
              to={listLink({ receivedAfter: inPeriod.after, receivedBefore: inPeriod.before })}
            />
            <Figure label="Completed" value={stats.period.completed} to={completedInPeriod} />
            <Figure
              label="Answered on time"
              value={percent(stats.period.onTimeRate)}
              to={completedInPeriod}
              alarm={stats.period.late > 0}
            />
            <Figure
              label="Median days to complete"
              value={stats.period.medianDaysToComplete ?? '—'}
              to={completedInPeriod}
            />
            <Figure
              label="90% completed within (days)"
              value={stats.period.p90DaysToComplete ?? '—'}
              to={completedInPeriod}
            />
          </Box>
          <Typography variant="subtitle1" component="h3">
            Received and completed per month
          </Typography>
          <Box
            sx={{ height: 260, mt: 1 }}
            role="img"
            aria-label={`Requests per month: ${stats.period.byMonth.map((m) => `${m.month} received ${m.received}, completed ${m.completed}`).join('; ')}`}
          >
            <ResponsiveContainer>
              <BarChart data={stats.period.byMonth}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Bar dataKey="received" name="Received" fill="#0b57d0" isAnimationActive={false} />
                <Bar
                  dataKey="completed"
                  name="Completed"
                  fill="#1e6b2f"
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </Box>
          <MonthTable period={stats.period} months={stats.period.byMonth} />
        </>
      ) : null}
    </Box>
  );
}
