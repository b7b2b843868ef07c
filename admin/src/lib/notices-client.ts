import { type Id, type ListQuery, type Page, schoolFetch } from './client';
import { type DownloadedFile, fileNameOf } from './contacts-client';

/** Typed client of 家校通知 (SPEC §3.3, api/src/notices): staff screens and the parents' inbox. */

export type QuestionType = 'single' | 'multiple' | 'short' | 'true_false' | 'file' | 'fill';
/** The languages a notice may carry besides zh-Hant (parents see theirs, else zh-Hant). */
export type OtherLang = 'en' | 'pt';
/** A short text in English and Portuguese (zh-Hant is the text itself). */
export type TextTranslations = Partial<Record<OtherLang, string>>;
export interface QuestionInput {
  type: QuestionType;
  text: string;
  translations?: TextTranslations;
  required: boolean;
  options?: { text: string; translations?: TextTranslations }[];
  maxFiles?: number;
  blanks?: number;
}
export type Audience = 'parents' | 'students' | 'both';
export interface NoticeInput {
  title: string;
  content: string;
  /** The English and Portuguese versions of title and content. */
  translations?: Partial<Record<OtherLang, { title: string; content: string }>>;
  questions: QuestionInput[];
  attachmentIds: Id[];
  recipients: { wholeSchool: boolean; classIds: Id[]; studentIds: Id[]; audience: Audience };
  ccMemberIds: Id[];
  settings: { autoCcSender: boolean; requireConfirm: boolean; urgent: boolean; scheduledAt?: string };
}
export interface NoticeSummary {
  recipients: number;
  students: number;
  reachedStudents: number;
  parents: number;
  studentAccounts: number;
  byClass: { classId: string | null; className: string; students: number; recipients: number }[];
  cc: number;
  hasForm: boolean;
  sendAt: string;
  deliverAt: string;
  heldByQuietHours: boolean;
}
export interface Counts {
  recipients: number;
  read: number;
  confirmed: number;
  answered: number;
}
export type NoticeStatus = 'scheduled' | 'sent' | 'recalled';
export interface NoticeItem {
  id: Id;
  title: string;
  sender: { id: Id; name: string };
  status: NoticeStatus;
  closed: boolean;
  hasForm: boolean;
  requireConfirm: boolean;
  urgent: boolean;
  scheduledAt: string | null;
  sentAt: string | null;
  closedAt: string | null;
  recalledAt: string | null;
  createdAt: string;
  counts: Counts;
}
export interface FileInfo {
  id: Id;
  name: string;
  size: number;
  contentType: string;
}
/** A stored question: every language of its text and choices. */
export interface StoredQuestion {
  id: string;
  type: QuestionType;
  required: boolean;
  text: Record<string, string>;
  options?: { id: string; text: Record<string, string> }[];
  blanks?: number;
  maxFiles?: number;
}
export interface NoticeDetail extends NoticeItem {
  content: string;
  translations: Partial<Record<OtherLang, { title: string; content: string }>>;
  /** The languages it was written in, zh-Hant first. */
  locales: ('zh-Hant' | OtherLang)[];
  questions: StoredQuestion[];
  attachments: FileInfo[];
  audience: Audience;
  targets: { wholeSchool: boolean; classes: { id: Id; name: string }[]; students: { id: Id; name: string }[] };
  cc: { id: Id; name: string }[];
  settings: { autoCcSender: boolean; requireConfirm: boolean; urgent: boolean; scheduledAt: string | null };
  byClass: ({ classId: Id | null; className: string } & Counts)[];
  sends: { kind: string; number: number; at: string; by: string; recipients: number; deliverAfter: string | null }[];
  can: { recall: boolean; close: boolean; remind: boolean };
}
export type Answer = string | boolean | string[];
export interface Recipient {
  id: Id;
  student: { id: Id; name: string };
  class: { id: Id | null; name: string };
  member: { id: Id; name: string; kind: 'parent' | 'student'; relation: string | null };
  deliverAt: string;
  delivery: string | null;
  readAt: string | null;
  confirmedAt: string | null;
  answeredAt: string | null;
  answers: Record<string, Answer> | null;
}
export type RecipientState = 'read' | 'unread' | 'confirmed' | 'unconfirmed' | 'answered' | 'unanswered';

export interface InboxItem {
  id: Id;
  noticeId: Id;
  student: { id: Id; name: string };
  title: string;
  summary: string;
  sender: string;
  sentAt: string;
  hasForm: boolean;
  requireConfirm: boolean;
  urgent: boolean;
  closed: boolean;
  readAt: string | null;
  confirmedAt: string | null;
  answeredAt: string | null;
}
export interface InboxQuestion {
  id: string;
  type: QuestionType;
  required: boolean;
  text: string;
  options?: { id: string; text: string }[];
  blanks?: number;
  maxFiles?: number;
}
export interface InboxNotice extends InboxItem {
  content: string;
  attachments: FileInfo[];
  questions: InboxQuestion[];
  answers: Record<string, Answer>;
  answerFiles: FileInfo[];
  answersUpdatedAt: string | null;
}
export interface UploadedFile extends FileInfo {
  createdAt: string;
}

/** The notices API of one school. */
export function noticesApi(school: string) {
  const json = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await schoolFetch(school, method, path, body === undefined ? {} : { json: body });
    return (await res.json()) as T;
  };
  const qs = (query: Record<string, string | number | undefined>) => {
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') s.set(k, String(v));
    const text = s.toString();
    return text ? `?${text}` : '';
  };
  const one = (id: Id) => encodeURIComponent(id);
  return {
    list: (query: ListQuery & { box?: string; status?: string; form?: string }) => json<Page<NoticeItem>>('GET', `/notices${qs({ ...query })}`),
    preview: (input: NoticeInput) => json<NoticeSummary>('POST', '/notices/preview', input),
    create: (input: NoticeInput) => json<{ id: Id; status: 'sent' | 'scheduled'; recipients: number; scheduledAt: string | null; deliverAt: string | null }>('POST', '/notices', input),
    get: (id: Id) => json<NoticeDetail>('GET', `/notices/${one(id)}`),
    recipients: (id: Id, query: ListQuery & { classId?: string; state?: string }) =>
      json<Page<Recipient>>('GET', `/notices/${one(id)}/recipients${qs({ ...query })}`),
    export: async (id: Id, classId?: string): Promise<DownloadedFile> => {
      const res = await schoolFetch(school, 'GET', `/notices/${one(id)}/export.xlsx${qs({ classId })}`);
      return { blob: await res.blob(), fileName: fileNameOf(res.headers.get('content-disposition'), 'notice.xlsx') };
    },
    copy: (id: Id) => json<NoticeInput>('POST', `/notices/${one(id)}/copy`),
    recall: (id: Id) => json<NoticeItem>('POST', `/notices/${one(id)}/recall`),
    close: (id: Id) => json<NoticeItem>('POST', `/notices/${one(id)}/close`),
    remind: (id: Id) => json<{ number: number; reminded: number }>('POST', `/notices/${one(id)}/remind`),
    /** POST /files: the body is the file. */
    upload: async (file: File) => {
      const res = await schoolFetch(school, 'POST', `/files?name=${encodeURIComponent(file.name)}`, { bytes: file, contentType: file.type || 'application/octet-stream' });
      return (await res.json()) as UploadedFile;
    },
    fileUrl: (noticeId: Id, fileId: Id) => `/api/s/${encodeURIComponent(school)}/notices/${one(noticeId)}/files/${one(fileId)}`,
    inbox: {
      list: (query: ListQuery & { studentId?: string; unread?: string }) => json<Page<InboxItem>>('GET', `/notices/inbox${qs({ ...query })}`),
      get: (id: Id) => json<InboxNotice>('GET', `/notices/inbox/${one(id)}`),
      confirm: (id: Id) => json<{ id: Id; confirmedAt: string | null }>('POST', `/notices/inbox/${one(id)}/confirm`),
      answer: (id: Id, answers: Record<string, Answer>) => json<{ answers: Record<string, Answer> }>('PUT', `/notices/inbox/${one(id)}/answers`, { answers }),
      fileUrl: (id: Id, fileId: Id) => `/api/s/${encodeURIComponent(school)}/notices/inbox/${one(id)}/files/${one(fileId)}`,
    },
  };
}
