import type { StaffRole } from '@dsar/staff';

/** The demo's staff accounts; their passwords are printed at start and listed in docs/demo.md. */
export const DEMO_STAFF: { email: string; name: string; role: StaffRole; password: string }[] = [
  {
    email: 'admin@flatris.example',
    name: 'Alina Admin',
    role: 'admin',
    password: 'demo-admin-password',
  },
  {
    email: 'officer@flatris.example',
    name: 'Oleh Officer',
    role: 'officer',
    password: 'demo-officer-password',
  },
  {
    email: 'viewer@flatris.example',
    name: 'Vira Viewer',
    role: 'viewer',
    password: 'demo-viewer-password',
  },
];
