import {
  Datagrid,
  DateField,
  List,
  NumberField,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { RequestReferenceField } from '../common/RequestReferenceField.js';
import { RedeliverButton } from './RedeliverButton.js';

const OUTCOMES = ['succeeded', 'accepted', 'retry', 'failed', 'gone'].map((id) => ({
  id,
  name: id,
}));
const filters = [<SelectInput key="outcome" source="outcome" choices={OUTCOMES} alwaysOn />];

export function DeliveryList() {
  return (
    <List title="Webhook deliveries" filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField source="createdAt" showTime label="At" />
        <TextField source="systemName" label="System" sortable={false} />
        <TextField source="eventType" label="Event" />
        <RequestReferenceField source="requestId" label="Request" />
        <NumberField source="attempt" />
        <TextField source="statusCode" label="HTTP" emptyText="—" />
        <NumberField source="latencyMs" label="ms" />
        <TextField source="outcome" />
        <RedeliverButton label="Actions" />
      </Datagrid>
    </List>
  );
}

export function DeliveryShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="webhookId" label="webhook-id" />
        <TextField source="systemName" label="System" />
        <TextField source="eventType" label="Event" />
        <NumberField source="attempt" />
        <TextField source="statusCode" label="HTTP" emptyText="—" />
        <NumberField source="latencyMs" label="Latency (ms)" />
        <TextField source="outcome" />
        <TextField source="error" emptyText="—" />
        <DateField source="createdAt" showTime />
        <RedeliverButton label="Actions" />
      </SimpleShowLayout>
    </Show>
  );
}
