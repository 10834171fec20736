import {
  Box,
  Card,
  CardContent,
  Chip,
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { Title, useDataProvider } from 'react-admin';
import { useAdminPath } from '../common/admin-link.js';
import { useJurisdictions } from '../common/jurisdictions.js';
import type { JurisdictionVersions, StaffDataProvider } from '../providers/data-provider.js';
import { pathWords, valueWords } from './law-words.js';

/** `/law`: every regime with the version of its pack in force today, each linked to its history. */
export function LawList() {
  // The most recently amended first (a higher version), then in the packs' order.
  const regimes = [...useJurisdictions()].sort((a, b) =>
    b.version.localeCompare(a.version, 'en', { numeric: true }),
  );
  const adminPath = useAdminPath();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Law versions" />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          A request keeps the pack version in force on the day it was received; a newer version
          applies only to requests received from its effective day.
        </Typography>
        <Table size="small" aria-label="Regimes and their pack versions">
          <TableHead>
            <TableRow>
              <TableCell>Regime</TableCell>
              <TableCell>Code</TableCell>
              <TableCell>Version in force</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {regimes.map((regime) => (
              <TableRow key={regime.code}>
                <TableCell>
                  <MuiLink component={Link} to={adminPath(`/law/${regime.code}`)}>
                    {regime.name}
                  </MuiLink>
                </TableCell>
                <TableCell>{regime.code}</TableCell>
                <TableCell>{regime.version}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

type Version = JurisdictionVersions['versions'][number];

/** What one version changed against the one before, rule by rule, with both citations. */
function VersionChanges({ version }: { version: Version }) {
  if (version.changes.length === 0) {
    return (
      <Typography variant="body2">The first version kept: nothing to compare it with.</Typography>
    );
  }
  return (
    <Table size="small" aria-label={`Changes in version ${version.version}`}>
      <TableHead>
        <TableRow>
          <TableCell>Rule</TableCell>
          <TableCell>Before</TableCell>
          <TableCell>From {version.effective}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {version.changes.flatMap((rule) =>
          rule.changes.map((change, index) => (
            <TableRow key={`${rule.rule}.${change.path}`}>
              <TableCell sx={{ verticalAlign: 'top' }}>
                {index === 0 ? <strong>{rule.words}</strong> : null}
                <Typography variant="body2" color="text.secondary">
                  {pathWords(change.path)}
                </Typography>
              </TableCell>
              <TableCell sx={{ verticalAlign: 'top', maxWidth: 420 }}>
                {valueWords(change.before)}
                {index === 0 && rule.citationBefore ? (
                  <Typography variant="caption" component="div" color="text.secondary">
                    {rule.citationBefore}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell sx={{ verticalAlign: 'top', maxWidth: 420 }}>
                {valueWords(change.after)}
                {index === 0 && rule.citationAfter ? (
                  <Typography variant="caption" component="div" color="text.secondary">
                    {rule.citationAfter}
                  </Typography>
                ) : null}
              </TableCell>
            </TableRow>
          )),
        )}
      </TableBody>
    </Table>
  );
}

/** `/law/:code`: a regime's pack versions, newest first, each with the act that made it. */
export function LawVersionsShow() {
  const { code = '' } = useParams();
  const provider = useDataProvider<StaffDataProvider>();
  const adminPath = useAdminPath();
  const listing = useQuery({
    queryKey: ['jurisdiction-versions', code],
    queryFn: () => provider.jurisdictionVersions(code),
    retry: false,
  });
  const title = listing.data ? `${listing.data.name}: law versions` : 'Law versions';
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title={title} />
      <MuiLink component={Link} to={adminPath('/law')}>
        All regimes
      </MuiLink>
      {listing.isError ? (
        <Typography role="alert">No regime “{code}”.</Typography>
      ) : !listing.data ? (
        <Typography>Loading…</Typography>
      ) : (
        listing.data.versions.map((version) => (
          <Card key={version.version} component="section" aria-label={`Version ${version.version}`}>
            <CardContent>
              <Typography variant="h6" component="h2">
                Version {version.version}, in force from {version.effective}{' '}
                {version.inForce ? <Chip size="small" color="success" label="in force" /> : null}
                {version.upcoming ? <Chip size="small" color="info" label="upcoming" /> : null}
              </Typography>
              {version.amendedBy ? (
                <Typography variant="body2" sx={{ mb: 1 }}>
                  Made by {version.amendedBy.citation}
                  {version.amendedBy.reading
                    ? ` (our reading: ${version.amendedBy.note ?? ''})`
                    : ''}
                </Typography>
              ) : null}
              <VersionChanges version={version} />
            </CardContent>
          </Card>
        ))
      )}
    </Box>
  );
}
