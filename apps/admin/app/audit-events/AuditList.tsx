import { Alert, Button } from '@mui/material';
import { useState } from 'react';
import {
  Datagrid,
  downloadCSV,
  ExportButton,
  type Exporter,
  FunctionField,
  List,
  NumberField,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { toCsv } from '../common/csv.js';
import { DateTimeField } from '../common/DateTimeField.js';
import { formatDateTime } from '../common/dates.js';
import {
  ACTION_LABELS,
  actionLabel,
  actorLabel,
  type AuditEventRecord,
  eventLabel,
  statusChange,
} from './audit-words.js';
import { RequestReferenceField } from '../common/RequestReferenceField.js';
import { useStaffAction } from '../common/use-staff-action.js';
import { saveFile } from '../requests/staff-choices.js';
import type { ChainReport } from '../providers/data-provider.js';

function ChainCheck() {
  const [report, setReport] = useState<ChainReport | null>(null);
  const check = useStaffAction((p) => p.verifyAuditChain(), { onSuccess: setReport });
  const signedExport = useStaffAction((p) => p.exportSignedAudit(), {
    onSuccess: (blob) => saveFile(blob, 'audit-trail.json'),
  });
  return (
    <>
      <TopToolbar>
        <ExportButton label="Export CSV" maxResults={100_000} />
        <Button
          variant="outlined"
          onClick={() => check.mutate(undefined)}
          disabled={check.isPending}
        >
          {check.isPending ? 'Checking…' : 'Verify the audit chain'}
        </Button>
        <Button
          variant="outlined"
          onClick={() => signedExport.mutate(undefined)}
          disabled={signedExport.isPending}
          title="Whole hash chains, signed with the controller's key, for a regulator"
        >
          {signedExport.isPending ? 'Exporting…' : 'Export signed JSON'}
        </Button>
      </TopToolbar>
      {report ? (
        <Alert severity={report.ok ? 'success' : 'error'} role="status" sx={{ mx: 2 }}>
          {report.ok
            ? `Intact: ${report.events} events in ${report.chains} chains, every hash matches.`
            : `BROKEN: ${report.broken.map((b) => `${b.problem} at event ${b.seq} of chain ${b.chain}`).join('; ')}`}
        </Alert>
      ) : null}
    </>
  );
}

const ACTION_CHOICES = Object.keys(ACTION_LABELS).map((id) => ({ id, name: actionLabel(id) }));
const filters = [
  <SelectInput key="action" source="action" label="Action" choices={ACTION_CHOICES} alwaysOn />,
];

type ExportedEvent = AuditEventRecord & {
  id: string;
  createdAt: string;
  requestId: string | null;
  reason: string | null;
  chain: string;
  seq: number;
  prevHash: string | null;
  hash: string;
};

/**
 * The audit log as CSV, in words a regulator reads (the request by reference, staff by name),
 * with each event's chain, sequence and hashes so the file can be checked against the chain.
 */
export const auditExporter: Exporter = async (events, fetchRelated) => {
  const requests = await fetchRelated(events, 'requestId', 'requests');
  const rows = (events as ExportedEvent[]).map((event) => ({
    at: formatDateTime(event.createdAt),
    atUtc: event.createdAt,
    request: event.requestId ? (requests[event.requestId]?.reference ?? event.requestId) : '',
    event: eventLabel(event),
    status: statusChange(event),
    by: actorLabel(event),
    reason: event.reason ?? '',
    chain: event.chain,
    seq: event.seq,
    prevHash: event.prevHash ?? '',
    hash: event.hash,
  }));
  downloadCSV(toCsv(rows), 'audit-log');
};

export function AuditList() {
  return (
    <List
      title="Audit log"
      actions={<ChainCheck />}
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={auditExporter}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateTimeField source="createdAt" label="At" />
        <FunctionField
          label="Event"
          sortBy="action"
          render={(e) => eventLabel(e as AuditEventRecord)}
        />
        <RequestReferenceField source="requestId" label="Request" sortable={false} />
        <FunctionField label="Status" render={(e) => statusChange(e)} />
        <FunctionField label="By" render={(e) => actorLabel(e)} />
        <NumberField source="seq" label="#" />
      </Datagrid>
    </List>
  );
}

export function AuditShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <DateTimeField source="createdAt" label="At" />
        <FunctionField label="Event" render={(e) => eventLabel(e)} />
        <RequestReferenceField source="requestId" label="Request" />
        <FunctionField label="By" render={(e) => actorLabel(e)} />
        <FunctionField label="Status" render={(e) => statusChange(e) || 'unchanged'} />
        <TextField source="reason" emptyText="—" />
        <FunctionField
          label="Data"
          render={(e) => <pre style={{ margin: 0 }}>{JSON.stringify(e.data, null, 2)}</pre>}
        />
        <TextField source="chain" />
        <NumberField source="seq" />
        <TextField source="prevHash" emptyText="—" />
        <TextField source="hash" />
      </SimpleShowLayout>
    </Show>
  );
}
