import { Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useMay } from '../common/use-role.js';
import {
  ApproveAction,
  AssignAction,
  DenyAction,
  DownloadAction,
  PreviewAction,
  type RequestRecord,
} from './action-buttons.js';
import { RegimeAction } from './RegimeAction.js';
import { RestrictionPanel } from './RestrictionPanel.js';
import {
  DenyForExemptionAction,
  ObjectionDecisionAction,
  RefusalList,
  RefusePartAction,
} from './RefusalActions.js';
import { TEXT_ACTIONS, TextAction } from './text-actions.js';

const text = (action: string) => TEXT_ACTIONS.find((spec) => spec.action === action)!;

/**
 * A button for each action the request's status allows (the server's `allowedActions`) and the
 * signed-in role may take, in the order an officer works: verify, preview, approve or deny.
 */
export function RequestActions() {
  const request = useRecordContext<RequestRecord>();
  const may = useMay();
  if (!request) return null;
  const allowed = (action: string, permission = action) =>
    request.allowedActions?.includes(action) && may('requests', permission);
  const canDownload =
    request.type === 'access' &&
    request.status === 'completed' &&
    request.allowedActions?.includes('download_package') &&
    may('requests', 'download');
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ my: 1, flexWrap: 'wrap' }}
      aria-label="Actions"
      role="toolbar"
    >
      {allowed('verify') ? <TextAction request={request} spec={text('verify')} /> : null}
      {allowed('preview') ? <PreviewAction request={request} /> : null}
      {allowed('approve') ? <ApproveAction request={request} /> : null}
      {allowed('deny') ? <DenyAction request={request} /> : null}
      {allowed('refuse_part') ? <RefusePartAction request={request} /> : null}
      {allowed('deny_exemption') ? <DenyForExemptionAction request={request} /> : null}
      {request.type === 'objection' && allowed('uphold_objection') ? (
        <ObjectionDecisionAction request={request} />
      ) : null}
      {allowed('uphold_appeal', 'appeal-decision') ? (
        <TextAction request={request} spec={text('overturn_appeal')} />
      ) : null}
      {allowed('uphold_appeal', 'appeal-decision') ? (
        <TextAction request={request} spec={text('uphold_appeal')} />
      ) : null}
      {allowed('clarify') ? <TextAction request={request} spec={text('clarify')} /> : null}
      {allowed('extend') ? <TextAction request={request} spec={text('extend')} /> : null}
      {allowed('change_regime') ? <RegimeAction request={request} /> : null}
      {allowed('assign') ? <AssignAction request={request} /> : null}
      {allowed('note') ? <TextAction request={request} spec={text('note')} /> : null}
      {allowed('cancel') ? <TextAction request={request} spec={text('cancel')} /> : null}
      {canDownload ? <DownloadAction request={request} /> : null}
      <RefusalList request={request} />
      <RestrictionPanel request={request} />
    </Stack>
  );
}
