import simpleRestProvider from 'ra-data-simple-rest';
import { type DataProvider, fetchUtils, HttpError } from 'react-admin';
import { dueBefore, type FieldError, formErrors } from './server-errors.js';
import { session } from './session.js';

export const API = '/api/admin';

/** JSON-edited values whose inner errors are shown on the value's own field. */
const COLLAPSE: Record<string, string[]> = {
  systems: ['settings.dataset', 'settings.credentials'],
};

function authorized(options: fetchUtils.Options = {}): fetchUtils.Options {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = session.get()?.token;
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return { ...options, headers };
}

/** fetchJson with the bearer token; the API's error list becomes React-Admin's field errors. */
async function httpClient(url: string, options: fetchUtils.Options = {}) {
  try {
    return await fetchUtils.fetchJson(url, authorized(options));
  } catch (error) {
    if (error instanceof HttpError && Array.isArray(error.body?.errors)) {
      const resource = new URL(url, location.origin).pathname.split('/')[3] ?? '';
      const errors = formErrors(error.body.errors as FieldError[], COLLAPSE[resource]);
      throw new HttpError(error.body.message ?? error.message, error.status, {
        ...error.body,
        errors,
      });
    }
    throw error;
  }
}

async function post<T>(path: string, body: unknown = {}): Promise<T> {
  const { json } = await httpClient(`${API}/${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return json as T;
}

async function get<T>(path: string): Promise<T> {
  const { json } = await httpClient(`${API}/${path}`);
  return json as T;
}

export type DenialReason =
  | 'identity_not_verified'
  | 'manifestly_unfounded'
  | 'excessive_repetitive'
  | 'exemption_applies'
  | 'outside_jurisdiction'
  | 'other';

export interface ChainReport {
  ok: boolean;
  chains: number;
  events: number;
  broken: {
    chain: string;
    requestId: string | null;
    seq: number;
    eventId: string;
    problem: string;
  }[];
}

const base = simpleRestProvider(API, httpClient);

/** The typed actions; each calls its action endpoint (never a generic update of a status). */
const actions = {
  verifyRequest: (id: string, note: string) => post(`requests/${id}/verify`, { note }),
  approveRequest: (id: string) => post(`requests/${id}/approve`),
  denyRequest: (id: string, reasonCode: DenialReason, text: string) =>
    post(`requests/${id}/deny`, { reasonCode, text }),
  extendRequest: (id: string, reason: string) => post(`requests/${id}/extend`, { reason }),
  cancelRequest: (id: string, reason?: string) =>
    post(`requests/${id}/cancel`, reason ? { reason } : {}),
  assignRequest: (id: string, assigneeId: string | null) =>
    post(`requests/${id}/assign`, { assigneeId }),
  noteRequest: (id: string, text: string) => post(`requests/${id}/note`, { text }),
  previewRequest: (id: string) => post<unknown>(`requests/${id}/preview`),
  retryTask: (id: string) => post(`tasks/${id}/retry`),
  completeTask: (id: string, outcome: 'completed' | 'not_found', note: string) =>
    post(`tasks/${id}/complete`, { outcome, note }),
  redeliver: (id: string) => post(`deliveries/${id}/redeliver`),
  testSystem: (id: string) => post<{ ok?: boolean; message?: string }>(`systems/${id}/test`),
  rotateSecret: (id: string) =>
    post<{ secret?: string; previousSecretValidUntil?: string }>(`systems/${id}/rotate-secret`),
  verifyAuditChain: () => get<ChainReport>('audit-chain/verify'),
  getStats: () => get<Stats>('stats'),
  /** The package as a file the browser saves; the download is audited by the server. */
  async downloadPackage(id: string): Promise<{ blob: Blob; fileName: string }> {
    const response = await fetch(`${API}/requests/${id}/package`, authorized());
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new HttpError(
        body.message ?? `The package could not be downloaded (${response.status})`,
        response.status,
        body,
      );
    }
    const disposition = response.headers.get('content-disposition') ?? '';
    const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `request-${id}.zip`;
    return { blob: await response.blob(), fileName };
  },
};

export interface Stats {
  openByStatus: Record<string, number>;
  dueThisWeek: number;
  overdue: number;
  medianDaysToComplete: number | null;
  weekly: { week: string; received: number; completed: number }[];
  generatedAt: string;
}

export type StaffDataProvider = DataProvider & typeof actions;

export const dataProvider: StaffDataProvider = {
  ...base,
  ...actions,
  getList(resource, params) {
    const { dueWithinDays, ...filter } = params.filter ?? {};
    if (
      resource === 'requests' &&
      dueWithinDays !== undefined &&
      dueWithinDays !== '' &&
      dueWithinDays !== null
    ) {
      filter.dueBefore = dueBefore(Number(dueWithinDays));
    }
    return base.getList(resource, { ...params, filter });
  },
};
