import { and, count, desc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { messages } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { notFound } from '../lib/errors';
import { likePattern, offsetOf, pageOf } from '../lib/paging';

type Row = typeof messages.$inferSelect;

export function presentMessage(m: Row) {
  return {
    id: m.id,
    source: m.source,
    title: m.title,
    body: m.body,
    refType: m.refType,
    refId: m.refId,
    createdAt: m.deliverAfter.toISOString(),
    readAt: m.readAt?.toISOString() ?? null,
  };
}

function actorId(ctx: ServiceContext): string {
  if (!ctx.actor) throw notFound();
  return ctx.actor.memberId;
}

/** 消息提醒: the member's own messages that are due, newest first, with the unread count. */
export async function listMessages(ctx: ServiceContext, input: { page: number; pageSize: number; q?: string; unread?: boolean }) {
  const memberId = actorId(ctx);
  const now = ctx.clock.now();
  // withdrawn messages (a recalled notice) are kept but never listed nor counted
  const mine = and(eq(messages.memberId, memberId), lte(messages.deliverAfter, now), isNull(messages.hiddenAt));
  const search = input.q ? or(sql`${messages.title} like ${likePattern(input.q)} escape '\\'`, sql`${messages.body} like ${likePattern(input.q)} escape '\\'`) : undefined;
  const where = and(mine, search, input.unread ? isNull(messages.readAt) : undefined);
  const [items, total, unread] = await Promise.all([
    ctx.db
      .select()
      .from(messages)
      .where(where)
      .orderBy(desc(messages.deliverAfter), sql`${messages}.rowid desc`)
      .limit(input.pageSize)
      .offset(offsetOf(input.page, input.pageSize))
      .all(),
    ctx.db.select({ n: count() }).from(messages).where(where).get(),
    ctx.db.select({ n: count() }).from(messages).where(and(mine, isNull(messages.readAt))).get(),
  ]);
  return { ...pageOf(items.map(presentMessage), total?.n ?? 0, input.page, input.pageSize), unread: unread?.n ?? 0 };
}

/** Marks one of the member's messages read; another member's message does not exist (404). */
export async function markRead(ctx: ServiceContext, id: string): Promise<void> {
  const memberId = actorId(ctx);
  const now = ctx.clock.now();
  const found = await ctx.db
    .update(messages)
    .set({ readAt: sql`coalesce(${messages.readAt}, ${now.getTime()})` })
    .where(and(eq(messages.id, id), eq(messages.memberId, memberId), lte(messages.deliverAfter, now), isNull(messages.hiddenAt)))
    .returning({ id: messages.id });
  if (found.length === 0) throw notFound();
}

/** 全部已讀. */
export async function markAllRead(ctx: ServiceContext): Promise<void> {
  const memberId = actorId(ctx);
  const now = ctx.clock.now();
  await ctx.db
    .update(messages)
    .set({ readAt: now })
    .where(and(eq(messages.memberId, memberId), isNull(messages.readAt), lte(messages.deliverAfter, now), isNull(messages.hiddenAt)));
}
