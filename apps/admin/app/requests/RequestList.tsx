import { languageLabel } from '../common/language-words.js';
import {
  BooleanInput,
  CreateButton,
  Datagrid,
  ExportButton,
  FunctionField,
  List,
  NumberInput,
  ReferenceField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { DueDateField } from '../common/DueDateField.js';
import { JurisdictionFilter } from '../common/jurisdictions.js';
import { DateTimeField } from '../common/DateTimeField.js';
import { STATUS_CHOICES, StatusChip } from '../common/StatusChip.js';
import { useMay } from '../common/use-role.js';
import { TYPE_CHOICES } from '../common/choices.js';
import { RequestBulkActions } from './BulkActions.js';
import { useAssignableStaff } from './staff-choices.js';

export { TYPE_CHOICES };

function AssigneeFilter(props: { source: string; alwaysOn?: boolean; label?: string }) {
  return <SelectInput {...props} choices={useAssignableStaff()} emptyText="Anyone" />;
}

const filters = [
  // The queue opens on the open requests; "All requests" is one click away.
  <SelectInput
    key="scope"
    source="scope"
    label="Show"
    choices={[{ id: 'open', name: 'Open requests' }]}
    emptyText="All requests"
    alwaysOn
  />,
  <TextInput key="q" source="q" label="Search (reference, e-mail, name)" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
  <SelectInput key="type" source="type" choices={TYPE_CHOICES} />,
  <JurisdictionFilter key="jurisdiction" source="jurisdiction" />,
  <AssigneeFilter key="assignee" source="assigneeId" label="Assignee" />,
  <BooleanInput key="overdue" source="overdue" label="Overdue only" defaultValue={true} />,
  <NumberInput
    key="due"
    source="dueWithinDays"
    label="Due within (days)"
    min={0}
    defaultValue={7}
  />,
];

function ListActions() {
  const may = useMay();
  return (
    <TopToolbar>
      {may('requests', 'create') ? (
        <CreateButton label="New request" title="Enter a request received by post or phone" />
      ) : null}
      <ExportButton />
    </TopToolbar>
  );
}

/** A browser's Global Privacy Control signal may carry no e-mail: the request says so. */
export const NO_EMAIL = 'no e-mail (browser signal)';

/** A long address may break before its `@`, never inside a name. */
function emailWithBreak(record: { email?: string | null }) {
  if (record.email === null) return NO_EMAIL;
  const at = record.email?.lastIndexOf('@') ?? -1;
  if (!record.email || at <= 0) return record.email ?? '';
  return (
    <span style={{ display: 'inline-block', maxWidth: 220 }}>
      {record.email.slice(0, at)}
      <wbr />
      {record.email.slice(at)}
    </span>
  );
}

/** The queue: soonest deadline first. */
export function RequestList() {
  const may = useMay();
  return (
    <List
      filters={filters}
      sort={{ field: 'effectiveDueAt', order: 'ASC' }}
      filterDefaultValues={{ scope: 'open' }}
      actions={<ListActions />}
      title="Requests"
      perPage={25}
    >
      {/* Fits 1366 px with the menu open: cells padded less, long e-mails wrapped. */}
      <Datagrid
        rowClick="show"
        bulkActionButtons={
          // A viewer exports the list from the toolbar; rows are selected only to act on them.
          may('requests', 'assign') || may('requests', 'approve') ? <RequestBulkActions /> : false
        }
        sx={{ '& .MuiTableCell-root': { px: 1 } }}
      >
        <TextField source="reference" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }} />
        <TextField source="type" sortable={false} />
        <StatusChip label="Status" />
        <FunctionField label="E-mail" render={emailWithBreak} />
        <TextField source="jurisdiction" label="Regime" sortable={false} />
        <FunctionField
          source="language"
          label="Language"
          sortable={false}
          render={(r) => languageLabel(r.language)}
        />
        <DateTimeField source="receivedAt" label="Received" dateOnly />
        <DueDateField label="Due" sortBy="effectiveDueAt" />
        {may('users', 'list') ? (
          <ReferenceField
            source="assigneeId"
            reference="users"
            label="Assignee"
            link={false}
            emptyText="—"
            sortable={false}
          >
            <TextField source="name" />
          </ReferenceField>
        ) : (
          <TextField source="assigneeId" label="Assignee" emptyText="—" sortable={false} />
        )}
      </Datagrid>
    </List>
  );
}
