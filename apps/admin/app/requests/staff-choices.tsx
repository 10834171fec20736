import { MenuItem, TextField } from '@mui/material';
import { useGetIdentity, useGetList } from 'react-admin';
import { useMay } from '../common/use-role.js';
import type { DenialReason } from '../providers/data-provider.js';

export const DENIAL_REASONS: { id: DenialReason; name: string }[] = [
  { id: 'identity_not_verified', name: 'Identity could not be verified' },
  { id: 'manifestly_unfounded', name: 'Manifestly unfounded' },
  { id: 'excessive_repetitive', name: 'Excessive or repetitive' },
  { id: 'exemption_applies', name: 'An exemption applies' },
  { id: 'outside_jurisdiction', name: 'Outside the jurisdiction' },
  { id: 'other', name: 'Other' },
];

/**
 * Who a request can be assigned to: every enabled officer and admin for an admin (who may list
 * staff), otherwise just "me" (officers cannot list accounts).
 */
export function useAssignableStaff(): { id: string; name: string }[] {
  const may = useMay();
  const { identity } = useGetIdentity();
  const { data: users = [] } = useGetList(
    'users',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: may('users', 'list') },
  );
  if (users.length) {
    return users
      .filter((user) => user.enabled !== false && user.role !== 'viewer')
      .map((user) => ({ id: String(user.id), name: user.name ?? user.email }));
  }
  return identity ? [{ id: String(identity.id), name: 'Me' }] : [];
}

export function AssigneeChoice({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const choices = useAssignableStaff();
  return (
    <TextField
      select
      fullWidth
      margin="dense"
      label="Assign to"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <MenuItem value="">Nobody (unassign)</MenuItem>
      {choices.map((user) => (
        <MenuItem key={user.id} value={user.id}>
          {user.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Hands a downloaded file to the browser's save dialog. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
