import { Typography } from '@mui/material';
import {
  ArrayInput,
  Edit,
  email,
  maxValue,
  minValue,
  NumberInput,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
} from 'react-admin';
import { TYPE_CHOICES_EXPLAINED } from '../common/choices.js';
import { jurisdictionChoices, useJurisdictions } from '../common/jurisdictions.js';

/** A whole number between `min` and `max`, with what it means (the server checks the same). */
function Count(props: { source: string; label: string; min: number; max: number; help: string }) {
  return (
    <NumberInput
      source={props.source}
      label={props.label}
      helperText={props.help}
      step={1}
      min={props.min}
      max={props.max}
      validate={[required(), minValue(props.min), maxValue(props.max)]}
      sx={{ minWidth: 320 }}
    />
  );
}

/** The settings are one record: saved, never deleted (no Delete button). */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** The policies officers tune, each explained; a single record (`settings/current`). */
export function SettingsEdit() {
  // The regimes come from the packs through the api (`GET /api/jurisdictions`), never a list here.
  const regimes = useJurisdictions();
  return (
    <Edit
      id="current"
      resource="settings"
      title="Settings"
      mutationMode="pessimistic"
      redirect={false}
    >
      <SimpleForm toolbar={<SaveOnly />} sx={{ maxWidth: 900 }}>
        <Typography variant="h6" component="h2">
          Who answers
        </Typography>
        <TextInput
          source="controllerName"
          label="Controller's name"
          helperText="The organisation the requests are addressed to; shown to subjects and on this app's sign-in page."
          validate={required()}
          fullWidth
        />
        <TextInput
          source="controllerContact"
          label="Privacy contact"
          helperText="Where subjects write with questions (an e-mail or postal address), quoted in every mail."
          validate={required()}
          fullWidth
        />
        <TextInput
          source="supervisoryAuthority"
          label="Supervisory authority"
          helperText="Named in denials and completions: where a subject may lodge a complaint."
          validate={required()}
          multiline
          fullWidth
        />

        <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
          Confirming and approving
        </Typography>
        <Count
          source="verificationExpiryHours"
          label="Confirmation link valid for (hours)"
          min={1}
          max={720}
          help="A request not confirmed within this time expires; the subject may ask again."
        />
        <ArrayInput
          source="autoApproval"
          label="Approve without an officer"
          helperText="Confirmed requests matching a rule go straight to the systems. Leave empty to approve every request by hand."
        >
          <SimpleFormIterator inline disableReordering>
            <SelectInput
              source="type"
              label="Request type"
              choices={TYPE_CHOICES_EXPLAINED}
              validate={required()}
            />
            <SelectInput
              source="jurisdiction"
              label="Jurisdiction"
              choices={jurisdictionChoices(regimes)}
              emptyText="Any"
            />
          </SimpleFormIterator>
        </ArrayInput>
        <Count
          source="internalTargetDays"
          label="Internal target (working days before the legal date)"
          min={0}
          max={60}
          help="Staff see and are alerted by this earlier date; the person is always told the legal one."
        />
        <Count
          source="processorLeadDays"
          label="Processor lead time (calendar days before the person's date)"
          min={0}
          max={60}
          help="Webhook and e-mail processors, and manual tasks, are asked to answer this many days before the person's due date, so there is time to check their answer. Processors must assist with requests (GDPR Art. 28(3)(e)); the number of days is our reading, not the law's."
        />
        <Count
          source="mailsPerRecipientPerDay"
          label="Mails to one address per day"
          min={1}
          max={100}
          help="Caps mails from the public form to one address, so nobody can flood a third party's inbox."
        />

        <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
          Packages and retention
        </Typography>
        <Count
          source="downloadLinkHours"
          label="Download link valid for (hours)"
          min={1}
          max={720}
          help="How long the link in the ‘your data is ready’ mail works."
        />
        <Count
          source="packageRetentionDays"
          label="Keep access packages for (days)"
          min={1}
          max={365}
          help="Packages are deleted after this; the audit log keeps that they existed."
        />
        <Count
          source="deliveryBodyRetentionDays"
          label="Keep webhook bodies for (days)"
          min={1}
          max={3650}
          help="The bodies of webhook deliveries are cleared after this; their outcome stays."
        />

        <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
          Connected systems and alerts
        </Typography>
        <ArrayInput
          source="retrySchedule"
          label="Webhook retries (seconds after each failed attempt)"
          helperText="A failed delivery is tried again after each delay in turn; after the last it fails for good."
        >
          <SimpleFormIterator inline disableReordering>
            <NumberInput
              source=""
              label="Wait (seconds)"
              step={1}
              validate={[required(), minValue(1), maxValue(604_800)]}
            />
          </SimpleFormIterator>
        </ArrayInput>
        <ArrayInput
          source="staffAlertEmails"
          label="Alert staff at"
          helperText="Failed tasks, disabled systems and the daily digest go to these addresses."
        >
          <SimpleFormIterator inline disableReordering>
            <TextInput source="" label="E-mail" type="email" validate={[required(), email()]} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Edit>
  );
}
