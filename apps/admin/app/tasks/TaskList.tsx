import { Box } from '@mui/material';
import {
  Datagrid,
  List,
  NumberField,
  ReferenceField,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  FunctionField,
  useGetOne,
  useRecordContext,
} from 'react-admin';
import { RequestReferenceField } from '../common/RequestReferenceField.js';
import { DueDateField } from '../common/DueDateField.js';
import { TaskRowActions } from './TaskRowActions.js';
import { ProcessorDueField } from './ProcessorDueField.js';
import { TaskAttachments } from './TaskAttachments.js';
import { DateTimeField } from '../common/DateTimeField.js';
import {
  identitiesToUseText,
  resultSummary,
  TASK_ACTION_LABELS,
  TASK_STATE_LABELS,
  taskToDoLabel,
  taskStateLabel,
  taskTitle,
} from './task-words.js';

const STATES = Object.entries(TASK_STATE_LABELS).map(([id, name]) => ({ id, name }));
const ACTIONS = Object.entries(TASK_ACTION_LABELS).map(([id, name]) => ({ id, name }));

const filters = [
  <SelectInput key="state" source="state" choices={STATES} alwaysOn />,
  <SelectInput key="action" source="action" choices={ACTIONS} />,
];

/**
 * The task inbox: e-mail and manual tasks waiting for staff, the soonest answer date first (the
 * request's, extensions included); each row shows that date in words and colour.
 */
export function TaskList() {
  return (
    <List
      title="Task inbox"
      filters={filters}
      filterDefaultValues={{ state: 'waiting' }}
      sort={{ field: 'dueAt', order: 'ASC' }}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <RequestReferenceField source="requestId" label="Request" sortable={false} />
        <ReferenceField
          source="requestId"
          reference="requests"
          label="Due"
          link={false}
          sortBy="dueAt"
        >
          <DueDateField />
        </ReferenceField>
        <ProcessorDueField label="Their answer by" sortable={false} compact />
        <TextField source="systemName" label="System" />
        <FunctionField label="To do" render={(t) => taskToDoLabel(t)} />
        <FunctionField label="State" sortBy="state" render={(t) => taskStateLabel(t.state)} />
        <FunctionField
          label="Look up with"
          sortable={false}
          render={(task) => (
            // Ids are long unbroken strings: they wrap inside a narrow cell, the queue fits 1366 px.
            <Box
              component="span"
              sx={{ display: 'inline-block', maxWidth: 200, overflowWrap: 'anywhere' }}
            >
              {identitiesToUseText(task)}
            </Box>
          )}
        />
        <TextField source="lastError" emptyText="—" sortable={false} />
        <DateTimeField source="createdAt" label="Since" />
        <TaskRowActions label="Actions" />
      </Datagrid>
    </List>
  );
}

/** The system and the request the task serves, not its id. */
function TaskTitle() {
  const task = useRecordContext<{
    id: string;
    systemName: string;
    action: string;
    requestId: string;
  }>();
  const { data: request } = useGetOne<{ id: string; reference: string; type: string }>(
    'requests',
    { id: task?.requestId ?? '' },
    { enabled: Boolean(task?.requestId) },
  );
  return <span>{taskTitle(task, request)}</span>;
}

export function TaskShow() {
  return (
    <Show title={<TaskTitle />}>
      <SimpleShowLayout>
        <RequestReferenceField source="requestId" label="Request" />
        <TextField source="systemName" label="System" />
        <FunctionField label="To do" render={(t) => taskToDoLabel(t)} />
        <FunctionField label="State" render={(t) => taskStateLabel(t.state)} />
        <ReferenceField
          source="requestId"
          reference="requests"
          label="Person's answer due"
          link={false}
        >
          <DueDateField />
        </ReferenceField>
        <ProcessorDueField label="Processor's (or assignee's) answer due" />
        <FunctionField label="Look the person up with" render={identitiesToUseText} />
        <TextField source="note" label="Instructions and notes (internal)" emptyText="—" />
        <NumberField source="stage" />
        <NumberField source="attempts" />
        <TextField source="lastError" emptyText="—" />
        <FunctionField label="Result" render={(task) => resultSummary(task)} />
        <TaskAttachments label="Files" />
        <DateTimeField source="startedAt" label="Started" emptyText="—" />
        <DateTimeField source="finishedAt" label="Finished" emptyText="—" />
        <TaskRowActions label="Actions" />
      </SimpleShowLayout>
    </Show>
  );
}
