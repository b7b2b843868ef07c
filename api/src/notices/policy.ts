import { managesApp } from '../auth/policy';
import { DAY } from '../lib/clock';
import type { Actor } from '../lib/context';

/**
 * Who may do what with home-school notices (SPEC §3.3, manual §3), as pure functions.
 * Staff compose and see what they sent or were CC'd on; the admins of the notices app
 * (creator, super admins, scoped admins whose scope names the app) see every notice of the
 * school (分享給我的) and may address the whole school. Parents and students only ever see
 * their own receipts.
 */

/** The staff side of the app (compose, lists): staff only; parents and students get 403. */
export const canUseNotices = (a: Actor | null): boolean => a?.kind === 'staff';

/** An admin of the notices app: every notice of the school, the whole school as recipients. */
export const isNoticeAdmin = (a: Actor | null): boolean => a?.kind === 'staff' && managesApp(a, 'notices');

/** 分享給我的通知. */
export const canSeeShared = isNoticeAdmin;

/** 管理員可向全校發送通知. */
export const canTargetWholeSchool = isNoticeAdmin;

/**
 * Whether a class may be addressed: any class for the app's admins, otherwise the classes the
 * sender manages (admin scope) or teaches (CT-03), given as `allowed`.
 */
export const canTargetClass = (a: Actor | null, classId: string | null, allowed: ReadonlySet<string>): boolean =>
  isNoticeAdmin(a) || (classId !== null && allowed.has(classId));

/** What a staff reader is to a notice. */
export interface NoticeRef {
  senderId: string;
  ccIds: readonly string[];
}

/** Detail, recipients, export, copy: the sender, its CC'd staff, the app's admins. */
export const canReadNotice = (a: Actor | null, n: NoticeRef): boolean =>
  canUseNotices(a) && a !== null && (n.senderId === a.memberId || n.ccIds.includes(a.memberId) || isNoticeAdmin(a));

/** 回收, 關閉通知, 再次提醒: the sender and the app's admins. */
export const canManageNotice = (a: Actor | null, n: NoticeRef): boolean =>
  canUseNotices(a) && a !== null && (n.senderId === a.memberId || isNoticeAdmin(a));

/** Parents and students read their own notices on the phone; staff do not (403). */
export const canUseInbox = (a: Actor | null): boolean => a?.kind === 'parent' || a?.kind === 'student';

/** N-06: a sent notice may be recalled for 24 hours; a scheduled one (not yet sent) until it goes. */
export function recallRefusal(n: { status: string; sentAt: Date | null }, now: Date): 'notice_recalled' | 'notice_recall_expired' | null {
  if (n.status === 'recalled') return 'notice_recalled';
  if (n.status === 'scheduled') return null;
  return n.sentAt && now.getTime() - n.sentAt.getTime() < DAY ? null : 'notice_recall_expired';
}

/** What a receipt's holder has done, and what the notice asks of them. */
export interface ReceiptState {
  readAt: Date | null;
  confirmedAt: Date | null;
  answeredAt: Date | null;
}

/**
 * N-08 whether a recipient has acted: confirmed when confirmation is required, answered when
 * there is a form (both when both), otherwise read.
 */
export function hasActed(n: { requireConfirm: boolean; questionCount: number }, r: ReceiptState): boolean {
  if (!n.requireConfirm && n.questionCount === 0) return r.readAt !== null;
  return (!n.requireConfirm || r.confirmedAt !== null) && (n.questionCount === 0 || r.answeredAt !== null);
}
