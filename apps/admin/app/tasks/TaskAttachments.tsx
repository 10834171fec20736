import { Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext } from 'react-admin';
import { formatDateTime } from '../common/dates.js';
import type { StaffDataProvider } from '../providers/data-provider.js';
import { saveFile } from '../requests/staff-choices.js';

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1048576
      ? `${Math.round(bytes / 1024)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;

/** The files recorded on a task (the export a processor sent back), each downloadable. */
export function TaskAttachments(_props: { label?: string }) {
  const task = useRecordContext<{ id: string }>();
  const provider = useDataProvider<StaffDataProvider>();
  const notify = useNotify();
  const { data: files } = useQuery({
    queryKey: ['task-attachments', task?.id],
    queryFn: () => provider.listAttachments(task!.id),
    enabled: Boolean(task),
  });
  if (!task) return null;
  if (!files?.length) return <Typography variant="body2">No files attached.</Typography>;
  return (
    <List dense disablePadding aria-label="Attached files">
      {files.map((file) => (
        <ListItem
          key={file.id}
          disableGutters
          secondaryAction={
            <Button
              size="small"
              aria-label={`Download ${file.name}`}
              onClick={() =>
                provider.downloadAttachment(task.id, file).then(
                  (blob) => saveFile(blob, file.name),
                  (error: Error) => notify(error.message, { type: 'error' }),
                )
              }
            >
              Download
            </Button>
          }
        >
          <ListItemText
            primary={file.name}
            secondary={`${size(file.bytes)} · added ${formatDateTime(file.createdAt)}`}
          />
        </ListItem>
      ))}
    </List>
  );
}
