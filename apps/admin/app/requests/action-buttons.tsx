import { Button, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { ActionDialog } from '../common/ActionDialog.js';
import { useStaffAction } from '../common/use-staff-action.js';
import type { DenialReason } from '../providers/data-provider.js';
import { PreviewResult } from './PreviewResult.js';
import { TextInputField } from './text-actions.js';
import { AssigneeChoice, DENIAL_REASONS, saveFile } from './staff-choices.js';

export interface RequestRecord {
  id: string;
  reference: string;
  type: string;
  status: string;
  assigneeId: string | null;
  allowedActions: string[];
}

interface Props {
  request: RequestRecord;
}

export function ApproveAction({ request }: Props) {
  const [open, setOpen] = useState(false);
  const approve = useStaffAction((p, id: string) => p.approveRequest(id), {
    success: 'Approved: the systems are being asked',
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button variant="contained" onClick={() => setOpen(true)}>
        Approve
      </Button>
      <ActionDialog
        open={open}
        title={`Approve ${request.reference}?`}
        confirmLabel="Approve"
        pending={approve.isPending}
        onClose={() => setOpen(false)}
        onConfirm={() => approve.mutate(request.id)}
      >
        Every registered system that supports a {request.type} request will be asked. The subject is
        told when it completes.
      </ActionDialog>
    </>
  );
}

export function DenyAction({ request }: Props) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<DenialReason>('identity_not_verified');
  const [text, setText] = useState('');
  const deny = useStaffAction((p, id: string) => p.denyRequest(id, reason, text), {
    success: 'Denied; the subject is told why',
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button variant="outlined" color="error" onClick={() => setOpen(true)}>
        Deny
      </Button>
      <ActionDialog
        open={open}
        danger
        title={`Deny ${request.reference}`}
        confirmLabel="Deny"
        pending={deny.isPending}
        onClose={() => setOpen(false)}
        onConfirm={() => deny.mutate(request.id)}
      >
        <TextField
          select
          fullWidth
          margin="dense"
          label="Reason"
          value={reason}
          onChange={(event) => setReason(event.target.value as DenialReason)}
        >
          {DENIAL_REASONS.map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {choice.name}
            </MenuItem>
          ))}
        </TextField>
        <TextInputField label="What the subject is told" required value={text} onChange={setText} />
      </ActionDialog>
    </>
  );
}

export function AssignAction({ request }: Props) {
  const [open, setOpen] = useState(false);
  const [assignee, setAssignee] = useState('');
  const assign = useStaffAction((p, id: string) => p.assignRequest(id, assignee || null), {
    success: 'Assignment saved',
    onSuccess: () => setOpen(false),
  });
  const start = () => {
    setAssignee(request.assigneeId ?? '');
    setOpen(true);
  };
  return (
    <>
      <Button variant="outlined" onClick={start}>
        Assign
      </Button>
      <ActionDialog
        open={open}
        title={`Assign ${request.reference}`}
        confirmLabel="Save"
        pending={assign.isPending}
        onClose={() => setOpen(false)}
        onConfirm={() => assign.mutate(request.id)}
      >
        <AssigneeChoice value={assignee} onChange={setAssignee} />
      </ActionDialog>
    </>
  );
}

/** What approval would do, asked of the server each time the dialog opens. */
export function PreviewAction({ request }: Props) {
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<unknown>(undefined);
  const preview = useStaffAction((p, id: string) => p.previewRequest(id), { onSuccess: setResult });
  const start = () => {
    setResult(undefined);
    setOpen(true);
    preview.mutate(request.id);
  };
  return (
    <>
      <Button variant="outlined" onClick={start}>
        Preview
      </Button>
      <ActionDialog
        open={open}
        title={`What approving ${request.reference} would do`}
        confirmLabel="Close"
        onClose={() => setOpen(false)}
        onConfirm={() => setOpen(false)}
      >
        {preview.isPending ? (
          'Working it out…'
        ) : preview.isError ? (
          `The preview failed: ${preview.error.message}`
        ) : result !== undefined ? (
          <PreviewResult result={result} />
        ) : null}
      </ActionDialog>
    </>
  );
}

export function DownloadAction({ request }: Props) {
  const download = useStaffAction((p, id: string) => p.downloadPackage(id), {
    success: 'Package downloaded (the download is in the audit log)',
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
  });
  return (
    <Button
      variant="contained"
      onClick={() => download.mutate(request.id)}
      disabled={download.isPending}
    >
      Download package
    </Button>
  );
}
