import { type Id, type ListQuery, type Page, schoolFetch } from './client';
import type { FileInfo, UploadedFile } from './notices-client';

/** Typed client of 企業通知公告 (SPEC §3.16, api/src/announcements): the editors' screens and the staff's phones. */

export type AnnouncementStatus = 'draft' | 'scheduled' | 'sent' | 'recalled';
export type ShareSetting = 'internal' | 'external' | 'none';
export type SendAction = 'draft' | 'send' | 'schedule';

export interface SendRange {
  departmentIds: Id[];
  memberIds: Id[];
  tagIds: Id[];
}
export interface AnnouncementInput {
  title: string;
  body: string;
  summary: string;
  author: string;
  coverFileId: Id | null;
  attachmentIds: Id[];
  share: ShareSetting;
  range: SendRange;
  action: SendAction;
  scheduledAt?: string;
}
/** 數據概況: 送達人數, 閱讀人數, 閱讀次數, 點贊數, and the recipients and those who have not read. */
export interface AnnouncementStats {
  recipients: number;
  delivered: number;
  read: number;
  reads: number;
  likes: number;
  unread: number;
}
export interface AnnouncementItem {
  id: Id;
  title: string;
  summary: string;
  author: string;
  status: AnnouncementStatus;
  share: ShareSetting;
  scheduledAt: string | null;
  sentAt: string | null;
  recalledAt: string | null;
  createdAt: string;
  updatedAt: string;
  stats: AnnouncementStats;
}
export interface Named {
  id: Id;
  name: string;
}
export interface AnnouncementDetail extends AnnouncementItem {
  body: string;
  coverFileId: Id | null;
  attachmentIds: Id[];
  createdBy: Id;
  previewCount: number;
  range: { departments: Named[]; members: Named[]; tags: Named[] };
  cover: FileInfo | null;
  attachments: FileInfo[];
  shareUrl: string | null;
}
export interface Reader {
  member: Named;
  readAt: string | null;
  readCount: number;
  likedAt: string | null;
}
export interface ReceivedItem {
  id: Id;
  title: string;
  summary: string;
  author: string;
  coverFileId: Id | null;
  sentAt: string;
  readAt: string | null;
  liked: boolean;
}
export interface ReceivedAnnouncement extends ReceivedItem {
  body: string;
  share: ShareSetting;
  shareUrl: string | null;
  /** The reader's name when the announcement may not be shared (不能分享且文章內容顯示水印). */
  watermark: string | null;
  cover: FileInfo | null;
  attachments: FileInfo[];
  reads: number;
  likes: number;
}

/** The announcements API of one school. */
export function announcementsApi(school: string) {
  const json = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await schoolFetch(school, method, path, body === undefined ? {} : { json: body });
    if (res.status === 204) return undefined as T;
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
    list: (query: ListQuery & { status?: string }) => json<Page<AnnouncementItem>>('GET', `/announcements${qs({ ...query })}`),
    get: (id: Id) => json<AnnouncementDetail>('GET', `/announcements/${one(id)}`),
    create: (input: AnnouncementInput) => json<AnnouncementItem>('POST', '/announcements', input),
    update: (id: Id, input: AnnouncementInput) => json<AnnouncementItem>('PUT', `/announcements/${one(id)}`, input),
    remove: (id: Id) => json<void>('DELETE', `/announcements/${one(id)}`),
    preview: (id: Id) => json<{ number: number }>('POST', `/announcements/${one(id)}/preview`),
    recall: (id: Id) => json<AnnouncementItem>('POST', `/announcements/${one(id)}/recall`),
    readers: (id: Id, query: ListQuery & { state?: string }) => json<Page<Reader>>('GET', `/announcements/${one(id)}/readers${qs({ ...query })}`),
    /** POST /files: the body is the file. */
    upload: async (file: File) => {
      const res = await schoolFetch(school, 'POST', `/files?name=${encodeURIComponent(file.name)}`, { bytes: file, contentType: file.type || 'application/octet-stream' });
      return (await res.json()) as UploadedFile;
    },
    /** Its cover, attachments and body images, for its editors and recipients. */
    fileUrl: (id: Id, fileId: Id) => `/api/s/${encodeURIComponent(school)}/announcements/${one(id)}/files/${one(fileId)}`,
    /** An upload of the editor's, before the announcement shows it. */
    ownFileUrl: (fileId: Id) => `/api/s/${encodeURIComponent(school)}/files/${one(fileId)}`,
    inbox: {
      list: (query: ListQuery) => json<Page<ReceivedItem>>('GET', `/announcements/inbox${qs({ ...query })}`),
      read: (id: Id) => json<ReceivedAnnouncement>('GET', `/announcements/inbox/${one(id)}`),
      like: (id: Id, on: boolean) => json<{ liked: boolean; likes: number }>(on ? 'POST' : 'DELETE', `/announcements/inbox/${one(id)}/like`),
    },
  };
}
