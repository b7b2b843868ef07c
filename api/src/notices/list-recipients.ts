import { and, asc, count, eq, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import { members, messages, noticeRecipients } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { readableNotice } from './access';
import { presentRecipient } from './presenter';

export interface RecipientsInput {
  classId?: string;
  state?: 'read' | 'unread' | 'confirmed' | 'unconfirmed' | 'answered' | 'unanswered';
  q?: string;
  page: number;
  pageSize: number;
}

const r = noticeRecipients;
const STATE: Record<NonNullable<RecipientsInput['state']>, SQL> = {
  read: isNotNull(r.readAt),
  unread: isNull(r.readAt),
  confirmed: isNotNull(r.confirmedAt),
  unconfirmed: isNull(r.confirmedAt),
  answered: isNotNull(r.answeredAt),
  unanswered: isNull(r.answeredAt),
};

/**
 * N-03 發送情況: each recipient of a notice with sent / read / confirmed / answered, by class
 * and state, searchable by student or recipient name; `delivery` is the state of its first
 * message in the outbox (查看詳情).
 */
export async function listRecipients(ctx: ServiceContext, id: string, input: RecipientsInput) {
  await readableNotice(ctx.db, ctx.actor, id);
  const search = input.q ? or(sql`${r.studentName} like ${likePattern(input.q)} escape '\\'`, sql`${members.name} like ${likePattern(input.q)} escape '\\'`) : undefined;
  const where = and(eq(r.noticeId, id), input.classId ? eq(r.classId, input.classId) : undefined, input.state ? STATE[input.state] : undefined, search);
  const [rows, total] = await Promise.all([
    ctx.db
      .select({ receipt: r, memberName: members.name, delivery: messages.status })
      .from(r)
      .innerJoin(members, eq(members.id, r.memberId))
      .leftJoin(messages, and(eq(messages.memberId, r.memberId), eq(messages.dedupeKey, sql`'notice:' || ${r.noticeId} || ':send:' || ${r.studentId}`)))
      .where(where)
      .orderBy(asc(r.className), asc(r.studentName), asc(r.id))
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(r).innerJoin(members, eq(members.id, r.memberId)).where(where).get(),
  ]);
  return pageOf(
    rows.map((x) => presentRecipient({ ...x.receipt, memberName: x.memberName, delivery: x.delivery })),
    total?.n ?? 0,
    input.page,
    input.pageSize,
  );
}
