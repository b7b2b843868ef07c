import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import { cardCheckFailures, members } from '../../../db/schema';
import { HOUR } from '../lib/clock';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { enqueueMessages } from '../messages/enqueue';

/**
 * A birth date is a weak secret: after LOCK_AFTER wrong ones for the same card within an hour
 * the card is locked until an hour after the first of them, and the school's admins are told
 * once per lock (the message key names the lock).
 */
export const LOCK_AFTER = 5;
const WINDOW = HOUR;

/** 429 card_locked while the card has LOCK_AFTER failures in the last hour. */
export async function assertCardUnlocked(ctx: ServiceContext, cardNumber: string): Promise<void> {
  const now = ctx.clock.now().getTime();
  const recent = await ctx.db
    .select({ at: cardCheckFailures.at })
    .from(cardCheckFailures)
    .where(and(eq(cardCheckFailures.cardNumber, cardNumber), gt(cardCheckFailures.at, new Date(now - WINDOW))))
    .orderBy(asc(cardCheckFailures.at))
    .all();
  if (recent.length < LOCK_AFTER) return;
  // unlocked once the oldest failure that still makes up the lock is an hour old
  const until = recent[recent.length - LOCK_AFTER].at.getTime() + WINDOW;
  const minutes = Math.max(1, Math.ceil((until - now) / 60_000));
  throw new ApiError('card_locked', { field: 'birthDate', params: { minutes } });
}

/** Records a wrong birth date; the failure that locks the card messages every admin. */
export async function recordCardFailure(ctx: ServiceContext, cardNumber: string): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(cardCheckFailures).values({ id: newId(now.getTime()), cardNumber, at: now, ip: ctx.ip });
    const recent = await tx
      .select({ id: cardCheckFailures.id })
      .from(cardCheckFailures)
      .where(and(eq(cardCheckFailures.cardNumber, cardNumber), gt(cardCheckFailures.at, new Date(now.getTime() - WINDOW))))
      .all();
    if (recent.length !== LOCK_AFTER) return;
    const admins = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(isNotNull(members.adminRole), eq(members.status, 'active'), eq(members.kind, 'staff')))
      .all();
    await enqueueMessages(
      tx,
      ctx,
      admins.map((a) => ({
        memberId: a.id,
        dedupeKey: `subscription:card-locked:${cardNumber}:${now.getTime()}`,
        source: 'subscription',
        title: `教育證 ${cardNumber} 已暫時鎖定`,
        body: `一小時內有 ${LOCK_AFTER} 次訂閱輸入了錯誤的出生日期，此教育證的訂閱已鎖定一小時。如非家長或本人操作，請留意。`,
      })),
    );
  });
}
