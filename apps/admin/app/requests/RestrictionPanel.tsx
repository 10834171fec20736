import { Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog.js';
import { useMay } from '../common/use-role.js';
import { useStaffAction } from '../common/use-staff-action.js';
import type { StaffDataProvider } from '../providers/data-provider.js';
import type { RequestRecord } from './action-buttons.js';

interface Props {
  request: RequestRecord & { updatedAt?: string; restrictionLiftedAt?: string | null };
}

/**
 * A restriction's systems (GDPR Art. 18) and its lifting: the subject is mailed first
 * (Art. 18(3)), then each system lifts it.
 */
export function RestrictionPanel({ request }: Props) {
  const provider = useDataProvider<StaffDataProvider>();
  const may = useMay();
  const [open, setOpen] = useState(false);
  const systems = useQuery({
    queryKey: ['request-restrictions', request.id, request.updatedAt],
    queryFn: () => provider.requestRestrictions(request.id),
    enabled: request.type === 'restriction',
  }).data;
  const lift = useStaffAction((p, id: string) => p.liftRestriction(id), {
    success: 'The subject is told; the systems lift the restriction next',
    onSuccess: () => setOpen(false),
  });
  const byHand = useStaffAction(
    (p, taskId: string) => p.restrictionLiftedByHand(request.id, taskId),
    { success: 'Recorded: the restriction is lifted there' },
  );
  if (request.type !== 'restriction' || !systems) return null;
  const liftable =
    request.status === 'completed' &&
    !request.restrictionLiftedAt &&
    may('requests', 'lift_restriction');
  return (
    <>
      <List dense aria-label="Restricted systems">
        {systems.map((system) => (
          <ListItem
            key={system.systemId}
            secondaryAction={
              system.lift?.outcome === 'by_hand' &&
              !system.liftedAt &&
              may('requests', 'lift_restriction') ? (
                <Button
                  size="small"
                  disabled={byHand.isPending}
                  onClick={() => byHand.mutate(system.taskId)}
                >
                  Lifted by hand
                </Button>
              ) : null
            }
          >
            <ListItemText
              primary={`Restricted in ${system.systemName}`}
              secondary={
                system.liftedAt
                  ? `lifted ${system.liftedAt}${system.lift ? `: ${system.lift.note}` : ''}`
                  : system.lift?.outcome === 'by_hand'
                    ? `to lift by hand: ${system.lift.note}`
                    : 'in force'
              }
            />
          </ListItem>
        ))}
      </List>
      {liftable ? (
        <Button variant="outlined" onClick={() => setOpen(true)}>
          Lift restriction
        </Button>
      ) : null}
      <ActionDialog
        open={open}
        title={`Lift the restriction of ${request.reference}?`}
        confirmLabel="Lift restriction"
        pending={lift.isPending}
        onClose={() => setOpen(false)}
        onConfirm={() => lift.mutate(request.id)}
      >
        <Typography>
          The subject is mailed first that the restriction ends (GDPR Art. 18(3)); once that mail
          has gone, every system above lifts it.
        </Typography>
      </ActionDialog>
    </>
  );
}
