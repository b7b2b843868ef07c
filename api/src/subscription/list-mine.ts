import { asc, eq, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { classes, students, subscriptions } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import type { CardView } from './presenter';

/** Every card a member subscribed with, in the order subscribed, with the child and class for family cards. */
export async function subscribedCards(db: SchoolDbOrTx, memberId: string): Promise<CardView[]> {
  const rows = await db
    .select({ s: subscriptions, studentName: students.name, className: classes.name })
    .from(subscriptions)
    .leftJoin(students, eq(students.id, subscriptions.studentId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .where(eq(subscriptions.memberId, memberId))
    .orderBy(asc(subscriptions.createdAt), sql`${subscriptions}.rowid`)
    .all();
  return rows.map((r) => ({
    identity: r.s.identity,
    cardType: r.s.cardType,
    cardNumber: r.s.cardNumber,
    student: r.s.studentId ? { id: r.s.studentId, name: r.studentName ?? '', className: r.className } : null,
    subscribedAt: r.s.createdAt.toISOString(),
  }));
}

/** 查看已訂閱教育證 (SUB-03): the signed-in member's own cards. */
export async function listMine(ctx: ServiceContext) {
  if (!ctx.actor) throw new ApiError('unauthenticated');
  return { items: await subscribedCards(ctx.db, ctx.actor.memberId) };
}
