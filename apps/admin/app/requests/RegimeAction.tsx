import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { ActionDialog } from '../common/ActionDialog.js';
import { jurisdictionChoices, useJurisdictions } from '../common/jurisdictions.js';
import { useStaffAction } from '../common/use-staff-action.js';
import type { RequestRecord } from './action-buttons.js';
import { ChoiceField, TextInputField } from './text-actions.js';

/** Put the request under another regime, with the reason (audited; the subject is told the date). */
export function RegimeAction({ request }: { request: RequestRecord & { jurisdiction?: string } }) {
  const regimes = jurisdictionChoices(useJurisdictions()).filter(
    (choice) => choice.id !== request.jurisdiction,
  );
  const [open, setOpen] = useState(false);
  const [jurisdiction, setJurisdiction] = useState('');
  const [reason, setReason] = useState('');
  const close = () => {
    setOpen(false);
    setJurisdiction('');
    setReason('');
  };
  const change = useStaffAction((p, id: string) => p.changeRegime(id, jurisdiction, reason), {
    success: 'Regime changed; the dates are counted afresh and the subject is told',
    onSuccess: close,
  });
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        Change regime
      </Button>
      <ActionDialog
        open={open}
        title={`Change the regime of ${request.reference}`}
        confirmLabel="Change regime"
        ready={Boolean(jurisdiction && reason.trim())}
        pending={change.isPending}
        onClose={close}
        onConfirm={() => change.mutate(request.id)}
      >
        <Typography>
          The due dates are counted again from receipt under the new regime; the subject is mailed
          the date that follows.
        </Typography>
        <ChoiceField
          label="New regime"
          value={jurisdiction}
          onChange={setJurisdiction}
          choices={regimes}
        />
        <TextInputField
          label="Reason (on the timeline)"
          required
          value={reason}
          onChange={setReason}
        />
      </ActionDialog>
    </>
  );
}
