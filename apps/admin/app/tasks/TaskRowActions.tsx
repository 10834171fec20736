import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog.js';
import { useMay } from '../common/use-role.js';
import { useStaffAction } from '../common/use-staff-action.js';

/**
 * Retry a failed or waiting task (a system that went silent is asked again; the sweep alerts on
 * long waits); close a waiting (e-mail, manual) or failed task by hand with a note.
 */
export function TaskRowActions(_props: { label?: string }) {
  const task = useRecordContext<{ id: string; state: string; systemName: string }>();
  const may = useMay();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<'completed' | 'not_found' | 'failed'>('completed');
  const [note, setNote] = useState('');
  const [subjectNote, setSubjectNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const retry = useStaffAction((p, id: string) => p.retryTask(id), {
    success: 'Task queued again',
  });
  // The files first (an access task's files go into the package when it closes), then the outcome.
  const complete = useStaffAction(
    async (p, id: string) => {
      for (const file of files) await p.uploadAttachment(id, file);
      return p.completeTask(id, outcome, note, subjectNote.trim() || undefined);
    },
    {
      success: files.length ? `Task closed with ${files.length} file(s) attached` : 'Task closed',
      onSuccess: () => {
        setOpen(false);
        setFiles([]);
      },
    },
  );
  if (!task) return null;
  const canRetry = ['waiting', 'failed'].includes(task.state) && may('tasks', 'retry');
  const canComplete = ['waiting', 'failed'].includes(task.state) && may('tasks', 'complete');
  if (!canRetry && !canComplete) return null;
  return (
    <Stack direction="row" spacing={1} onClick={(event) => event.stopPropagation()}>
      {canRetry ? (
        <Button size="small" onClick={() => retry.mutate(task.id)} disabled={retry.isPending}>
          Retry
        </Button>
      ) : null}
      {canComplete ? (
        <Button size="small" variant="outlined" onClick={() => setOpen(true)}>
          Record outcome
        </Button>
      ) : null}
      <ActionDialog
        open={open}
        title={`Close the ${task.systemName} task by hand`}
        confirmLabel="Close task"
        pending={complete.isPending}
        onClose={() => setOpen(false)}
        onConfirm={() => complete.mutate(task.id)}
      >
        <TextField
          select
          fullWidth
          margin="dense"
          label="Outcome"
          value={outcome}
          onChange={(event) =>
            setOutcome(event.target.value as 'completed' | 'not_found' | 'failed')
          }
        >
          <MenuItem value="completed">Done</MenuItem>
          <MenuItem value="not_found">No data found</MenuItem>
          <MenuItem value="failed">Could not be done (the person is told why)</MenuItem>
        </TextField>
        <TextField
          autoFocus
          required
          fullWidth
          multiline
          minRows={2}
          margin="dense"
          label="What was done (internal)"
          helperText="For staff and the audit trail only; the person never sees it"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <TextField
          fullWidth
          multiline
          minRows={2}
          margin="dense"
          required={outcome === 'failed'}
          label={outcome === 'failed' ? 'Why, for the person' : 'Note to the person (optional)'}
          helperText="Shown in their answer and download, word for word"
          value={subjectNote}
          onChange={(event) => setSubjectNote(event.target.value)}
        />
        <Button component="label" variant="outlined" sx={{ mt: 1 }}>
          Attach files (e.g. the export the processor sent)
          <input
            type="file"
            multiple
            hidden
            aria-label="Files to attach"
            onChange={(event) => setFiles([...(event.target.files ?? [])])}
          />
        </Button>
        {files.length ? (
          <Typography variant="body2" sx={{ mt: 1 }} aria-live="polite">
            To attach: {files.map((file) => file.name).join(', ')}
          </Typography>
        ) : null}
      </ActionDialog>
    </Stack>
  );
}
