import { Alert, Button, Chip, Stack } from '@mui/material';
import { useState } from 'react';
import {
  BooleanField,
  CreateButton,
  Create,
  Datagrid,
  Edit,
  EditButton,
  List,
  Show,
  SimpleShowLayout,
  TextField,
  FunctionField,
  TopToolbar,
  useNotify,
  useRecordContext,
  useRedirect,
} from 'react-admin';
import { SettingsView } from './SettingsView.js';
import { ActionDialog } from '../common/ActionDialog.js';
import { useMay } from '../common/use-role.js';
import { useStaffAction } from '../common/use-staff-action.js';
import { identityTypeLabel } from '../tasks/task-words.js';
import { kindLabel, kindShortLabel } from './kinds.js';
import { SystemForm, systemBody } from './SystemForm.js';

const joined = (values?: string[]) => (values?.length ? values.join(', ') : '—');

export function SystemList() {
  const may = useMay();
  return (
    <List
      title="Systems"
      sort={{ field: 'name', order: 'ASC' }}
      actions={<TopToolbar>{may('systems', 'create') ? <CreateButton /> : null}</TopToolbar>}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <FunctionField
          label="Kind"
          sortBy="kind"
          render={(s) => <Chip size="small" label={kindShortLabel(s.kind)} />}
        />
        <TextField source="owner.name" label="Owner" sortable={false} />
        <BooleanField source="enabled" />
        <FunctionField label="Actions" render={(s) => joined(s.actions)} />
        <FunctionField
          label="Searched by"
          render={(s) => joined(s.identityTypes?.map(identityTypeLabel))}
        />
      </Datagrid>
    </List>
  );
}

/** Test connection (a `dsar.test` or a schema check) and secret rotation (webhook systems). */
function SystemActions() {
  const system = useRecordContext<{ id: string; kind: string; name: string }>();
  const may = useMay();
  const [secret, setSecret] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok?: boolean; message?: string } | null>(null);
  const test = useStaffAction((p, id: string) => p.testSystem(id), { onSuccess: setResult });
  const rotate = useStaffAction((p, id: string) => p.rotateSecret(id), {
    onSuccess: (answer) => setSecret(answer.secret ?? null),
  });
  if (!system) return null;
  return (
    <TopToolbar>
      <Stack direction="row" spacing={1}>
        {may('systems', 'test') ? (
          <Button onClick={() => test.mutate(system.id)} disabled={test.isPending}>
            {test.isPending ? 'Testing…' : 'Test connection'}
          </Button>
        ) : null}
        {system.kind === 'webhook' && may('systems', 'rotate-secret') ? (
          <Button
            color="warning"
            onClick={() => rotate.mutate(system.id)}
            disabled={rotate.isPending}
          >
            Rotate secret
          </Button>
        ) : null}
        {may('systems', 'edit') ? <EditButton /> : null}
      </Stack>
      {result ? (
        <Alert
          severity={result.ok === false ? 'error' : 'success'}
          role="status"
          onClose={() => setResult(null)}
        >
          {result.message ?? (result.ok === false ? 'The test failed' : 'The system answered')}
        </Alert>
      ) : null}
      <ActionDialog
        open={secret !== null}
        title="The new signing secret"
        confirmLabel="I have stored it"
        onClose={() => setSecret(null)}
        onConfirm={() => setSecret(null)}
      >
        Give this secret to the system's owner now: it is not shown again. The old one keeps signing
        for a while so they can switch without dropping messages.
        <pre style={{ userSelect: 'all', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {secret}
        </pre>
      </ActionDialog>
    </TopToolbar>
  );
}

export function SystemShow() {
  return (
    <Show actions={<SystemActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <FunctionField label="Kind" render={(s) => kindLabel(s.kind)} />
        <TextField source="owner.name" label="Owner" sortable={false} />
        <TextField source="owner.email" label="Owner's e-mail" />
        <BooleanField source="enabled" />
        <FunctionField label="Actions" render={(s) => joined(s.actions)} />
        <FunctionField
          label="Searched by"
          render={(s) => joined(s.identityTypes?.map(identityTypeLabel))}
        />
        <FunctionField label="Data categories" render={(s) => joined(s.categories)} />
        <FunctionField label="Purposes" render={(s) => joined(s.purposes)} />
        <FunctionField label="Legal bases" render={(s) => joined(s.legalBases)} />
        <FunctionField
          label="Recipients"
          render={(s) =>
            joined(
              (s.recipients ?? []).map((r: { name: string; email?: string }) =>
                r.email ? `${r.name} <${r.email}>` : r.name,
              ),
            )
          }
        />
        <TextField source="retention" emptyText="—" />
        <FunctionField
          label="Connector settings (secrets are never shown)"
          render={(s) => <SettingsView kind={s.kind} settings={s.settings ?? {}} />}
        />
      </SimpleShowLayout>
    </Show>
  );
}

export function SystemCreate() {
  const notify = useNotify();
  const redirect = useRedirect();
  const [secret, setSecret] = useState<{ id: string; value: string } | null>(null);
  return (
    <>
      <Create
        transform={(data: Record<string, unknown>) => systemBody(data)}
        mutationOptions={{
          onSuccess: (data: { id: string; secret?: string; settings?: { secret?: string } }) => {
            const generated = data.secret ?? data.settings?.secret;
            if (generated) setSecret({ id: data.id, value: generated });
            else {
              notify('System registered', { type: 'success' });
              redirect('show', 'systems', data.id);
            }
          },
        }}
      >
        <SystemForm creating />
      </Create>
      <ActionDialog
        open={secret !== null}
        title="The system's signing secret"
        confirmLabel="I have stored it"
        onClose={() => redirect('show', 'systems', secret?.id)}
        onConfirm={() => redirect('show', 'systems', secret?.id)}
      >
        Give this secret to the system's owner now: it is not shown again.
        <pre style={{ userSelect: 'all', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {secret?.value}
        </pre>
      </ActionDialog>
    </>
  );
}

export function SystemEdit() {
  return (
    <Edit
      mutationMode="pessimistic"
      // The kind's input is disabled, so the form leaves it out; the api wants it (unchanged).
      transform={(data: Record<string, unknown>, options?: { previousData?: { kind?: string } }) =>
        systemBody({ ...data, kind: options?.previousData?.kind ?? data.kind })
      }
    >
      <SystemForm />
    </Edit>
  );
}
