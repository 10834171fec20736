import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Title, useAuthState, useDataProvider } from 'react-admin';
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
import { STATUS_LABELS } from '../common/StatusChip.js';
import type { StaffDataProvider } from '../providers/data-provider.js';

const listLink = (filter: Record<string, unknown>) =>
  `/requests?filter=${encodeURIComponent(JSON.stringify(filter))}`;

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
    <Card variant="outlined" sx={{ minWidth: 180, flex: '1 1 180px' }}>
      {to ? (
        <CardActionArea component={Link} to={to}>
          {content}
        </CardActionArea>
      ) : (
        content
      )}
    </Card>
  );
}

/** The figures an officer starts the day with; each links to the requests behind it. */
export function Dashboard() {
  const provider = useDataProvider<StaffDataProvider>();
  // Redirects to the login page when signed out; the figures are asked for only once signed in.
  const { authenticated } = useAuthState({}, true);
  const { data: stats, error } = useQuery({
    queryKey: ['stats'],
    queryFn: () => provider.getStats(),
    enabled: authenticated === true,
    refetchInterval: 60_000,
    retry: false,
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
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 3 }}>
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
            <Figure
              label="Median days to complete (90 days)"
              value={stats.medianDaysToComplete ?? '—'}
            />
          </Box>
          <Typography variant="h6" component="h2">
            Open requests by status
          </Typography>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', my: 2 }}>
            {Object.entries(stats.openByStatus).map(([status, count]) => (
              <Figure
                key={status}
                label={STATUS_LABELS[status] ?? status}
                value={count}
                to={listLink({ status })}
                alarm={status === 'action_required' && count > 0}
              />
            ))}
          </Box>
          <Typography variant="h6" component="h2">
            Received and completed per week
          </Typography>
          <Box
            sx={{ height: 280, mt: 1 }}
            role="img"
            aria-label={`Requests per week: ${stats.weekly.map((w) => `${w.week} received ${w.received}, completed ${w.completed}`).join('; ')}`}
          >
            <ResponsiveContainer>
              <BarChart data={stats.weekly}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="week" />
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
        </>
      ) : null}
    </Box>
  );
}
