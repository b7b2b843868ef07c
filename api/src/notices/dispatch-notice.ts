import { eq, type SQL, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { classes, guardians, members, noticeRecipients, noticeSends, notices, students } from '../../../db/schema';
import type { NoticeRow } from './access';
import type { ServiceContext } from '../lib/context';
import type { Locale } from '../lib/i18n';
import { newId } from '../lib/ids';
import { textOf } from '../lib/sanitize-html';
import { enqueueMessages, enqueueMessagesFrom, type NewMessage, sqlNewId } from '../messages/enqueue';
import { deliveryTime } from './quiet-hours';
import { recipientsWhere } from './recipients';
import { versionFor } from './versions';

const REMINDER: Record<Locale, string> = { 'zh-Hant': '【提醒】', en: '[Reminder] ', pt: '[Lembrete] ' };

/** Title and plain-text start of a notice per language, worked out once for all its recipients. */
export function messageTexts(n: NoticeRow): (locale: Locale) => { locale: Locale; title: string; body: string } {
  const cache = new Map<Locale, { locale: Locale; title: string; body: string }>();
  return (locale) => {
    let hit = cache.get(locale);
    if (!hit) {
      const v = versionFor(n, locale);
      hit = { locale: v.locale, title: v.title, body: textOf(v.content, 120) };
      cache.set(locale, hit);
    }
    return hit;
  };
}

/**
 * The message a recipient gets for one child, in the member's language: the student's name
 * first (a parent of two children gets one per child, N-09), then the title; the body is the
 * start of the content. It opens the receipt (`notice-inbox`).
 */
export function recipientMessage(
  texts: ReturnType<typeof messageTexts>,
  r: { id: string; memberId: string; studentName: string; locale: Locale },
  key: string,
  reminder: boolean,
  deliverAfter: Date,
): NewMessage {
  const t = texts(r.locale);
  return {
    memberId: r.memberId,
    dedupeKey: key,
    source: 'notices',
    title: `${reminder ? REMINDER[t.locale] : ''}【${r.studentName}】${t.title}`.slice(0, 300),
    body: t.body,
    refType: 'notice-inbox',
    refId: r.id,
    deliverAfter,
  };
}

/** A text chosen in SQL by the recipient member's preferred language (`m`), zh-Hant otherwise. */
function byLocale(texts: ReturnType<typeof messageTexts>, pick: (t: { title: string; body: string }) => string): SQL {
  return sql`case m.preferred_locale when 'en' then ${pick(texts('en'))} when 'pt' then ${pick(texts('pt'))} else ${pick(texts('zh-Hant'))} end`;
}

/**
 * One receipt per recipient (member × student, resolved from the notice's targets now), as
 * one `insert … select` over the school's own tables. Returns how many were written.
 */
export async function insertReceipts(tx: SchoolDbOrTx, n: NoticeRow, at: Date, deliverAt: Date): Promise<number> {
  const where = recipientsWhere(n.targets, n.audience);
  if (!where) return 0;
  const recipients = tx
    .select({
      id: sqlNewId(at.getTime()),
      noticeId: sql`${n.id}`,
      studentId: students.id,
      studentName: students.name,
      classId: students.classId,
      className: sql`coalesce(${classes.name}, '')`,
      memberId: members.id,
      kind: sql`case when ${members.kind} = 'student' then 'student' else 'parent' end`,
      relation: guardians.relation,
      deliverAt: sql`${deliverAt.getTime()}`,
    })
    .from(students)
    .innerJoin(guardians, eq(guardians.studentId, students.id))
    .innerJoin(members, eq(members.id, guardians.memberId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .where(where)
    // in member order: the member index takes its new keys in order, not scattered (a third cheaper)
    .orderBy(members.id);
  const result = await tx.run(sql`
    insert into ${noticeRecipients} (id, notice_id, student_id, student_name, class_id, class_name, member_id, kind, relation, deliver_at)
    ${recipients.getSQL()}
    on conflict do nothing`);
  return result.rowsAffected;
}

/**
 * The outbox message of each receipt of the notice, in its member's language, as one
 * statement (N-09: the child's name first, so a parent of two tells them apart; it opens the
 * receipt). Returns how many were written.
 */
export async function enqueueReceiptMessages(tx: SchoolDbOrTx, ctx: ServiceContext, n: NoticeRow, deliverAt: Date): Promise<number> {
  const texts = messageTexts(n);
  return enqueueMessagesFrom(tx, ctx, {
    source: 'notices',
    deliverAfter: deliverAt,
    rows: sql`
      select r.member_id as member_id, ${`notice:${n.id}:send:`} || r.student_id as dedupe_key,
        substr('【' || r.student_name || '】' || ${byLocale(texts, (x) => x.title)}, 1, 300) as title,
        ${byLocale(texts, (x) => x.body)} as body, 'notice-inbox' as ref_type, r.id as ref_id
      from ${noticeRecipients} r join ${members} m on m.id = r.member_id
      where r.notice_id = ${n.id}
      order by r.member_id`,
  });
}

/**
 * Sends a notice inside the caller's transaction: its receipts, their outbox messages, the
 * CC'd staff's messages, and the send record. Receipts and messages are each one statement
 * that SQLite runs over its own tables, so a school of thousands of families costs two
 * statements and nothing travels through JavaScript row by row. Messages to parents and
 * students wait for the end of quiet hours unless the notice is urgent; staff get theirs at
 * once.
 */
export async function dispatchNotice(
  tx: SchoolDbOrTx,
  ctx: ServiceContext,
  n: NoticeRow,
  options: { ccIds: string[]; at: Date; deliverAt?: Date; by?: { memberId: string | null; name: string } },
): Promise<{ recipients: number; deliverAt: Date }> {
  const { at } = options;
  const deliverAt = options.deliverAt ?? (await deliveryTime(tx, at, n.urgent));
  const recipients = await insertReceipts(tx, n, at, deliverAt);
  await enqueueReceiptMessages(tx, ctx, n, deliverAt);
  await enqueueMessages(
    tx,
    ctx,
    options.ccIds.map((memberId) => ({
      memberId,
      dedupeKey: `notice:${n.id}:cc`,
      source: 'notices',
      title: `【抄送】${n.title}`.slice(0, 300),
      body: textOf(n.content, 120),
      refType: 'notice',
      refId: n.id,
    })),
  );
  await tx.insert(noticeSends).values({
    id: newId(at.getTime()),
    noticeId: n.id,
    kind: 'send',
    number: 0,
    at,
    byMemberId: options.by?.memberId ?? ctx.actor?.memberId ?? null,
    byName: options.by?.name ?? ctx.actor?.name ?? '系統自動',
    recipients,
    deliverAfter: deliverAt.getTime() > at.getTime() ? deliverAt : null,
  });
  await tx.update(notices).set({ recipientCount: recipients, updatedAt: at }).where(eq(notices.id, n.id));
  return { recipients, deliverAt };
}
