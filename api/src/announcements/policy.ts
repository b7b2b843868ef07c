import { managesApp } from '../auth/policy';
import { DAY } from '../lib/clock';
import type { Actor } from '../lib/context';

/**
 * Who may do what with staff announcements (SPEC §3.16, manual §18: 超級管理員 send them),
 * as pure functions. The admins of the announcements app write, send and follow them; staff
 * read those sent to them; parents and students never reach them.
 */

/** 發公告 and its statistics: super admins, and scoped admins whose scope names the app. */
export const canManageAnnouncements = (a: Actor | null): boolean => a?.kind === 'staff' && managesApp(a, 'announcements');

/** Reading one's announcements: staff (403 for parents and students). */
export const canReadAnnouncements = (a: Actor | null): boolean => a?.kind === 'staff';

/** Drafts and scheduled announcements are edited; a sent one is only recalled. */
export const isEditable = (status: string): boolean => status === 'draft' || status === 'scheduled';

/** ANN-02 撤回: a sent announcement, within 24 hours of sending. */
export function recallRefusal(
  n: { status: string; sentAt: Date | null },
  now: Date,
): 'announcement_recalled' | 'announcement_not_sent' | 'announcement_recall_expired' | null {
  if (n.status === 'recalled') return 'announcement_recalled';
  if (n.status !== 'sent' || !n.sentAt) return 'announcement_not_sent';
  return now.getTime() - n.sentAt.getTime() < DAY ? null : 'announcement_recall_expired';
}

/** 不能分享且文章內容顯示水印: the reader's name is laid over the body. */
export const watermarkFor = (share: string, viewer: Actor): string | null => (share === 'none' ? viewer.name : null);
