import { and, eq, exists, lte, sql } from 'drizzle-orm';
import { perClient, type SchoolDb } from '../../../db/client';
import { guardians, members, noticeRecipients, notices } from '../../../db/schema';
import type { Actor } from '../lib/context';
import { notFound } from '../lib/errors';
import type { Locale } from '../lib/i18n';
import { requireInboxUser } from './access';

const r = noticeRecipients;
const n = notices;

/** What a recipient's phone shows of a receipt and its notice: no more columns than that. */
const COLUMNS = {
  receipt: {
    id: r.id,
    noticeId: r.noticeId,
    studentId: r.studentId,
    studentName: r.studentName,
    memberId: r.memberId,
    deliverAt: r.deliverAt,
    readAt: r.readAt,
    confirmedAt: r.confirmedAt,
    answeredAt: r.answeredAt,
    answersUpdatedAt: r.answersUpdatedAt,
    answers: r.answers,
  },
  notice: {
    id: n.id,
    senderName: n.senderName,
    title: n.title,
    content: n.content,
    translations: n.translations,
    questions: n.questions,
    questionCount: n.questionCount,
    attachmentIds: n.attachmentIds,
    requireConfirm: n.requireConfirm,
    urgent: n.urgent,
    closedAt: n.closedAt,
  },
  locale: members.preferredLocale,
};

/**
 * The same visibility rule as `ownReceipt` (sent, due, the child still the holder's), as one
 * statement prepared once per school database with the holder's language joined in: the
 * read storm of a school opening a notice pays no query building and no second read. Outside
 * transactions only (a prepared statement runs on the database, not in a `tx`).
 */
const build = (db: SchoolDb) =>
  db
    .select(COLUMNS)
    .from(r)
    .innerJoin(n, eq(n.id, r.noticeId))
    .innerJoin(members, eq(members.id, r.memberId))
    .where(
      and(
        eq(r.id, sql.placeholder('id')),
        eq(r.memberId, sql.placeholder('member')),
        eq(n.status, 'sent'),
        lte(r.deliverAt, sql.placeholder('now')),
        exists(db.select({ one: guardians.memberId }).from(guardians).where(and(eq(guardians.studentId, r.studentId), eq(guardians.memberId, r.memberId)))),
      ),
    )
    .prepare();
const receiptQuery = perClient(build);

export type VisibleReceipt = NonNullable<Awaited<ReturnType<ReturnType<typeof build>['get']>>>;

/** The caller's visible receipt `id` and its notice (404 otherwise, 403 for staff), and the language to read it in. */
export async function visibleReceipt(db: SchoolDb, actor: Actor | null, id: string, now: Date, fallback: Locale): Promise<VisibleReceipt & { locale: Locale }> {
  const a = requireInboxUser(actor);
  const row = await receiptQuery(db).get({ id, member: a.memberId, now: now.getTime() });
  if (!row) throw notFound();
  return { ...row, locale: row.locale ?? fallback };
}
