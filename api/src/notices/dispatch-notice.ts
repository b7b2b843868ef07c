import { eq, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { noticeRecipients, noticeSends, notices } from '../../../db/schema';
import type { NoticeRow } from './access';
import type { ServiceContext } from '../lib/context';
import type { Locale } from '../lib/i18n';
import { newId } from '../lib/ids';
import { textOf } from '../lib/sanitize-html';
import { enqueueMessages, type NewMessage } from '../messages/enqueue';
import { deliveryTime } from './quiet-hours';
import type { RecipientRow } from './recipients';
import { versionFor } from './versions';

// rows a statement: one bound JSON value each, so only memory limits it
const CHUNK = 5000;

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

/**
 * Inserts receipts as one statement over a JSON array: SQLite unpacks the rows itself, which
 * for thousands of rows is an order of magnitude faster than building a multi-row VALUES
 * list (the query builder costs ~25 µs a row). `where true` lets SQLite parse the upsert.
 */
async function insertReceipts(tx: SchoolDbOrTx, noticeId: string, rows: (RecipientRow & { id: string })[], deliverAt: Date): Promise<void> {
  const packed = JSON.stringify(rows.map((r) => [r.id, r.studentId, r.studentName, r.classId, r.className, r.memberId, r.kind, r.relation]));
  const at = (i: number) => sql.raw(`json_extract(j.value, '$[${i}]')`);
  await tx.run(sql`
    insert into ${noticeRecipients} (id, notice_id, student_id, student_name, class_id, class_name, member_id, kind, relation, deliver_at)
    select ${at(0)}, ${noticeId}, ${at(1)}, ${at(2)}, ${at(3)}, ${at(4)}, ${at(5)}, ${at(6)}, ${at(7)}, ${deliverAt.getTime()}
    from json_each(${packed}) as j where true
    on conflict do nothing`);
}

/**
 * Sends a notice inside the caller's transaction: one receipt per recipient, one outbox
 * message each (multi-row inserts, so thousands of families take a few statements), the
 * CC'd staff's messages, and the send record. Messages to parents and students wait for the
 * end of quiet hours unless the notice is urgent; staff get theirs at once.
 */
export async function dispatchNotice(
  tx: SchoolDbOrTx,
  ctx: ServiceContext,
  n: NoticeRow,
  rows: RecipientRow[],
  options: { ccIds: string[]; at: Date; deliverAt?: Date; by?: { memberId: string | null; name: string } },
): Promise<{ recipients: number; deliverAt: Date }> {
  const { at } = options;
  const deliverAt = options.deliverAt ?? (await deliveryTime(tx, at, n.urgent));
  const receipts = rows.map((r) => ({ ...r, id: newId(at.getTime()) }));
  for (let i = 0; i < receipts.length; i += CHUNK) await insertReceipts(tx, n.id, receipts.slice(i, i + CHUNK), deliverAt);
  const texts = messageTexts(n);
  await enqueueMessages(
    tx,
    ctx,
    receipts.map((r) => recipientMessage(texts, r, `notice:${n.id}:send:${r.studentId}`, false, deliverAt)),
  );
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
    recipients: receipts.length,
    deliverAfter: deliverAt.getTime() > at.getTime() ? deliverAt : null,
  });
  await tx.update(notices).set({ recipientCount: receipts.length, updatedAt: at }).where(eq(notices.id, n.id));
  return { recipients: receipts.length, deliverAt };
}
