import { TextInput, type Validator } from 'react-admin';

/** Keeps text that is not valid JSON as text, so the validator below can say so. */
const parse = (text: string) => {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};
const format = (value: unknown) =>
  value === null || value === undefined
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value, null, 2);
const validJson: Validator = (value) =>
  typeof value === 'string' ? 'is not valid JSON' : undefined;

/** A JSON value edited as text; the server's messages about its inside are shown on it. */
export function JsonInput(props: {
  source: string;
  label?: string;
  helperText?: string;
  validate?: Validator[];
}) {
  return (
    <TextInput
      {...props}
      multiline
      minRows={8}
      fullWidth
      parse={parse}
      format={format}
      validate={[validJson, ...(props.validate ?? [])]}
      sx={{ '& textarea': { fontFamily: 'monospace', fontSize: 13 } }}
    />
  );
}
