/** The public API (no login). Answers are returned with their status; only the network throws. */
export interface FieldError {
  field: string;
  message: string;
}
export interface ApiAnswer<T> {
  status: number;
  body: T & { message?: string; errors?: FieldError[] };
}

export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<ApiAnswer<T>> {
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  let body: unknown = {};
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    body = { message: text };
  }
  return { status: response.status, body: body as ApiAnswer<T>['body'] };
}

export interface SubjectStatus {
  reference: string;
  type: string;
  status: string;
  receivedAt: string;
  dueAt: string;
  extendedDueAt?: string | null;
  completedAt?: string | null;
  appeal: AppealView;
  /** The request's language (BCP 47) and the controller's time zone. */
  language: string;
  timeZone: string;
}

/** The appeal on the status page: offered (until when), not offered, or asked and its state. */
export interface AppealView {
  offered: boolean;
  askBy?: string;
  askedAt?: string;
  decideBy?: string;
  outcome?: 'upheld' | 'overturned' | null;
  decidedAt?: string | null;
}

export const tokenFromUrl = (): string => new URLSearchParams(location.search).get('token') ?? '';
