import {
  ArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  FormDataConsumer,
  PasswordInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { TYPE_CHOICES } from '../common/choices.js';
import { JsonInput } from '../common/JsonInput.js';
import { datasetShapeProblem } from './dataset-place.js';
import { identityTypeLabel } from '../tasks/task-words.js';

/** Every kind with its words: `name` where it is chosen or shown alone, `short` in a list. */
export const KINDS = [
  { id: 'postgres', name: 'PostgreSQL database (dataset map)', short: 'PostgreSQL database' },
  { id: 'mysql', name: 'MySQL or MariaDB database (dataset map)', short: 'MySQL/MariaDB database' },
  { id: 'webhook', name: 'Connected system (signed webhook)', short: 'Connected system (webhook)' },
  { id: 'email', name: 'Processor by e-mail', short: 'Processor by e-mail' },
  { id: 'manual', name: 'Handled by hand', short: 'Handled by hand' },
  {
    id: 'google_analytics',
    name: 'Google Analytics (User Deletion API)',
    short: 'Google Analytics',
  },
];
/** Every request type a system may take part in (the api checks the same list). */
const ACTIONS = TYPE_CHOICES.map(({ id, name }) => ({ id, name }));
const IDENTITY_TYPES = [
  'email',
  'phone',
  'user_id',
  'analytics_client_id',
  'cookie_id',
  'google_sub',
].map((id) => ({ id, name: identityTypeLabel(id) }));

/** A list of words edited as one comma-separated line. */
const list = {
  format: (value?: string[]) => (value ?? []).join(', '),
  parse: (text: string) =>
    text
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
};

const WRITE_ONLY = 'Write-only: never shown again. Leave empty to keep the current one.';

/** The connector settings of each kind; secrets are write-only. */
function KindSettings({ kind, creating }: { kind?: string; creating: boolean }) {
  switch (kind) {
    case 'webhook':
      return (
        <>
          <TextInput
            source="settings.url"
            label="Webhook URL (https)"
            validate={required()}
            fullWidth
          />
          <PasswordInput
            source="settings.secret"
            label="Signing secret (whsec_…)"
            helperText={creating ? 'Leave empty to generate one; it is shown once.' : WRITE_ONLY}
            autoComplete="off"
          />
        </>
      );
    case 'email':
      return (
        <>
          <TextInput
            source="settings.to"
            label="Privacy contact's e-mail"
            type="email"
            validate={required()}
          />
          <TextInput
            source="settings.language"
            label="Language the contact reads (en, de)"
            parse={orAbsent}
            helperText="Requests are mailed in it where a translation exists, else in English"
          />
        </>
      );
    case 'manual':
      return (
        <>
          <TextInput source="settings.assignee" label="Who handles it (name or e-mail)" />
          {ACTIONS.map((action) => (
            <TextInput
              key={action.id}
              source={`settings.instructions.${action.id}`}
              label={`What to do for ${action.name} (optional)`}
              parse={orAbsent}
              multiline
              fullWidth
            />
          ))}
        </>
      );
    case 'postgres':
    case 'mysql':
      return (
        <>
          <PasswordInput
            source="settings.url"
            label={`Connection URL (${kind === 'mysql' ? 'mysql://user:pass@host:3306/db' : 'postgres://…'})`}
            helperText={creating ? 'Stored encrypted.' : WRITE_ONLY}
            validate={creating ? required() : undefined}
            autoComplete="off"
            fullWidth
          />
          <JsonInput
            source="settings.dataset"
            label="Dataset map (JSON)"
            helperText="Checked against the live schema when saved; problems are listed here by table and column."
            validate={[required(), datasetShapeProblem]}
          />
        </>
      );
    case 'google_analytics':
      return (
        <>
          <TextInput source="settings.propertyId" label="Property id" />
          <JsonInput
            source="settings.credentials"
            label="Service account key (JSON, write-only)"
            helperText={WRITE_ONLY}
          />
        </>
      );
    default:
      return null;
  }
}

export function SystemForm({ creating = false }: { creating?: boolean }) {
  return (
    <SimpleForm
      defaultValues={{
        enabled: true,
        actions: ['access', 'erasure'],
        identityTypes: ['email'],
        recipients: [],
        transfers: [],
      }}
    >
      <TextInput source="name" validate={required()} />
      <SelectInput source="kind" choices={KINDS} validate={required()} disabled={!creating} />
      <TextInput source="owner.name" label="Owner" validate={required()} />
      <TextInput source="owner.email" label="Owner's e-mail" type="email" validate={required()} />
      <BooleanInput source="enabled" />
      <CheckboxGroupInput source="actions" label="Supported actions" choices={ACTIONS} />
      <CheckboxGroupInput source="identityTypes" label="Searched by" choices={IDENTITY_TYPES} />
      <TextInput
        source="categories"
        label="Data categories (comma-separated, e.g. user.contact.email)"
        {...list}
        fullWidth
      />
      <TextInput source="purposes" label="Purposes (comma-separated)" {...list} fullWidth />
      <TextInput source="legalBases" label="Legal bases (comma-separated)" {...list} fullWidth />
      <TextInput source="retention" label="Retention" fullWidth />
      <ArrayInput source="recipients" label="Recipients (those with an e-mail get Art. 19 notices)">
        <SimpleFormIterator inline>
          <TextInput source="name" validate={required()} />
          <TextInput source="email" type="email" />
          <TextInput source="language" label="Language (en, de)" parse={orAbsent} />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput
        source="source"
        label="Where the data comes from (shown to the person, Art. 15(1)(g))"
        parse={orNull}
        fullWidth
      />
      <ArrayInput
        source="transfers"
        label="Transfers to other countries (Art. 15(2)): ISO country code and safeguard"
      >
        <SimpleFormIterator inline>
          <TextInput source="country" label="Country (e.g. US)" validate={required()} />
          <TextInput
            source="safeguard"
            label="Safeguard (adequacy decision, SCCs…)"
            validate={required()}
          />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput
        source="automatedDecisions"
        label="Automated decisions or profiling (Art. 15(1)(h)); empty if none"
        parse={orNull}
        multiline
        fullWidth
      />
      <FormDataConsumer>
        {({ formData }) => <KindSettings kind={formData.kind} creating={creating} />}
      </FormDataConsumer>
    </SimpleForm>
  );
}

/** An empty instruction is left out, so the connector's default words apply. */
const orAbsent = (value: string) => (value?.trim() ? value : undefined);

/** An empty text box means "not recorded", not an empty statement. */
const orNull = (value: string) => (value?.trim() ? value : null);

const FIELDS = [
  'name',
  'owner',
  'enabled',
  'categories',
  'purposes',
  'legalBases',
  'recipients',
  'retention',
  'source',
  'transfers',
  'automatedDecisions',
  'identityTypes',
  'actions',
  'settings',
];

/** Only the contract's fields; empty write-only secrets are left out (the server keeps them). */
export function systemBody(data: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = Object.fromEntries(
    FIELDS.filter((key) => key in data).map((key) => [key, data[key]]),
  );
  // Sent on an update too: the api checks it is unchanged.
  body.kind = data.kind;
  const settings = { ...((data.settings as Record<string, unknown>) ?? {}) };
  for (const key of ['secret', 'url', 'credentials']) {
    if (
      (settings[key] === '' || settings[key] === null || settings[key] === undefined) &&
      (key !== 'url' || data.kind !== 'webhook')
    )
      delete settings[key];
  }
  body.settings = settings;
  return body;
}
