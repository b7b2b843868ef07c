import { type Id, type Page, schoolFetch } from './client';
import { type DownloadedFile, fileNameOf } from './contacts-client';

/** Typed client of 訂閱 (SUB-01..07, the public draft flow) and 自動升班 (PRM-01..07). */

export type SubscriptionKind = 'admin' | 'staff' | 'family';
export type SubscriptionIdentity = 'teacher' | 'staff' | 'parent' | 'student';
export type DraftStep = 'phone' | 'code' | 'profile' | 'card' | 'pending' | 'done';

export interface CardView {
  identity: SubscriptionIdentity;
  cardType: 'education_id' | 'temp_number';
  cardNumber: string;
  student: { id: Id; name: string; className: string | null } | null;
  subscribedAt: string;
}
export interface DraftView {
  kind: SubscriptionKind;
  step: DraftStep;
  identity: SubscriptionIdentity;
  phone: string | null;
  name: string | null;
  studentName: string | null;
  classId: Id | null;
  relation: string | null;
  request: { status: string; reason: string } | null;
  cards: CardView[];
}
export interface ClassChoice {
  id: Id;
  name: string;
  gradeName: string;
  campusName: string;
  schoolYear: string;
}
export interface DraftOptions {
  classes: ClassChoice[];
  relations?: string[];
  departments?: { id: Id; name: string; parentId: Id | null; depth: number }[];
  subjects?: { id: Id; name: string; code: string }[];
}
export interface ProfileInput {
  name?: string;
  departmentIds?: Id[];
  teaching?: { classId: Id; subjectId: Id }[];
  studentName?: string;
  classId?: Id;
  relation?: string;
}
export interface CardInput {
  educationId?: string;
  tempNumber?: string;
  birthDate: string;
}
export type RequestStatus = 'pending' | 'approved' | 'rejected';
/** A new admin's subscription waiting for 同意 / 拒絕 (SUB-01). */
export interface AdminRequest {
  id: Id;
  name: string;
  areaCode: string;
  phone: string;
  identity: 'teacher' | 'staff';
  cardType: CardView['cardType'];
  cardNumber: string;
  departments: { id: Id; name: string | null }[];
  teaching: { classId: Id; className: string | null; subjectId: Id; subjectName: string | null }[];
  status: RequestStatus;
  reason: string;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: { id: Id; name: string } | null;
  memberId: Id | null;
  /** The approved member's tags (管理員). */
  memberTags: string[];
}
export type ChildInput = CardInput & { studentName: string; classId: Id; relation: string };
export type IdentityInput = CardInput & { identity: 'teacher' | 'staff'; teaching?: { classId: Id; subjectId: Id }[] };
export interface QrCode {
  kind: SubscriptionKind;
  name: string;
  url: string;
  svgPath: string;
}

// ── 自動升班 ──────────────────────────────────────────────────────────────────

type Names = { 'zh-Hant': string; en: string; pt: string };
export interface B08Fetch {
  schoolYear: string;
  fetchedAt: string | null;
  classCount: number;
  campuses: string[];
  grades: { gradeCode: string; gradeName: Names; classes: { className: Names; campus: string }[] }[];
}
export interface B08SyncInput {
  schoolYear: string;
  campusId: Id;
  language: 'zh-Hant' | 'en' | 'pt';
  separateParentClasses: boolean;
}
export interface B08SyncResult {
  schoolYear: string;
  campus: { id: Id; name: string };
  created: { grades: number; classes: number };
  grades: { id: Id; name: string; code: string; created: boolean; classes: { id: Id; name: string; audience: string; created: boolean }[] }[];
}
export interface B01Reason {
  code: string;
  label: string;
  count: number;
}
export interface B01Preview {
  upload: { id: Id; schoolYear: string; generatedAt: string; total: number; anomalyCount: number; by: { id: Id | null; name: string | null }; at: string };
  applied: { updateId: Id; at: string } | null;
  classes: { gradeCode: string; className: string; classId: Id | null; gradeName: string | null; uploaded: number; anomalies: number; reasons: B01Reason[] }[];
}
export interface B01Row {
  seq: number;
  educationId: string;
  name: string;
  gradeCode: string;
  className: string;
  classNumber: number | null;
  currentClassName: string | null;
  currentStatus: string | null;
  anomalies: { code: string; label: string }[];
}
export interface B01Update {
  id: Id;
  kind: 'apply' | 'undo';
  uploadId: Id;
  schoolYear: string;
  counts: Record<string, number>;
  undoOf: Id | null;
  undoneAt: string | null;
  by: { id: Id | null; name: string | null };
  at: string;
}

const query = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]]))).toString();
  return s ? `?${s}` : '';
};

/** The subscription and promotion API of one school. */
export function subscriptionApi(school: string) {
  const json = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await schoolFetch(school, method, path, body === undefined ? {} : { json: body });
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  };
  const file = async (path: string, fallback: string): Promise<DownloadedFile> => {
    const res = await schoolFetch(school, 'GET', path);
    return { blob: await res.blob(), fileName: fileNameOf(res.headers.get('content-disposition'), fallback) };
  };
  const draft = (token: string) => `/subscription/drafts/${encodeURIComponent(token)}`;

  return {
    draft: {
      start: (input: { kind: SubscriptionKind; identity: SubscriptionIdentity }) =>
        json<{ token: string; step: DraftStep }>('POST', '/subscription/drafts', { ...input, termsAccepted: true }),
      get: (token: string) => json<DraftView>('GET', draft(token)),
      phone: (token: string, input: { areaCode: string; phone: string; phoneConfirm?: string }) =>
        json<{ step: DraftStep; codeSent: boolean }>('POST', `${draft(token)}/phone`, input),
      code: (token: string, code: string) => json<{ step: DraftStep }>('POST', `${draft(token)}/code`, { code }),
      options: (token: string) => json<DraftOptions>('GET', `${draft(token)}/options`),
      profile: (token: string, input: ProfileInput) => json<{ step: DraftStep }>('POST', `${draft(token)}/profile`, input),
      complete: (token: string, input: CardInput) => json<DraftView>('POST', `${draft(token)}/complete`, input),
      addChild: (token: string, input: ChildInput) => json<unknown>('POST', `${draft(token)}/children`, input),
      addIdentity: (token: string, input: IdentityInput) => json<{ cards: CardView[] }>('POST', `${draft(token)}/identities`, input),
    },
    /** The signed-in member's own subscription (查看已訂閱教育證, 添加學生, 掃描職員證). */
    mine: () => json<{ items: CardView[] }>('GET', '/subscription/mine'),
    myOptions: () => json<DraftOptions>('GET', '/subscription/options'),
    addMyChild: (input: ChildInput) => json<{ cards: CardView[] }>('POST', '/subscription/children', input),
    addMyIdentity: (input: IdentityInput) => json<{ cards: CardView[] }>('POST', '/subscription/identities', input),
    requests: {
      list: (q: { page?: number; pageSize?: number; q?: string; status?: RequestStatus | 'all' }) => json<Page<AdminRequest>>('GET', `/subscription/requests${query(q)}`),
      get: (id: Id) => json<AdminRequest>('GET', `/subscription/requests/${encodeURIComponent(id)}`),
      approve: (id: Id) => json<AdminRequest>('POST', `/subscription/requests/${encodeURIComponent(id)}/approve`),
      reject: (id: Id, reason: string) => json<AdminRequest>('POST', `/subscription/requests/${encodeURIComponent(id)}/reject`, reason ? { reason } : {}),
    },
    qr: () => json<{ items: QrCode[] }>('GET', '/subscription/qr'),
    qrFile: (kind: SubscriptionKind) => file(`/subscription/qr/${kind}.svg`, `${school}-${kind}.svg`),
    b08: {
      fetch: (schoolYear: string) => json<B08Fetch>('POST', '/promotion/b08/fetch', { schoolYear }),
      sync: (input: B08SyncInput) => json<B08SyncResult>('POST', '/promotion/b08/sync', input),
    },
    b01: {
      upload: (body: unknown) => json<B01Preview>('POST', '/promotion/b01/upload', body),
      preview: () => json<B01Preview>('GET', '/promotion/b01/preview'),
      students: (q: { gradeCode?: string; className?: string; anomaly?: '0' | '1'; page?: number; pageSize?: number; q?: string; uploadId?: Id }) =>
        json<Page<B01Row>>('GET', `/promotion/b01/preview/students${query(q)}`),
      excel: () => file('/promotion/b01/preview.xlsx', 'b01-preview.xlsx'),
      apply: (uploadId: Id) => json<B01Update>('POST', '/promotion/b01/apply', { uploadId }),
      undo: () => json<B01Update>('POST', '/promotion/b01/undo'),
      log: (page = 1) => json<Page<B01Update>>('GET', `/promotion/b01/log${query({ page, pageSize: 20 })}`),
    },
  };
}
