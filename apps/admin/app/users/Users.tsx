import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  DateField,
  Edit,
  EmailField,
  List,
  PasswordInput,
  required,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
} from 'react-admin';
import { ROLE_CHOICES } from '../common/choices.js';

export function UserList() {
  return (
    <List title="Staff" sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <EmailField source="email" />
        <TextField source="role" />
        <BooleanField source="enabled" sortable={false} />
        <DateField source="lastLoginAt" showTime emptyText="never" sortable={false} />
      </Datagrid>
    </List>
  );
}

export function UserCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ role: 'officer' }}>
        <TextInput source="name" validate={required()} />
        <TextInput source="email" type="email" validate={required()} />
        <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
        <PasswordInput source="password" validate={required()} autoComplete="new-password" />
      </SimpleForm>
    </Create>
  );
}

/** Accounts are disabled, never deleted; disabling or a new password ends their sessions at once. */
export function UserEdit() {
  return (
    <Edit
      mutationMode="pessimistic"
      transform={(data: Record<string, unknown>) =>
        data.password ? data : { ...data, password: undefined }
      }
    >
      <SimpleForm>
        <TextInput source="email" disabled />
        <TextInput source="name" validate={required()} />
        <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
        <BooleanInput source="enabled" helperText="Disabling ends the account's sessions at once" />
        <PasswordInput
          source="password"
          label="New password (leave empty to keep)"
          autoComplete="new-password"
        />
      </SimpleForm>
    </Edit>
  );
}
