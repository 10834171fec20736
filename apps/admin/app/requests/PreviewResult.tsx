import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';

type Row = Record<string, unknown>;

function rowsOf(result: unknown): Row[] | null {
  if (Array.isArray(result)) return result as Row[];
  if (result && typeof result === 'object') {
    for (const key of ['tasks', 'systems', 'plan', 'items']) {
      const value = (result as Row)[key];
      if (Array.isArray(value)) return value as Row[];
    }
  }
  return null;
}

const show = (value: unknown) =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/** What approving would do: one row per system (as the preview endpoint answers), else its JSON. */
export function PreviewResult({ result }: { result: unknown }) {
  const rows = rowsOf(result);
  if (!rows)
    return (
      <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontSize: 13 }}>
        {JSON.stringify(result, null, 2)}
      </Box>
    );
  if (rows.length === 0) return <Typography>No system would be asked.</Typography>;
  const columns = Object.keys(rows[0]!)
    .filter((key) => !/id$/i.test(key) || key === 'systemId')
    .slice(0, 6);
  return (
    <Table size="small" aria-label="What approval would do">
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableCell key={column}>{column}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, index) => (
          <TableRow key={index}>
            {columns.map((column) => (
              <TableCell key={column}>{show(row[column])}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
