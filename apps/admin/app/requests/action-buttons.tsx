import { Button, Checkbox, FormControlLabel, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { ActionDialog } from '../common/ActionDialog.js';
import { useStaffAction } from '../common/use-staff-action.js';
import type { DenialReason } from '../providers/data-provider.js';
import { PreviewResult, type RequestPreview } from './PreviewResult.js';
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

/** What approving does, per type of request; an erasure is the one that cannot be taken back. */
export const APPROVAL_CONSEQUENCES: Record<string, { says: string; irreversible: boolean }> = {
  access: {
    says: 'Every system that holds data of the subject is asked for a copy. Nothing is changed in them. The copies are put together in a package and the subject is mailed a download link.',
    irreversible: false,
  },
  rectification: {
    says: 'Every system that holds the fields to correct changes them to the values the subject gave. The subject is told when it is done.',
    irreversible: false,
  },
  erasure: {
    says: 'Every system erases, masks or deletes the subject’s data, except what the law requires to be kept (see Preview). Processors and staff tasks are asked to do the same. The subject is told what was erased and what was kept, and why.',
    irreversible: true,
  },
  portability: {
    says: 'The systems whose legal basis is consent or a contract are asked for the data the subject gave; nothing is changed. The subject is mailed a download link: JSON, CSV and one portable file per system.',
    irreversible: false,
  },
  restriction: {
    says: 'Every system marks the subject’s data restricted: kept, but not otherwise used. Recipients of the data are told (Art. 19). Lifting the restriction tells the subject first.',
    irreversible: false,
  },
  objection: {
    says: 'An objection to direct marketing reaches the marketing systems at once. One to processing on legitimate interests waits in each such system until you uphold it or record compelling grounds (Weigh objection). The subject is told what each system did.',
    irreversible: false,
  },
  opt_out: {
    says: 'Every system and partner that sells or shares data is told to stop for this person; the opt-out is remembered. It needs no approval: it went to processing on receipt.',
    irreversible: false,
  },
  limit_sensitive: {
    says: 'Every system using sensitive data limits it to what the service needs for this person. It needs no approval: it went to processing on receipt.',
    irreversible: false,
  },
};

export function ApproveAction({ request }: Props) {
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const consequence =
    APPROVAL_CONSEQUENCES[request.type as keyof typeof APPROVAL_CONSEQUENCES] ??
    APPROVAL_CONSEQUENCES.access;
  const close = () => {
    setOpen(false);
    setUnderstood(false);
  };
  const approve = useStaffAction((p, id: string) => p.approveRequest(id), {
    success: 'Approved: the systems are being asked',
    onSuccess: close,
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
        danger={consequence.irreversible}
        ready={!consequence.irreversible || understood}
        pending={approve.isPending}
        onClose={close}
        onConfirm={() => approve.mutate(request.id)}
      >
        <Typography>{consequence.says}</Typography>
        {consequence.irreversible ? (
          <>
            <Typography sx={{ mt: 1, fontWeight: 700 }}>An erasure cannot be undone.</Typography>
            <FormControlLabel
              control={
                <Checkbox
                  checked={understood}
                  onChange={(event) => setUnderstood(event.target.checked)}
                />
              }
              label="I understand that the erased data cannot be brought back"
            />
          </>
        ) : null}
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
  const [result, setResult] = useState<RequestPreview | undefined>(undefined);
  const preview = useStaffAction(
    (p, id: string) => p.previewRequest(id) as Promise<RequestPreview>,
    {
      onSuccess: setResult,
    },
  );
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
        onClose={() => setOpen(false)}
        onConfirm={() => setOpen(false)}
      >
        {preview.isPending ? (
          'Working it out…'
        ) : preview.isError ? (
          `The preview failed: ${preview.error.message}`
        ) : result ? (
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
