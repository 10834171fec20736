import { StaffIntake } from '@dsar/requests';
import { StaffAccounts } from '@dsar/staff';
import type { StaffRole } from '@dsar/persistence';
import type { TestStack } from '../../testing/api-stack.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface SignedIn {
  id: string;
  email: string;
  token: string;
}

/** Creates an account with `role` (through the service) and signs it in over HTTP. */
export async function signIn(
  stack: TestStack,
  role: StaffRole,
  email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@staff.example`,
): Promise<SignedIn> {
  const user = await stack.api
    .get(StaffAccounts)
    .create(
      { email, name: `A ${role}`, role, password: TEST_PASSWORD },
      { type: 'system', id: null },
    );
  const response = await fetch(`${stack.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  return { id: user.id, email, token };
}

/** A request entered by staff (verified by hand): it waits for approval. */
export async function awaitingApproval(
  stack: TestStack,
  email: string,
  type: 'access' | 'erasure' = 'access',
  subject: { name?: string; language?: string } = {},
) {
  return stack.api.get(StaffIntake).enter(
    {
      type,
      email,
      name: subject.name ?? null,
      ...(subject.language ? { language: subject.language } : {}),
      jurisdiction: 'gdpr',
      details: null,
      corrections: null,
      channel: 'post',
      receivedAt: new Date(),
      verificationNote: 'signed letter with ID',
    },
    { type: 'system', id: null },
  );
}

export async function call(
  stack: TestStack,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, body: json };
}
