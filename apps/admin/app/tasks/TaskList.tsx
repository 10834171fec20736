import {
  Datagrid,
  DateField,
  List,
  NumberField,
  ReferenceField,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  FunctionField,
} from 'react-admin';
import { RequestReferenceField } from '../common/RequestReferenceField.js';
import { DueDateField } from '../common/DueDateField.js';
import { TaskRowActions } from './TaskRowActions.js';

const STATES = ['queued', 'running', 'waiting', 'succeeded', 'failed', 'skipped'].map((id) => ({
  id,
  name: id,
}));
const ACTIONS = ['access', 'erasure', 'rectification'].map((id) => ({ id, name: id }));

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
        <RequestReferenceField source="requestId" label="Request" />
        <ReferenceField
          source="requestId"
          reference="requests"
          label="Due"
          link={false}
          sortBy="dueAt"
        >
          <DueDateField />
        </ReferenceField>
        <TextField source="systemName" label="System" />
        <TextField source="action" />
        <TextField source="state" />
        <NumberField source="attempts" />
        <TextField source="lastError" emptyText="—" sortable={false} />
        <DateField source="createdAt" label="Since" />
        <TaskRowActions label="Actions" />
      </Datagrid>
    </List>
  );
}

export function TaskShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <RequestReferenceField source="requestId" label="Request" />
        <TextField source="systemName" label="System" />
        <TextField source="action" />
        <TextField source="state" />
        <NumberField source="stage" />
        <NumberField source="attempts" />
        <TextField source="lastError" emptyText="—" />
        <TextField source="note" emptyText="—" />
        <FunctionField
          label="Result"
          render={(task) => (
            <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {task.result ? JSON.stringify(task.result, null, 2) : '—'}
            </pre>
          )}
        />
        <DateField source="startedAt" showTime emptyText="—" />
        <DateField source="finishedAt" showTime emptyText="—" />
        <TaskRowActions label="Actions" />
      </SimpleShowLayout>
    </Show>
  );
}
