import type { AuthProvider } from 'react-admin';
import { roleMay } from './permissions.js';
import { session } from './session.js';

/** Staff sign-in against `POST /api/auth/login`; `canAccess` hides what the role may not do. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: username, password }),
    });
    const body = await response.json().catch(() => ({}));
    if (response.status === 429) throw new Error('Too many attempts. Wait a minute and try again.');
    if (!response.ok) throw new Error(body.message ?? 'The e-mail or the password is wrong.');
    session.set({ token: body.token, user: body.user });
  },
  async logout() {
    const current = session.get();
    session.clear();
    if (current) {
      await fetch('/api/auth/logout', {
        method: 'POST',
        headers: { authorization: `Bearer ${current.token}` },
      }).catch(() => undefined);
    }
  },
  async checkAuth() {
    // `message: false`: go to the login page without an error toast (being signed out is normal).
    if (!session.get()) throw { message: false };
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      session.clear();
      throw new Error('Your session has ended; sign in again');
    }
  },
  async getIdentity() {
    const user = session.get()?.user;
    if (!user) throw new Error('Sign in first');
    return { id: user.id, fullName: `${user.name} (${user.role})`, role: user.role };
  },
  async getPermissions() {
    return session.get()?.user.role;
  },
  async canAccess({ resource, action }: { resource: string; action: string }) {
    return roleMay(session.get()?.user.role, resource, action);
  },
};
