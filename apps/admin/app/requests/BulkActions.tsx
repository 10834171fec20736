import { Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  useDataProvider,
  useListContext,
  useNotify,
  useRefresh,
  useUnselectAll,
} from 'react-admin';
import { ActionDialog } from '../common/ActionDialog.js';
import type { StaffDataProvider } from '../providers/data-provider.js';
import { AssigneeChoice } from './staff-choices.js';

/** Runs one action on every selected request and says how many worked and why others did not. */
function useBulk(
  label: string,
  run: (provider: StaffDataProvider, id: string) => Promise<unknown>,
) {
  const provider = useDataProvider<StaffDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('requests');
  return useMutation({
    mutationFn: async (ids: string[]) => Promise.allSettled(ids.map((id) => run(provider, id))),
    onSuccess: (results) => {
      const failed = results.filter(
        (result) => result.status === 'rejected',
      ) as PromiseRejectedResult[];
      const done = results.length - failed.length;
      const refused = failed.length
        ? `, ${failed.length} refused (${failed[0]!.reason?.message ?? 'error'})`
        : '';
      notify(`${label}: ${done} done${refused}`, { type: failed.length ? 'warning' : 'success' });
      unselectAll();
      refresh();
    },
  });
}

export function BulkApproveButton() {
  const { selectedIds } = useListContext();
  const approve = useBulk('Approve', (provider, id) => provider.approveRequest(id));
  return (
    <Button onClick={() => approve.mutate(selectedIds as string[])} disabled={approve.isPending}>
      Approve selected
    </Button>
  );
}

export function BulkAssignButton() {
  const { selectedIds } = useListContext();
  const [open, setOpen] = useState(false);
  const [assignee, setAssignee] = useState('');
  const assign = useBulk('Assign', (provider, id) => provider.assignRequest(id, assignee || null));
  return (
    <>
      <Button onClick={() => setOpen(true)}>Assign selected</Button>
      <ActionDialog
        open={open}
        title={`Assign ${selectedIds.length} request(s)`}
        confirmLabel="Assign"
        onClose={() => setOpen(false)}
        onConfirm={() => {
          assign.mutate(selectedIds as string[]);
          setOpen(false);
        }}
      >
        <AssigneeChoice value={assignee} onChange={setAssignee} />
      </ActionDialog>
    </>
  );
}
