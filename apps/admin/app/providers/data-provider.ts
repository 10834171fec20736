import simpleRestProvider from 'ra-data-simple-rest';
import {
  type DataProvider,
  fetchUtils,
  type GetListParams,
  type GetListResult,
  HttpError,
} from 'react-admin';
import { datasetPlace } from '../systems/dataset-place.js';
import { dueBefore, type FieldError, formErrors } from './server-errors.js';
import { session } from './session.js';

export const API = '/api/admin';

/**
 * The statuses of a request still being worked on (the domain's OPEN_STATUSES) and an appeal
 * waiting for its decision (APPEAL_STATUSES): the queue shows both.
 */
export const OPEN_STATUSES = [
  'pending_verification',
  'awaiting_approval',
  'in_progress',
  'action_required',
  'awaiting_subject',
  'appealed',
];

/** JSON-edited values whose inner errors are shown on the value's own field. */
const COLLAPSE: Record<string, string[]> = {
  systems: ['settings.dataset', 'settings.credentials'],
};

/** A dataset map's problems by table and column, read from the values that were sent. */
function placeIn(body: unknown): (value: string, path: string) => string {
  let sent: { settings?: { dataset?: unknown } } = {};
  try {
    sent = typeof body === 'string' ? JSON.parse(body) : {};
  } catch {
    // Not JSON (a file upload): paths are shown as they are.
  }
  return (value, path) =>
    value === 'settings.dataset' ? datasetPlace(sent.settings?.dataset, path) : path;
}

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
      const errors = formErrors(
        error.body.errors as FieldError[],
        COLLAPSE[resource],
        placeIn(options.body),
      );
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

/** One rule of a pack that differs from the version before, field by field, with citations. */
export interface PackRuleChange {
  rule: string;
  words: string;
  citationBefore: string | null;
  citationAfter: string | null;
  changes: { path: string; before: unknown; after: unknown }[];
}

/** `GET /api/admin/jurisdictions/:code/versions`: a regime's versions, newest first. */
export interface JurisdictionVersions {
  code: string;
  name: string;
  inForce: string;
  versions: {
    version: string;
    effective: string;
    inForce: boolean;
    upcoming: boolean;
    amendedBy: { citation: string; reading?: true; note?: string } | null;
    changes: PackRuleChange[];
  }[];
}

/** `GET /api/admin/requests/:id/clock`: the dates, the segments and the cited rule trace. */
export interface RequestClock {
  jurisdiction: string;
  version: string;
  dueAt: string;
  extendedDueAt?: string;
  summary: string;
  segments: { from: string; to: string | null; running: boolean; reason: string }[];
  trace: { rule: string; citation: string; result: string }[];
}

export interface RequestPause {
  id: string;
  reason: string;
  question: string;
  answer: string | null;
  startedAt: string;
  endedAt: string | null;
}

export interface RequestAppeal {
  id: string;
  text: string;
  askedAt: string;
  decideBy: string;
  outcome: 'upheld' | 'overturned' | null;
  decisionText: string | null;
  decidedAt: string | null;
}

/** An exemption the request's regime offers (GET requests/:id/exemptions). */
export interface RequestExemption {
  code: string;
  words: string;
  citation: string;
  lawNamedInText: boolean;
}

/** A refused part of a request (GET requests/:id/refusals). */
export interface RequestRefusal {
  id: string;
  scope: 'system' | 'category';
  systemName: string | null;
  category: string | null;
  exemptionCode: string;
  citation: string;
  text: string;
  createdAt: string;
}

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
  /**
   * One action on many requests in one call (`POST requests/bulk/:action`): the api checks each
   * one and answers which were done and why the others were refused.
   */
  bulkRequests: (action: BulkAction, ids: string[], extra: Record<string, unknown> = {}) =>
    post<BulkOutcome>(`requests/bulk/${action}`, { ids, ...extra }),
  noteRequest: (id: string, text: string) => post(`requests/${id}/note`, { text }),
  changeRegime: (id: string, jurisdiction: string, reason: string) =>
    post(`requests/${id}/regime`, { jurisdiction, reason }),
  clarifyRequest: (id: string, question: string) => post(`requests/${id}/clarify`, { question }),
  decideAppeal: (id: string, outcome: 'upheld' | 'overturned', text: string) =>
    post(`requests/${id}/appeal-decision`, { outcome, text }),
  previewRequest: (id: string) => post<unknown>(`requests/${id}/preview`),
  refusePart: (
    id: string,
    part: { systemId: string } | { category: string },
    exemptionCode: string,
    text: string,
  ) => post(`requests/${id}/refuse-part`, { ...part, exemptionCode, text }),
  denyForExemption: (id: string, exemptionCode: string, text: string) =>
    post(`requests/${id}/deny-exemption`, { exemptionCode, text }),
  requestExemptions: (id: string) => get<RequestExemption[]>(`requests/${id}/exemptions`),
  requestRefusals: (id: string) => get<RequestRefusal[]>(`requests/${id}/refusals`),
  decideObjection: (
    id: string,
    systemId: string,
    outcome: 'upheld' | 'compelling_grounds',
    text: string,
  ) => post(`requests/${id}/objection-decision`, { systemId, outcome, text }),
  liftRestriction: (id: string) => post(`requests/${id}/lift-restriction`),
  requestRestrictions: (id: string) =>
    get<
      {
        taskId: string;
        systemId: string;
        systemName: string;
        liftedAt: string | null;
        lift: { outcome: 'lifted' | 'by_hand' | 'nothing_to_lift'; note: string } | null;
      }[]
    >(`requests/${id}/restrictions`),
  restrictionLiftedByHand: (id: string, taskId: string) =>
    post(`requests/${id}/restrictions/${taskId}/lifted`),
  retryTask: (id: string) => post(`tasks/${id}/retry`),
  completeTask: (
    id: string,
    outcome: 'completed' | 'not_found' | 'failed',
    note: string,
    subjectNote?: string,
  ) => post(`tasks/${id}/complete`, { outcome, note, ...(subjectNote ? { subjectNote } : {}) }),
  redeliver: (id: string) => post(`deliveries/${id}/redeliver`),
  testSystem: (id: string) => post<{ ok?: boolean; message?: string }>(`systems/${id}/test`),
  rotateSecret: (id: string) =>
    post<{ secret?: string; previousSecretValidUntil?: string }>(`systems/${id}/rotate-secret`),
  verifyAuditChain: () => get<ChainReport>('audit-chain/verify'),
  /** The whole trail as signed JSON (whole hash chains, Ed25519), the file a regulator checks. */
  async exportSignedAudit(): Promise<Blob> {
    const response = await fetch(`${API}/audit-chain/export`, authorized());
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new HttpError(
        body.message ?? `The export failed (${response.status})`,
        response.status,
      );
    }
    return response.blob();
  },
  listAttachments: (taskId: string) => get<TaskAttachment[]>(`tasks/${taskId}/attachments`),
  requestClock: (id: string) => get<RequestClock>(`requests/${id}/clock`),
  jurisdictionVersions: (code: string) =>
    get<JurisdictionVersions>(`jurisdictions/${encodeURIComponent(code)}/versions`),
  requestPauses: (id: string) => get<RequestPause[]>(`requests/${id}/pauses`),
  requestAppeals: (id: string) => get<RequestAppeal[]>(`requests/${id}/appeals`),
  /** The file itself as the body (the api streams it into the encrypted store). */
  async uploadAttachment(taskId: string, file: File): Promise<TaskAttachment> {
    const name = encodeURIComponent(file.name);
    const options = authorized({
      method: 'POST',
      body: file,
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    });
    const response = await fetch(`${API}/tasks/${taskId}/attachments?name=${name}`, options);
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new HttpError(
        body.message ?? `${file.name} could not be attached`,
        response.status,
        body,
      );
    }
    return body as TaskAttachment;
  },
  async downloadAttachment(taskId: string, file: TaskAttachment): Promise<Blob> {
    const response = await fetch(`${API}/tasks/${taskId}/attachments/${file.id}`, authorized());
    if (!response.ok) throw new HttpError(`${file.name} could not be downloaded`, response.status);
    return response.blob();
  },
  getStats: (period?: { from: string; to: string }) =>
    get<Stats>(period ? `stats?from=${period.from}&to=${period.to}` : 'stats'),
  /** The suppression list (every remembered opt-out) as the CSV data flows apply. */
  async downloadSuppression(): Promise<Blob> {
    const response = await fetch(`${API}/opt-outs/suppression.csv`, authorized());
    if (!response.ok)
      throw new HttpError('The suppression list could not be downloaded', response.status);
    return response.blob();
  },
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

export type BulkAction = 'approve' | 'assign' | 'deny';

export interface BulkOutcome {
  done: string[];
  refused: { id: string; reason: string }[];
}

export interface TaskAttachment {
  id: string;
  taskId: string;
  name: string;
  contentType: string;
  bytes: number;
  createdAt: string;
}

export interface Stats {
  openByStatus: Record<string, number>;
  openByType: Record<string, number>;
  openByJurisdiction: Record<string, number>;
  period: {
    from: string;
    to: string;
    received: number;
    completed: number;
    onTime: number;
    late: number;
    onTimeRate: number | null;
    medianDaysToComplete: number | null;
    p90DaysToComplete: number | null;
    byMonth: { month: string; received: number; completed: number }[];
  };
  dueThisWeek: number;
  overdue: number;
  medianDaysToComplete: number | null;
  weekly: { week: string; received: number; completed: number }[];
  generatedAt: string;
}

export type StaffDataProvider = DataProvider & typeof actions;

/** The most rows the api sends in one page (the smallest `maxPageSize` of its lists). */
const API_PAGE = 200;

/**
 * A page larger than the api sends (an export asks for 1000) fetched as consecutive api pages,
 * so an export holds every row instead of failing with "the request query is invalid".
 */
async function getLargeList(resource: string, params: GetListParams): Promise<GetListResult> {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: API_PAGE };
  if (perPage <= API_PAGE) return base.getList(resource, params);
  const first = (page - 1) * perPage;
  if (first % API_PAGE !== 0) return base.getList(resource, params);
  const data: GetListResult['data'] = [];
  let total = 0;
  for (let offset = 0; offset < perPage; offset += API_PAGE) {
    const chunk = await base.getList(resource, {
      ...params,
      pagination: { page: (first + offset) / API_PAGE + 1, perPage: API_PAGE },
    });
    data.push(...chunk.data);
    total = chunk.total ?? data.length;
    if (chunk.data.length < API_PAGE || first + offset + API_PAGE >= total) break;
  }
  return { data, total };
}

export const dataProvider: StaffDataProvider = {
  ...base,
  ...actions,
  getList(resource, params) {
    const { dueWithinDays, scope, ...filter } = params.filter ?? {};
    // "Open requests" (the queue's default view): every open status unless one is picked.
    if (resource === 'requests' && scope === 'open' && !filter.status) {
      filter.status = OPEN_STATUSES;
    }
    if (
      resource === 'requests' &&
      dueWithinDays !== undefined &&
      dueWithinDays !== '' &&
      dueWithinDays !== null
    ) {
      filter.dueBefore = dueBefore(Number(dueWithinDays));
    }
    return getLargeList(resource, { ...params, filter });
  },
};
