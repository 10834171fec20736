import { Button, TextField } from '@mui/material';
import { useState } from 'react';
import { ActionDialog } from '../common/ActionDialog.js';
import { useStaffAction } from '../common/use-staff-action.js';
import type { StaffDataProvider } from '../providers/data-provider.js';
import type { RequestRecord } from './action-buttons.js';

/** An action whose dialog asks for one text (a note, a reason). */
export interface TextActionSpec {
  action: 'verify' | 'extend' | 'note' | 'cancel';
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
