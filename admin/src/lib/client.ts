import { locale, t } from './i18n';

/** Typed client for the Smart Campus API (see docs/API). One instance per school. */

export type Id = string;
export type MemberKind = 'staff' | 'parent' | 'student';
export type AdminRole = 'creator' | 'super' | 'scoped' | null;
export type LocalisedText = { 'zh-Hant': string; en: string; pt: string };

export interface SchoolInfo {
  code: string;
  name: LocalisedText;
}
export interface SessionMember {
  id: Id;
  name: string;
  kind: MemberKind;
  adminRole: AdminRole;
  isTeacher: boolean;
  isStaff: boolean;
}
export interface Session {
  member: SessionMember;
  surface: 'back-office' | 'mobile';
  csrfToken: string;
}
export interface SignedIn {
  member: SessionMember;
  csrfToken: string;
}
export type SignInResult = SignedIn | { secondFactor: 'sms'; phoneHint: string };

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
export interface ListQuery {
  page?: number;
  pageSize?: number;
  q?: string;
}
export interface Member {
  id: Id;
  name: string;
  kind: MemberKind;
  areaCode: string | null;
  phone: string | null;
  account: string | null;
  status: string;
  adminRole: AdminRole;
  isTeacher: boolean;
  isStaff: boolean;
  joinedAt: string | null;
  createdAt: string;
}
export interface Message {
  id: Id;
  source: string;
  title: string;
  body: string;
  refType: string | null;
  refId: string | null;
  createdAt: string;
  readAt: string | null;
}
export interface AuditEntry {
  id: Id;
  at: string;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
}

/** An API failure: `code` is stable, `message` is already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// The CSRF token of the current session, per school; it comes back from sign-in and from `me`.
const csrfTokens = new Map<string, string>();

function toQuery(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === '' || v === false) continue;
    search.set(k, v === true ? '1' : String(v));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

async function toApiError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; field?: string } };
    if (body.error?.code) {
      return new ApiError(res.status, body.error.code, body.error.message ?? body.error.code, body.error.field);
    }
  } catch {
    // Not our JSON (a proxy's error page, say): describe it by status below.
  }
  const code = res.status === 401 ? 'unauthenticated' : res.status === 404 ? 'not_found' : 'http';
  return new ApiError(res.status, code, t('error.http', { status: res.status }));
}

/** The client for one school's API. */
export function schoolApi(school: string) {
  const base = `/api/s/${encodeURIComponent(school)}`;

  async function send<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
    const headers: Record<string, string> = { 'Accept-Language': locale(), Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const token = csrfTokens.get(school);
    if (method !== 'GET' && token) headers['X-CSRF-Token'] = token;
    let res: Response;
    try {
      res = await fetch(base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError(0, 'network', t('error.network'));
    }
    if (!res.ok) {
      const error = await toApiError(res);
      // After a reload the token is gone until `me` runs; fetch it once and try again.
      if (error.code === 'csrf' && !retried) {
        await me();
        return send<T>(method, path, body, true);
      }
      throw error;
    }
    if (res.status === 204 || res.headers.get('content-length') === '0') return undefined as T;
    const data = (await res.json()) as T;
    const csrf = (data as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof csrf === 'string') csrfTokens.set(school, csrf);
    return data;
  }

  const get = <T>(path: string) => send<T>('GET', path);
  const post = <T>(path: string, body?: unknown) => send<T>('POST', path, body);
  const me = () => get<Session>('/auth/me');

  return {
    info: () => get<SchoolInfo>('/info'),
    auth: {
      me,
      signIn: (input: { login: string; password: string }) => post<SignInResult>('/auth/sign-in', input),
      secondFactor: (input: { code: string }) => post<SignedIn>('/auth/second-factor', input),
      sendCode: (input: { areaCode: string; phone: string }) => post<void>('/auth/code', input),
      signInWithCode: (input: { areaCode: string; phone: string; code: string }) =>
        post<SignedIn>('/auth/code/sign-in', input),
      signOut: async () => {
        await post<void>('/auth/sign-out');
        csrfTokens.delete(school);
      },
    },
    messages: {
      list: (query: ListQuery & { unread?: boolean }) =>
        get<Page<Message> & { unread: number }>(`/messages${toQuery({ ...query })}`),
      read: (id: Id) => post<void>(`/messages/${encodeURIComponent(id)}/read`),
      readAll: () => post<void>('/messages/read-all'),
    },
    members: {
      list: (query: ListQuery & { kind?: string; status?: string }) => get<Page<Member>>(`/members${toQuery({ ...query })}`),
      disable: (id: Id) => post<Member>(`/members/${encodeURIComponent(id)}/disable`),
      enable: (id: Id) => post<Member>(`/members/${encodeURIComponent(id)}/enable`),
      remove: (id: Id) => send<void>('DELETE', `/members/${encodeURIComponent(id)}`),
    },
    audit: {
      list: (query: ListQuery) => get<Page<AuditEntry>>(`/audit${toQuery({ ...query })}`),
    },
  };
}

export type SchoolApi = ReturnType<typeof schoolApi>;

/** True when `error` means "sign in first". */
export const isUnauthenticated = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'unauthenticated';

// contacts ──────────────────────────────────────────────────────────────────────────────
// The request under the typed client, for modules that keep their methods in their own file
// (lib/contacts-client.ts): JSON in and out, or raw bytes (an .xlsx upload, a file download).

/** An ApiError that carries the error body's other members, e.g. the bad `rows` of an import. */
export class DetailedApiError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    field: string | undefined,
    readonly details: Record<string, unknown>,
  ) {
    super(status, code, message, field);
  }
}

/** What to send: a JSON `json` body, or `bytes` with their `contentType`. */
export interface SchoolRequestBody {
  json?: unknown;
  bytes?: Blob | ArrayBuffer;
  contentType?: string;
}

/**
 * Sends one request to a school's API with the session's CSRF token and the UI language, and
 * returns the (successful) response; a failure throws DetailedApiError. Like `schoolApi`, a
 * lost CSRF token is fetched once through `me` and the request tried again.
 */
export async function schoolFetch(school: string, method: string, path: string, body: SchoolRequestBody = {}, retried = false): Promise<Response> {
  const headers: Record<string, string> = { 'Accept-Language': locale(), Accept: 'application/json' };
  const token = csrfTokens.get(school);
  if (method !== 'GET' && token) headers['X-CSRF-Token'] = token;
  let payload: BodyInit | undefined;
  if (body.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body.bytes !== undefined) {
    headers['Content-Type'] = body.contentType ?? 'application/octet-stream';
    payload = body.bytes;
  }
  let res: Response;
  try {
    res = await fetch(`/api/s/${encodeURIComponent(school)}${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', t('error.network'));
  }
  if (res.ok) return res;
  const copy = res.clone();
  const error = await toApiError(res);
  if (error.code === 'csrf' && !retried) {
    await schoolApi(school).auth.me();
    return schoolFetch(school, method, path, body, true);
  }
  let details: Record<string, unknown> = {};
  try {
    const raw = ((await copy.json()) as { error?: Record<string, unknown> }).error ?? {};
    details = Object.fromEntries(Object.entries(raw).filter(([k]) => !['code', 'message', 'field'].includes(k)));
  } catch {
    // no JSON body: no details
  }
  throw new DetailedApiError(error.status, error.code, error.message, error.field, details);
}
