import { Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  BulkExportButton,
  useDataProvider,
  useListContext,
  useNotify,
  useRefresh,
  useUnselectAll,
} from 'react-admin';
import { ActionDialog } from '../common/ActionDialog.js';
import { useMay } from '../common/use-role.js';
import type { BulkAction, BulkOutcome, StaffDataProvider } from '../providers/data-provider.js';
import { AssigneeChoice } from './staff-choices.js';

/** "Approve: 3 done, 1 refused (DSR-…: it is not awaiting approval)". */
function bulkSummary(label: string, outcome: BulkOutcome): string {
  const refused = outcome.refused.length
    ? `, ${outcome.refused.length} refused (${outcome.refused[0]!.reason})`
    : '';
  return `${label}: ${outcome.done.length} done${refused}`;
}

/** One call for all the selected requests; the answer says which were done and why not others. */
function useBulk(label: string, action: BulkAction) {
  const provider = useDataProvider<StaffDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('requests');
  return useMutation({
    mutationFn: ({ ids, extra }: { ids: string[]; extra?: Record<string, unknown> }) =>
      provider.bulkRequests(action, ids, extra),
    onSuccess: (outcome) => {
      notify(bulkSummary(label, outcome), {
        type: outcome.refused.length ? 'warning' : 'success',
      });
      unselectAll();
      refresh();
    },
    onError: (error) => notify(`${label}: ${error.message}`, { type: 'error' }),
  });
}

function BulkApproveButton() {
  const { selectedIds } = useListContext();
  const approve = useBulk('Approve', 'approve');
  return (
    <Button
      onClick={() => approve.mutate({ ids: selectedIds as string[] })}
      disabled={approve.isPending}
    >
      Approve selected
    </Button>
  );
}

function BulkAssignButton() {
  const { selectedIds } = useListContext();
  const [open, setOpen] = useState(false);
  const [assignee, setAssignee] = useState('');
  const assign = useBulk('Assign', 'assign');
  return (
    <>
      <Button onClick={() => setOpen(true)}>Assign selected</Button>
      <ActionDialog
        open={open}
        title={`Assign ${selectedIds.length} request(s)`}
        confirmLabel="Assign"
        onClose={() => setOpen(false)}
        onConfirm={() => {
          assign.mutate({ ids: selectedIds as string[], extra: { assigneeId: assignee || null } });
          setOpen(false);
        }}
      >
        <AssigneeChoice value={assignee} onChange={setAssignee} />
      </ActionDialog>
    </>
  );
}

/** The queue's bulk actions: export for everyone, assign and approve for those allowed. */
export function RequestBulkActions() {
  const may = useMay();
  return (
    <>
      {may('requests', 'approve') ? <BulkApproveButton /> : null}
      {may('requests', 'assign') ? <BulkAssignButton /> : null}
      <BulkExportButton label="Export selected" />
    </>
  );
}
