/**
 * What each staff role may do in the UI (the server checks again; this only hides what would be
 * refused). Resources and actions are React-Admin's, plus the custom actions by name.
 */
export type StaffRole = 'admin' | 'officer' | 'viewer';

const READ = ['list', 'show'];
const REQUEST_ACTIONS = [
  'verify',
  'approve',
  'deny',
  'extend',
  'cancel',
  'assign',
  'note',
  'preview',
  'download',
  'clarify',
  'appeal-decision',
  'change_regime',
  'refuse_part',
  'deny_exemption',
  'lift_restriction',
  'uphold_objection',
];

const OFFICER: Record<string, string[]> = {
  dashboard: READ,
  requests: [...READ, 'create', ...REQUEST_ACTIONS],
  tasks: [...READ, 'retry', 'complete'],
  deliveries: [...READ, 'redeliver'],
  'audit-events': [...READ, 'verify-chain'],
  systems: READ,
};

const VIEWER: Record<string, string[]> = {
  dashboard: READ,
  requests: READ,
  tasks: READ,
  deliveries: READ,
  'audit-events': [...READ, 'verify-chain'],
  systems: READ,
};

export function roleMay(role: StaffRole | undefined, resource: string, action: string): boolean {
  if (role === 'admin') return true;
  const table = role === 'officer' ? OFFICER : role === 'viewer' ? VIEWER : {};
  return table[resource]?.includes(action) ?? false;
}
