import { Button, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { ActionDialog } from '../common/ActionDialog.js';
import { useStaffAction } from '../common/use-staff-action.js';
import type { StaffDataProvider } from '../providers/data-provider.js';
import type { RequestRecord } from './action-buttons.js';

/** An action whose dialog asks for one text (a note, a reason). */
export interface TextActionSpec {
  action: 'verify' | 'extend' | 'note' | 'cancel' | 'clarify' | 'uphold_appeal' | 'overturn_appeal';
  /** The permission it needs, where it differs from the action's name. */
  permission?: string;
  button: string;
  title: (reference: string) => string;
  confirm: string;
  field: string;
  required: boolean;
  danger?: boolean;
  primary?: boolean;
  success: string;
  run: (provider: StaffDataProvider, id: string, text: string) => Promise<unknown>;
}

export const TEXT_ACTIONS: TextActionSpec[] = [
  {
    action: 'verify',
    button: 'Verify identity',
    title: (ref) => `Verify ${ref} by hand`,
    confirm: 'Verify',
    field: 'How was the identity checked?',
    required: true,
    primary: true,
    success: 'Identity verified',
    run: (p, id, text) => p.verifyRequest(id, text),
  },
  {
    action: 'extend',
    button: 'Extend deadline',
    title: (ref) => `Extend the deadline of ${ref}`,
    confirm: 'Extend',
    field: 'Reason (told to the subject)',
    required: true,
    success: 'Deadline extended; the subject is told',
    run: (p, id, text) => p.extendRequest(id, text),
  },
  {
    action: 'clarify',
    button: 'Ask the subject',
    title: (ref) => `Ask the subject of ${ref} a question`,
    confirm: 'Send the question',
    field: 'Question (mailed to the subject with a reply link)',
    required: true,
    success: 'Question sent; the request waits for the answer',
    run: (p, id, text) => p.clarifyRequest(id, text),
  },
  {
    action: 'uphold_appeal',
    permission: 'appeal-decision',
    button: 'Uphold the decision',
    title: (ref) => `Uphold the decision on ${ref}?`,
    confirm: 'Uphold',
    field: 'Reasons (mailed to the subject with the regulator’s complaint route)',
    required: true,
    success: 'Appeal decided: the decision stands; the subject is told why and where to complain',
    run: (p, id, text) => p.decideAppeal(id, 'upheld', text),
  },
  {
    action: 'overturn_appeal',
    permission: 'appeal-decision',
    button: 'Overturn and reopen',
    title: (ref) => `Overturn the decision on ${ref}?`,
    confirm: 'Overturn',
    field: 'Reasons (mailed to the subject)',
    required: true,
    primary: true,
    success: 'Appeal decided: the request is reopened for approval',
    run: (p, id, text) => p.decideAppeal(id, 'overturned', text),
  },
  {
    action: 'note',
    button: 'Add note',
    title: (ref) => `Note on ${ref}`,
    confirm: 'Add note',
    field: 'Note (internal, on the timeline)',
    required: true,
    success: 'Note added to the timeline',
    run: (p, id, text) => p.noteRequest(id, text),
  },
  {
    action: 'cancel',
    button: 'Cancel request',
    title: (ref) => `Cancel ${ref}?`,
    confirm: 'Cancel request',
    field: 'Reason (optional)',
    required: false,
    danger: true,
    success: 'Request cancelled',
    run: (p, id, text) => p.cancelRequest(id, text || undefined),
  },
];

export function TextInputField({
  label,
  required,
  value,
  onChange,
}: {
  label: string;
  required: boolean;
  value: string;
  onChange: (text: string) => void;
}) {
  return (
    <TextField
      autoFocus
      fullWidth
      multiline
      minRows={2}
      margin="dense"
      label={label}
      required={required}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** A dialog's one-of-a-list field: each choice's words, its value the id sent to the API. */
export function ChoiceField<V extends string>({
  label,
  value,
  onChange,
  choices,
}: {
  label: string;
  value: V | '';
  onChange: (value: V) => void;
  choices: readonly { id: V; name: string }[];
}) {
  return (
    <TextField
      select
      fullWidth
      margin="dense"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as V)}
    >
      {choices.map((choice) => (
        <MenuItem key={choice.id} value={choice.id}>
          {choice.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

export function TextAction({ request, spec }: { request: RequestRecord; spec: TextActionSpec }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const close = () => {
    setOpen(false);
    setText('');
  };
  const mutation = useStaffAction((p, id: string) => spec.run(p, id, text), {
    success: spec.success,
    onSuccess: close,
  });
  return (
    <>
      <Button
        variant={spec.primary ? 'contained' : 'outlined'}
        color={spec.danger ? 'error' : 'primary'}
        onClick={() => setOpen(true)}
      >
        {spec.button}
      </Button>
      <ActionDialog
        open={open}
        danger={spec.danger}
        title={spec.title(request.reference)}
        confirmLabel={spec.confirm}
        pending={mutation.isPending}
        onClose={close}
        onConfirm={() => mutation.mutate(request.id)}
      >
        <TextInputField
          label={spec.field}
          required={spec.required}
          value={text}
          onChange={setText}
        />
      </ActionDialog>
    </>
  );
}
