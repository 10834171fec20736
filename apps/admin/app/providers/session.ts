import type { StaffRole } from './permissions.js';

/** The signed-in member, kept in sessionStorage (the tab's life; a new tab signs in again). */
export interface Session {
  token: string;
  user: { id: string; email: string; name: string; role: StaffRole };
}

const KEY = 'dsar.session';

export const session = {
  get(): Session | null {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    } catch {
      return null;
    }
  },
  set(value: Session): void {
    sessionStorage.setItem(KEY, JSON.stringify(value));
  },
  clear(): void {
    sessionStorage.removeItem(KEY);
  },
};
