import { Box } from '@mui/material';

/** What each connector setting is, in the form's words. */
const LABELS: Record<string, string> = {
  url: 'Address',
  secret: 'Signing secret',
  to: "Privacy contact's e-mail",
  assignee: 'Who handles it',
  propertyId: 'Google Analytics property id',
  credentials: 'Service account key',
  hashKey: 'Key of the hash erasure',
};
/** Settings never shown, whatever the api sends (it masks them already). */
const SECRET = new Set(['secret', 'credentials', 'hashKey']);
const SQL_KINDS = new Set(['postgres', 'mysql']);

interface MapTable {
  name?: string;
  fields?: Record<string, unknown>;
}

function value(kind: string, key: string, raw: unknown): string {
  if (SECRET.has(key) || (key === 'url' && SQL_KINDS.has(kind)))
    return raw === undefined || raw === null || raw === '' ? 'not set' : 'set (never shown)';
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean')
    return String(raw);
  return JSON.stringify(raw);
}

/** A system's connector settings as labelled lines; a dataset map as its tables and columns. */
export function SettingsView({
  kind,
  settings,
}: {
  kind: string;
  settings: Record<string, unknown>;
}) {
  const { dataset, ...rest } = settings;
  const tables = ((dataset as { tables?: MapTable[] } | undefined)?.tables ?? []).filter(
    (table) => typeof table?.name === 'string',
  );
  const entries = Object.entries(rest);
  return (
    <Box component="dl" sx={{ m: 0 }}>
      {entries.length === 0 && tables.length === 0 ? (
        <Box component="dd" sx={{ m: 0 }}>
          No connector settings.
        </Box>
      ) : null}
      {entries.map(([key, raw]) => (
        <Box key={key} sx={{ display: 'flex', gap: 1 }}>
          <Box component="dt" sx={{ fontWeight: 600, minWidth: 220 }}>
            {LABELS[key] ?? key}
          </Box>
          <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {value(kind, key, raw)}
          </Box>
        </Box>
      ))}
      {tables.length ? (
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Box component="dt" sx={{ fontWeight: 600, minWidth: 220 }}>
            Dataset map
          </Box>
          <Box component="dd" sx={{ m: 0 }}>
            {tables.map((table) => (
              <div key={table.name}>
                table {table.name}
                {table.fields ? `: ${Object.keys(table.fields).join(', ')}` : ''}
              </div>
            ))}
          </Box>
        </Box>
      ) : null}
    </Box>
  );
}
