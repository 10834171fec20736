import {
  BooleanInput,
  Edit,
  NumberInput,
  SimpleForm,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { JsonInput } from '../common/JsonInput.js';

const label = (key: string) =>
  key.replace(/([A-Z])/g, ' $1').replace(/^./, (first) => first.toUpperCase());

/** One input per setting, by the type of its current value (the server validates each key). */
function SettingInputs() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <>
      {Object.entries(record)
        .filter(([key]) => key !== 'id')
        .map(([key, value]) =>
          typeof value === 'boolean' ? (
            <BooleanInput key={key} source={key} label={label(key)} />
          ) : typeof value === 'number' ? (
            <NumberInput key={key} source={key} label={label(key)} />
          ) : value !== null && typeof value === 'object' ? (
            <JsonInput key={key} source={key} label={label(key)} />
          ) : (
            <TextInput key={key} source={key} label={label(key)} fullWidth />
          ),
        )}
    </>
  );
}

/** The policies officers tune; a single record (`settings/current`). */
export function SettingsEdit() {
  return (
    <Edit
      id="current"
      resource="settings"
      title="Settings"
      mutationMode="pessimistic"
      redirect={false}
    >
      <SimpleForm>
        <SettingInputs />
      </SimpleForm>
    </Edit>
  );
}
