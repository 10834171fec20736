import { Button, Typography } from '@mui/material';
import {
  Datagrid,
  List,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useDataProvider,
  useNotify,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField.js';
import { RequestReferenceField } from '../common/RequestReferenceField.js';
import type { StaffDataProvider } from '../providers/data-provider.js';
import { saveFile } from '../requests/staff-choices.js';

const KIND_CHOICES = [
  { id: 'opt_out', name: 'No sale or sharing' },
  { id: 'limit_sensitive', name: 'Limit sensitive data' },
];
const SOURCE_CHOICES = [
  { id: 'web', name: 'Privacy center' },
  { id: 'staff', name: 'Staff (post or phone)' },
  { id: 'gpc', name: 'Global Privacy Control signal' },
];

const filters = [
  <SelectInput key="kind" source="kind" label="Kind" choices={KIND_CHOICES} alwaysOn />,
  <TextInput key="identityValue" source="identityValue" label="Identity (exact)" alwaysOn />,
  <SelectInput key="source" source="source" label="From" choices={SOURCE_CHOICES} />,
];

/** The suppression export: what ad partners and data flows must leave out. */
function Actions() {
  const provider = useDataProvider<StaffDataProvider>();
  const notify = useNotify();
  const download = async () => {
    try {
      saveFile(await provider.downloadSuppression(), 'suppression.csv');
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <TopToolbar>
      <Button variant="outlined" onClick={() => void download()}>
        Download the suppression list (CSV)
      </Button>
    </TopToolbar>
  );
}

/** Who opted out of sale/sharing or limited their sensitive data, per identity. */
export function OptOutList() {
  return (
    <List
      title="Opt-outs"
      filters={filters}
      actions={<Actions />}
      sort={{ field: 'recordedAt', order: 'DESC' }}
      // React-Admin's own empty page greys its heading below AA contrast.
      empty={
        <Typography sx={{ p: 2 }}>
          No one has opted out yet. Opt-outs from the privacy center, staff and Global Privacy
          Control signals are listed here.
        </Typography>
      }
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DateTimeField source="recordedAt" label="Recorded" />
        <TextField source="kind" label="Kind" />
        <TextField source="identityType" label="Identity type" />
        <TextField source="identityValue" label="Identity" />
        <TextField source="source" label="From" />
        <TextField source="reference" label="Reference" />
        <RequestReferenceField source="requestId" label="Request" sortable={false} />
      </Datagrid>
    </List>
  );
}
