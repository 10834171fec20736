import { Button } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useMay } from '../common/use-role.js';
import { useStaffAction } from '../common/use-staff-action.js';

/** Sends the same message again (same webhook-id, so the receiver can de-duplicate). */
export function RedeliverButton(_props: { label?: string }) {
  const delivery = useRecordContext<{ id: string }>();
  const may = useMay();
  const redeliver = useStaffAction((p, id: string) => p.redeliver(id), {
    success: 'Redelivery sent',
  });
  if (!delivery || !may('deliveries', 'redeliver')) return null;
  return (
    <Button
      size="small"
      onClick={(event) => {
        event.stopPropagation();
        redeliver.mutate(delivery.id);
      }}
      disabled={redeliver.isPending}
    >
      Redeliver
    </Button>
  );
}
