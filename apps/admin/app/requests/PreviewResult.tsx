import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetList } from 'react-admin';
import { formatDate } from '../common/dates.js';
import { kindLabel } from '../systems/kinds.js';
import { describeTable, type PreviewTable, unpreviewedReason } from './preview-words.js';

export interface SystemPreview {
  systemId: string;
  systemName: string;
  supported: boolean;
  tables: PreviewTable[];
  note?: string;
  retained?: { what: string; basis: string; until: string | null }[];
}

export interface RequestPreview {
  action: string;
  systems: SystemPreview[];
}

/** One system: a table of what happens to each of its tables, and what is kept and why. */
function SystemPart({
  system,
  kind,
  action,
}: {
  system: SystemPreview;
  kind?: string;
  action: RequestPreview['action'];
}) {
  const headingId = `preview-${system.systemId}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 2 }}>
      <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {system.systemName}
        {kind ? (
          <Typography component="span" variant="body2" sx={{ ml: 1, color: 'text.secondary' }}>
            ({kindLabel(kind)})
          </Typography>
        ) : null}
      </Typography>
      {!system.supported || system.tables.length === 0 ? (
        <Typography variant="body2">
          {unpreviewedReason(action, kind, system.note, system.supported)}
        </Typography>
      ) : (
        <Table size="small" aria-label={`What happens in ${system.systemName}`}>
          <TableHead>
            <TableRow>
              <TableCell>Table</TableCell>
              <TableCell align="right">Rows found</TableCell>
              <TableCell>What happens</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {system.tables.map((table) => (
              <TableRow key={table.table}>
                <TableCell>{table.table}</TableCell>
                <TableCell align="right">{table.rows}</TableCell>
                <TableCell>{describeTable(table)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {system.retained?.length ? (
        <Box sx={{ mt: 1 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            Kept, and why
          </Typography>
          <Box component="ul" sx={{ my: 0, pl: 3 }}>
            {system.retained.map((item) => (
              <li key={item.what}>
                <Typography variant="body2">
                  {item.what}: {item.basis}
                  {item.until ? `, until ${formatDate(item.until)}` : ''}
                </Typography>
              </li>
            ))}
          </Box>
        </Box>
      ) : null}
    </Box>
  );
}

/** What approving would do, system by system, in words (never ids, flags or raw JSON). */
export function PreviewResult({ result }: { result: RequestPreview }) {
  const { data: systems } = useGetList('systems', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
  });
  const kindOf = (id: string) => systems?.find((system) => system.id === id)?.kind as string;
  if (result.systems.length === 0) {
    return <Typography>No registered system takes part in this kind of request.</Typography>;
  }
  return (
    <>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {result.action === 'access'
          ? 'An access request changes nothing: each system below is asked for a copy of what it holds, which goes into the subject’s package.'
          : `Counted on the live data and rolled back: nothing has changed yet. ${result.systems.length} system${result.systems.length === 1 ? '' : 's'} would be asked.`}
      </Typography>
      {result.systems.map((system) => (
        <SystemPart
          key={system.systemId}
          system={system}
          kind={kindOf(system.systemId)}
          action={result.action}
        />
      ))}
    </>
  );
}
