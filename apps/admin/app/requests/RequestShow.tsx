import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import {
  Datagrid,
  FunctionField,
  NumberField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { DueDateField } from '../common/DueDateField.js';
import { languageLabel } from '../common/language-words.js';
import { DateTimeField } from '../common/DateTimeField.js';
import { actorLabel, eventLabel, statusChange } from '../audit-events/audit-words.js';
import { StatusChip } from '../common/StatusChip.js';
import { TaskRowActions } from '../tasks/TaskRowActions.js';
import { resultSummary, taskStateLabel, taskToDoLabel } from '../tasks/task-words.js';
import { RedeliverButton } from '../deliveries/RedeliverButton.js';
import { RequestActions } from './RequestActions.js';
import { RequestClockTab } from './RequestClockTab.js';
import { NO_EMAIL } from './RequestList.js';

function Header() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Card variant="outlined" sx={{ mb: 1 }}>
      <CardContent>
        <Stack
          direction="row"
          spacing={2}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        >
          <Typography variant="h5" component="h1">
            {record.reference}
          </Typography>
          <StatusChip />
          <Chip
            size="small"
            variant="outlined"
            label={`${record.type} · ${String(record.jurisdiction).toUpperCase()}`}
          />
          <Typography component="span">
            Due: <DueDateField />
          </Typography>
        </Stack>
        <RequestActions />
      </CardContent>
    </Card>
  );
}

/** Identities used as search keys: the verified e-mail, then what systems provided. */
function Identities() {
  const record = useRecordContext();
  if (!record) return null;
  const identities = (record.identities ?? { email: [record.email] }) as Record<string, string[]>;
  return (
    <Box component="dl" sx={{ m: 0 }}>
      {Object.entries(identities).map(([type, values]) => (
        <Box key={type} sx={{ display: 'flex', gap: 1 }}>
          <Box component="dt" sx={{ fontWeight: 600, minWidth: 160 }}>
            {type}
          </Box>
          <Box component="dd" sx={{ m: 0 }}>
            {values.join(', ')}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

/** A request with everything needed to decide and to prove it. */
export function RequestShow() {
  return (
    <Show title={<ShowTitle />} actions={false}>
      <Header />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Subject">
          <TextField source="email" label="E-mail" emptyText={NO_EMAIL} />
          <TextField source="name" emptyText="—" />
          <FunctionField
            source="language"
            label="Language (mails and pages)"
            render={(r) => languageLabel(r.language)}
          />
          <TextField source="details" emptyText="—" />
          <FunctionField
            label="Corrections asked"
            render={(r) =>
              r.corrections?.length
                ? r.corrections
                    .map((c: { field: string; value: string }) => `${c.field} → ${c.value}`)
                    .join('; ')
                : '—'
            }
          />
          <TextField source="source" label="Received by" />
          <DateTimeField source="receivedAt" label="Received" />
          <DateTimeField source="verifiedAt" label="Verified" emptyText="not yet" />
          <TextField source="verificationMethod" emptyText="—" />
          <DateTimeField source="completedAt" emptyText="—" />
          <TextField source="extensionReason" emptyText="—" />
          <TextField source="denialText" label="Denial" emptyText="—" />
          <FunctionField label="Identities used" render={() => <Identities />} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Tasks" path="tasks">
          <ReferenceManyField
            reference="tasks"
            target="requestId"
            sort={{ field: 'stage', order: 'ASC' }}
            perPage={100}
          >
            <Datagrid
              bulkActionButtons={false}
              rowClick={false}
              empty={
                <Typography sx={{ p: 2 }}>
                  No tasks yet: they are created when the request is approved.
                </Typography>
              }
            >
              <TextField source="systemName" label="System" />
              <FunctionField label="To do" render={(t) => taskToDoLabel(t)} />
              <NumberField source="stage" />
              <FunctionField label="State" render={(t) => taskStateLabel(t.state)} />
              <NumberField source="attempts" />
              <TextField source="lastError" emptyText="—" sortable={false} />
              <FunctionField label="Result" render={(task) => resultSummary(task)} />
              <TaskRowActions />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Deliveries" path="deliveries">
          <ReferenceManyField
            reference="deliveries"
            target="requestId"
            sort={{ field: 'createdAt', order: 'DESC' }}
            perPage={100}
          >
            <Datagrid
              bulkActionButtons={false}
              rowClick={false}
              empty={<Typography sx={{ p: 2 }}>No webhook deliveries for this request.</Typography>}
            >
              <DateTimeField source="createdAt" label="At" />
              <TextField source="systemName" label="System" sortable={false} />
              <TextField source="eventType" label="Event" />
              <NumberField source="attempt" />
              <TextField source="statusCode" label="HTTP" emptyText="—" />
              <TextField source="outcome" />
              <TextField source="error" emptyText="—" sortable={false} />
              <RedeliverButton />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Clock and appeal" path="clock">
          <RequestClockTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Timeline" path="timeline">
          <ReferenceManyField
            reference="audit-events"
            target="requestId"
            sort={{ field: 'seq', order: 'ASC' }}
            perPage={200}
          >
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <NumberField source="seq" label="#" />
              <DateTimeField source="createdAt" label="At" />
              <FunctionField label="Event" render={(e) => eventLabel(e)} />
              <FunctionField label="Status" render={(e) => statusChange(e)} />
              <FunctionField label="By" render={(e) => actorLabel(e)} />
              <TextField source="reason" emptyText="" sortable={false} />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}

function ShowTitle() {
  const record = useRecordContext();
  return <span>Request {record?.reference ?? ''}</span>;
}
