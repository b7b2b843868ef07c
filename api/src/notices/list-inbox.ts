import { and, count, desc, eq, exists, isNull, lte, or, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { guardians, members, noticeRecipients, notices } from '../../../db/schema';
import { childrenOf } from '../home-school/teaching';
import type { ServiceContext } from '../lib/context';
import { notFound } from '../lib/errors';
import type { Locale } from '../lib/i18n';
import { likePattern, offsetOf, pageOf } from '../lib/paging';
import { requireInboxUser } from './access';
import { presentInboxItem } from './presenter';

/**
 * The language a member reads notices in: their preferred one, else `fallback` — the language
 * their app asks in (Accept-Language), so a parent who switches the phone to English reads
 * the English version.
 */
export async function memberLocale(db: SchoolDbOrTx, memberId: string, fallback: Locale = 'zh-Hant'): Promise<Locale> {
  const row = await db.select({ locale: members.preferredLocale }).from(members).where(eq(members.id, memberId)).get();
  return row?.locale ?? fallback;
}

export interface InboxInput {
  studentId?: string;
  unread?: boolean;
  q?: string;
  page: number;
  pageSize: number;
}

/**
 * N-09 a parent's or student's notices, newest first: per child when `studentId` names one
 * of their children (any other student is a 404), else all of them, each with the child's
 * name. Recalled notices, notices still held by quiet hours, and children no longer theirs
 * are not shown.
 */
export async function listInbox(ctx: ServiceContext, input: InboxInput) {
  const actor = requireInboxUser(ctx.actor);
  const now = ctx.clock.now();
  if (input.studentId) {
    const children = await childrenOf(ctx.db, actor.memberId);
    if (!children.some((c) => c.id === input.studentId)) throw notFound();
  }
  const r = noticeRecipients;
  const search = input.q
    ? or(sql`${notices.title} like ${likePattern(input.q)} escape '\\'`, sql`${notices.translations} like ${likePattern(input.q)} escape '\\'`)
    : undefined;
  const where = and(
    eq(r.memberId, actor.memberId),
    eq(notices.status, 'sent'),
    lte(r.deliverAt, now),
    exists(
      ctx.db
        .select({ one: guardians.memberId })
        .from(guardians)
        .where(and(eq(guardians.studentId, r.studentId), eq(guardians.memberId, r.memberId))),
    ),
    input.studentId ? eq(r.studentId, input.studentId) : undefined,
    input.unread ? isNull(r.readAt) : undefined,
    search,
  );
  const [rows, total, locale] = await Promise.all([
    ctx.db
      .select({ receipt: r, notice: notices })
      .from(r)
      .innerJoin(notices, eq(notices.id, r.noticeId))
      .where(where)
      .orderBy(desc(r.deliverAt), sql`${r}.rowid desc`)
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(r).innerJoin(notices, eq(notices.id, r.noticeId)).where(where).get(),
    memberLocale(ctx.db, actor.memberId, ctx.locale),
  ]);
  return pageOf(
    rows.map((x) => presentInboxItem(x.receipt, x.notice, locale)),
    total?.n ?? 0,
    input.page,
    input.pageSize,
  );
}
