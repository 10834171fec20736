import {
  ArrayInput,
  Create,
  DateTimeInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { JURISDICTION_CHOICES, TYPE_CHOICES } from './RequestList.js';

/** A request received by post or phone, verified by staff (the note says how). */
export function RequestCreate() {
  return (
    <Create
      title="New request (post or phone)"
      redirect="show"
      transform={(data: Record<string, unknown>) => ({
        ...data,
        name: data.name || undefined,
        details: data.details || undefined,
        receivedAt: data.receivedAt ? new Date(String(data.receivedAt)).toISOString() : undefined,
        corrections: data.type === 'rectification' ? data.corrections : undefined,
      })}
    >
      <SimpleForm defaultValues={{ type: 'access', jurisdiction: 'gdpr', channel: 'post' }}>
        <RadioButtonGroupInput
          source="channel"
          label="Received by"
          choices={[
            { id: 'post', name: 'Post' },
            { id: 'phone', name: 'Phone' },
          ]}
          validate={required()}
        />
        <SelectInput source="type" choices={TYPE_CHOICES} validate={required()} />
        <TextInput source="email" label="Subject's e-mail" type="email" validate={required()} />
        <TextInput source="name" label="Subject's name" />
        <SelectInput source="jurisdiction" choices={JURISDICTION_CHOICES} validate={required()} />
        <DateTimeInput source="receivedAt" label="Received at (the deadline starts here)" />
        <TextInput source="details" multiline />
        <FormDataConsumer>
          {({ formData }) =>
            formData.type === 'rectification' ? (
              <ArrayInput source="corrections" label="Corrections">
                <SimpleFormIterator inline>
                  <TextInput
                    source="field"
                    label="Data category (e.g. user.contact.email)"
                    validate={required()}
                  />
                  <TextInput source="value" label="Correct value" validate={required()} />
                </SimpleFormIterator>
              </ArrayInput>
            ) : null
          }
        </FormDataConsumer>
        <TextInput
          source="verificationNote"
          label="How the identity was verified"
          multiline
          validate={required()}
        />
      </SimpleForm>
    </Create>
  );
}
