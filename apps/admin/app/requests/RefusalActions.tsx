import { Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useGetList } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog.js';
import { useStaffAction } from '../common/use-staff-action.js';
import type { StaffDataProvider } from '../providers/data-provider.js';
import type { RequestRecord } from './action-buttons.js';
import { ChoiceField, TextInputField } from './text-actions.js';

const REFUSAL_SCOPES = [
  { id: 'system', name: 'One system’s share' },
  { id: 'category', name: 'One data category of what is returned' },
] as const;

const OBJECTION_OUTCOMES = [
  { id: 'upheld', name: 'Uphold: the processing stops there' },
  { id: 'compelling_grounds', name: 'Compelling legitimate grounds override it (Art. 21(1))' },
] as const;

interface Props {
  request: RequestRecord & { updatedAt?: string };
}

/** The exemptions of the request's regime, each with its citation. */
function useExemptions(id: string) {
  const provider = useDataProvider<StaffDataProvider>();
  return useQuery({
    queryKey: ['request-exemptions', id],
    queryFn: () => provider.requestExemptions(id),
    enabled: Boolean(id),
  }).data;
}

function ExemptionChoice(props: {
  requestId: string;
  value: string;
  onChange: (code: string) => void;
}) {
  const exemptions = useExemptions(props.requestId) ?? [];
  const chosen = exemptions.find((exemption) => exemption.code === props.value);
  return (
    <>
      <ChoiceField
        label="Exemption"
        value={props.value}
        onChange={props.onChange}
        choices={exemptions.map((exemption) => ({
          id: exemption.code,
          name: `${exemption.words} — ${exemption.citation}`,
        }))}
      />
      {chosen?.lawNamedInText ? (
        <Typography variant="body2">Name the law relied on in the text below.</Typography>
      ) : null}
    </>
  );
}

/**
 * Refuse part of a request — one system, or one data category of what is returned — on an
 * exemption of its regime; the answer mail and the package say what and why.
 */
export function RefusePartAction({ request }: Props) {
  const systems = useGetList('systems', { pagination: { page: 1, perPage: 100 } }).data ?? [];
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<'system' | 'category'>('system');
  const [target, setTarget] = useState('');
  const [code, setCode] = useState('');
  const [text, setText] = useState('');
  const close = () => {
    setOpen(false);
    setTarget('');
    setCode('');
    setText('');
  };
  const refuse = useStaffAction(
    (p, id: string) =>
      p.refusePart(
        id,
        scope === 'system' ? { systemId: target } : { category: target },
        code,
        text,
      ),
    { success: 'Refused; the answer will say what and why', onSuccess: close },
  );
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        Refuse part
      </Button>
      <ActionDialog
        open={open}
        title={`Refuse part of ${request.reference}`}
        confirmLabel="Refuse part"
        ready={Boolean(target && code && text.trim())}
        pending={refuse.isPending}
        onClose={close}
        onConfirm={() => refuse.mutate(request.id)}
      >
        <ChoiceField
          label="What is refused"
          value={scope}
          onChange={(next) => {
            setScope(next);
            setTarget('');
          }}
          choices={REFUSAL_SCOPES}
        />
        {scope === 'system' ? (
          <ChoiceField
            label="System"
            value={target}
            onChange={setTarget}
            choices={systems.map((system) => ({ id: system.id, name: system.name }))}
          />
        ) : (
          <TextInputField
            label="Data category (e.g. user.financial)"
            required
            value={target}
            onChange={setTarget}
          />
        )}
        <ExemptionChoice requestId={request.id} value={code} onChange={setCode} />
        <TextInputField label="What the subject is told" required value={text} onChange={setText} />
      </ActionDialog>
    </>
  );
}

/** After approval: an exemption covers the whole request; open work stops, the subject is told. */
export function DenyForExemptionAction({ request }: Props) {
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [text, setText] = useState('');
  const deny = useStaffAction((p, id: string) => p.denyForExemption(id, code, text), {
    success: 'Denied; the subject is told why and where to complain',
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button variant="outlined" color="error" onClick={() => setOpen(true)}>
        Deny (exemption)
      </Button>
      <ActionDialog
        open={open}
        danger
        title={`Deny ${request.reference} on an exemption`}
        confirmLabel="Deny"
        ready={Boolean(code && text.trim())}
        pending={deny.isPending}
        onClose={() => setOpen(false)}
        onConfirm={() => deny.mutate(request.id)}
      >
        <Typography>The tasks not yet carried out are stopped.</Typography>
        <ExemptionChoice requestId={request.id} value={code} onChange={setCode} />
        <TextInputField label="What the subject is told" required value={text} onChange={setText} />
      </ActionDialog>
    </>
  );
}

/** The parts refused so far, on the request's page. */
export function RefusalList({ request }: Props) {
  const provider = useDataProvider<StaffDataProvider>();
  const refusals = useQuery({
    queryKey: ['request-refusals', request.id, request.updatedAt],
    queryFn: () => provider.requestRefusals(request.id),
  }).data;
  if (!refusals?.length) return null;
  return (
    <List dense aria-label="Refused parts">
      {refusals.map((refusal) => (
        <ListItem key={refusal.id}>
          <ListItemText
            primary={`Refused: ${refusal.systemName ?? refusal.category} — ${refusal.exemptionCode}`}
            secondary={`${refusal.citation}. ${refusal.text}`}
          />
        </ListItem>
      ))}
    </List>
  );
}

/** GDPR Art. 21(1): per system, uphold the objection (the processing stops) or record grounds. */
export function ObjectionDecisionAction({ request }: Props) {
  const waiting =
    useGetList<{
      id: string;
      systemId: string;
      systemName: string;
      state: string;
      note: string | null;
    }>('tasks', {
      filter: { requestId: request.id },
      pagination: { page: 1, perPage: 100 },
    }).data?.filter(
      (task) => task.state === 'waiting' && /weighs the objection/.test(task.note ?? ''),
    ) ?? [];
  const [open, setOpen] = useState(false);
  const [systemId, setSystemId] = useState('');
  const [outcome, setOutcome] = useState<'upheld' | 'compelling_grounds'>('upheld');
  const [text, setText] = useState('');
  const decide = useStaffAction((p, id: string) => p.decideObjection(id, systemId, outcome, text), {
    success: 'Recorded; the subject is told in the answer',
    onSuccess: () => setOpen(false),
  });
  if (waiting.length === 0) return null;
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        Weigh objection
      </Button>
      <ActionDialog
        open={open}
        title={`Weigh the objection of ${request.reference}`}
        confirmLabel="Record"
        ready={Boolean(systemId && text.trim())}
        pending={decide.isPending}
        onClose={() => setOpen(false)}
        onConfirm={() => decide.mutate(request.id)}
      >
        <ChoiceField
          label="System"
          value={systemId}
          onChange={setSystemId}
          choices={waiting.map((task) => ({ id: task.systemId, name: task.systemName }))}
        />
        <ChoiceField
          label="Decision"
          value={outcome}
          onChange={setOutcome}
          choices={OBJECTION_OUTCOMES}
        />
        <TextInputField label="What the subject is told" required value={text} onChange={setText} />
      </ActionDialog>
    </>
  );
}
