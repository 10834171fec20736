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
import {
  countryChoices,
  jurisdictionChoices,
  regionChoices,
  rightsFor,
  useJurisdictions,
} from '../common/jurisdictions.js';
import { grantedTypeChoices, OBJECTION_GROUND_CHOICES } from '../common/choices.js';

/** A request received by post or phone, verified by staff (the note says how). */
export function RequestCreate() {
  const regimes = useJurisdictions();
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
        objectionGround: data.type === 'objection' ? data.objectionGround : undefined,
        // The regime follows from the residence unless staff name one.
        jurisdiction: data.jurisdiction || undefined,
        residence: residenceOf(data.residence),
      })}
    >
      <SimpleForm defaultValues={{ type: 'access', channel: 'post' }}>
        <RadioButtonGroupInput
          source="channel"
          label="Received by"
          choices={[
            { id: 'post', name: 'Post' },
            { id: 'phone', name: 'Phone' },
          ]}
          validate={required()}
        />
        <TextInput source="email" label="Subject's e-mail" type="email" validate={required()} />
        <TextInput source="name" label="Subject's name" />
        <SelectInput
          source="residence.country"
          label="Where the subject lives"
          choices={countryChoices(regimes)}
          validate={required()}
        />
        <FormDataConsumer>
          {({ formData }) => {
            const regions = regionChoices(regimes, formData.residence?.country);
            return regions.length ? (
              <SelectInput
                source="residence.region"
                label="State or province"
                choices={regions}
                emptyText="Elsewhere in the country"
              />
            ) : null;
          }}
        </FormDataConsumer>
        <SelectInput
          source="jurisdiction"
          label="Regime (when not the residence's)"
          choices={jurisdictionChoices(regimes)}
          emptyText="From the residence"
        />
        <FormDataConsumer>
          {({ formData }) => (
            // Only the rights the regime grants (GET /api/jurisdictions); the server refuses others.
            <SelectInput
              source="type"
              choices={grantedTypeChoices(
                rightsFor(regimes, formData.jurisdiction, formData.residence),
              )}
              validate={required()}
            />
          )}
        </FormDataConsumer>
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
        <FormDataConsumer>
          {({ formData }) =>
            formData.type === 'objection' ? (
              <SelectInput
                source="objectionGround"
                label="The objection is"
                choices={OBJECTION_GROUND_CHOICES}
                validate={required()}
              />
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

function residenceOf(value: unknown): { country: string; region?: string } | undefined {
  const residence = (value ?? {}) as { country?: string; region?: string };
  if (!residence.country) return undefined;
  return { country: residence.country, ...(residence.region ? { region: residence.region } : {}) };
}
