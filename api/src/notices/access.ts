import { and, eq, exists, lte } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { guardians, noticeCc, noticeRecipients, notices } from '../../../db/schema';
import type { Actor } from '../lib/context';
import { forbidden, notFound } from '../lib/errors';
import { canManageNotice, canReadNotice, canUseInbox, canUseNotices } from './policy';

/**
 * Loads notices and receipts and applies the policy: a route the caller may not use at all
 * is a 403; a notice or receipt it may not see is a 404, whatever the reason.
 */

export type NoticeRow = typeof notices.$inferSelect;
export type ReceiptRow = typeof noticeRecipients.$inferSelect;

/** 403 unless staff (the sender's side of the app). */
export function requireNoticeUser(actor: Actor | null): Actor {
  if (!actor || !canUseNotices(actor)) throw forbidden();
  return actor;
}

/** 403 unless a parent or student (the phone inbox). */
export function requireInboxUser(actor: Actor | null): Actor {
  if (!actor || !canUseInbox(actor)) throw forbidden();
  return actor;
}

export async function ccIdsOf(db: SchoolDbOrTx, noticeId: string): Promise<string[]> {
  return (await db.select({ id: noticeCc.memberId }).from(noticeCc).where(eq(noticeCc.noticeId, noticeId)).all()).map((r) => r.id);
}

/** A notice the caller may read (sender, CC'd, the app's admins), with its CC list. */
export async function readableNotice(db: SchoolDbOrTx, actor: Actor | null, id: string): Promise<{ notice: NoticeRow; ccIds: string[] }> {
  const a = requireNoticeUser(actor);
  const notice = await db.select().from(notices).where(eq(notices.id, id)).get();
  if (!notice) throw notFound();
  const ccIds = await ccIdsOf(db, id);
  if (!canReadNotice(a, { senderId: notice.senderId, ccIds })) throw notFound();
  return { notice, ccIds };
}

/**
 * A notice the caller may recall, close or remind. One it may read but not manage (a CC'd
 * teacher) is a 403; one it may not even read a 404.
 */
export async function managedNotice(db: SchoolDbOrTx, actor: Actor | null, id: string): Promise<{ notice: NoticeRow; actor: Actor }> {
  const { notice, ccIds } = await readableNotice(db, actor, id);
  const a = actor as Actor;
  if (!canManageNotice(a, { senderId: notice.senderId, ccIds })) throw forbidden();
  return { notice, actor: a };
}

/**
 * What makes a receipt visible to its holder: the notice is sent (not scheduled, not
 * recalled), its message is due, and the child is still theirs.
 */
function visible(db: SchoolDbOrTx, now: Date) {
  return and(
    eq(notices.status, 'sent'),
    lte(noticeRecipients.deliverAt, now),
    exists(
      db
        .select({ one: guardians.memberId })
        .from(guardians)
        .where(and(eq(guardians.studentId, noticeRecipients.studentId), eq(guardians.memberId, noticeRecipients.memberId))),
    ),
  );
}

/**
 * The caller's own receipt of a sent notice that is due, for a child still theirs; a
 * recalled notice, another member's receipt, or one of another school is a 404.
 */
export async function ownReceipt(db: SchoolDbOrTx, actor: Actor | null, id: string, now: Date): Promise<{ receipt: ReceiptRow; notice: NoticeRow }> {
  const a = requireInboxUser(actor);
  const row = await db
    .select({ receipt: noticeRecipients, notice: notices })
    .from(noticeRecipients)
    .innerJoin(notices, eq(notices.id, noticeRecipients.noticeId))
    .where(and(eq(noticeRecipients.id, id), eq(noticeRecipients.memberId, a.memberId), visible(db, now)))
    .get();
  if (!row) throw notFound();
  return row;
}

/** Whether a parent or student holds a visible receipt of the notice (for any child). */
export async function receivesNotice(db: SchoolDbOrTx, actor: Actor, noticeId: string, now: Date): Promise<boolean> {
  if (!canUseInbox(actor)) return false;
  const row = await db
    .select({ id: noticeRecipients.id })
    .from(noticeRecipients)
    .innerJoin(notices, eq(notices.id, noticeRecipients.noticeId))
    .where(and(eq(noticeRecipients.noticeId, noticeId), eq(noticeRecipients.memberId, actor.memberId), visible(db, now)))
    .get();
  return row !== undefined;
}
