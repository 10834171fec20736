import { Alert, Button } from '@mui/material';
import { useState } from 'react';
import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { RequestReferenceField } from '../common/RequestReferenceField.js';
import { useStaffAction } from '../common/use-staff-action.js';
import type { ChainReport } from '../providers/data-provider.js';

function ChainCheck() {
  const [report, setReport] = useState<ChainReport | null>(null);
  const check = useStaffAction((p) => p.verifyAuditChain(), { onSuccess: setReport });
  return (
    <>
      <TopToolbar>
        <Button
          variant="outlined"
          onClick={() => check.mutate(undefined)}
          disabled={check.isPending}
        >
          {check.isPending ? 'Checking…' : 'Verify the audit chain'}
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

const filters = [<TextInput key="action" source="action" label="Action" alwaysOn />];

export function AuditList() {
  return (
    <List
      title="Audit log"
      actions={<ChainCheck />}
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField source="createdAt" showTime label="At" />
        <TextField source="action" />
        <RequestReferenceField source="requestId" label="Request" />
        <FunctionField
          label="Status"
          render={(e) =>
            e.toStatus && e.toStatus !== e.fromStatus
              ? `${e.fromStatus ?? '—'} → ${e.toStatus}`
              : ''
          }
        />
        <FunctionField
          label="By"
          render={(e) => `${e.actorType}${e.actorId ? ` ${String(e.actorId).slice(0, 8)}` : ''}`}
        />
        <NumberField source="seq" label="#" />
      </Datagrid>
    </List>
  );
}

export function AuditShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <DateField source="createdAt" showTime />
        <TextField source="action" />
        <TextField source="actorType" />
        <TextField source="actorId" emptyText="—" />
        <TextField source="fromStatus" emptyText="—" />
        <TextField source="toStatus" emptyText="—" />
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
