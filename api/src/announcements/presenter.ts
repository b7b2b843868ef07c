import type { AnnouncementRow, ReceiptRow } from './access';

/** Row → public shape for the editors' screens and the staff's phones. */

export type Stats = { delivered: number; read: number; reads: number; likes: number; recipients: number };
const NO_STATS: Stats = { delivered: 0, read: 0, reads: 0, likes: 0, recipients: 0 };
const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

/** A public link to an announcement that may be shared outside (可對外分享). */
export const shareUrl = (publicUrl: string, school: string, token: string | null): string | null =>
  token ? `${publicUrl}/api/s/${school}/announcements/shared/${token}` : null;

/** ANN-02 a line of 發公告's list: 狀態, 消息, 閱讀情況 (已讀 n 未讀 m), 發送時間. */
export function presentListItem(a: AnnouncementRow, stats: Stats = NO_STATS) {
  return {
    id: a.id,
    title: a.title,
    summary: a.summary,
    author: a.author,
    status: a.status,
    share: a.share,
    scheduledAt: iso(a.scheduledAt),
    sentAt: iso(a.sentAt),
    recalledAt: iso(a.recalledAt),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    stats: { ...stats, unread: stats.recipients - stats.read },
  };
}

/** The editor's detail: everything written, the range, the statistics. */
export function presentAnnouncement(a: AnnouncementRow, stats: Stats, extra: { range: unknown; cover: unknown; attachments: unknown[]; shareUrl: string | null }) {
  return {
    ...presentListItem(a, stats),
    body: a.body,
    coverFileId: a.coverFileId,
    attachmentIds: a.attachmentIds,
    createdBy: a.createdBy,
    previewCount: a.previewCount,
    ...extra,
  };
}

/** What a staff member's list shows of one announcement. */
export function presentInboxItem(a: AnnouncementRow, r: ReceiptRow) {
  return {
    id: a.id,
    title: a.title,
    summary: a.summary,
    author: a.author,
    coverFileId: a.coverFileId,
    sentAt: r.deliverAt.toISOString(),
    readAt: iso(r.readAt),
    liked: r.likedAt !== null,
  };
}
