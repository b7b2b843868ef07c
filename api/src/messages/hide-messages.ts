import { and, isNull, type SQL, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { messages } from '../../../db/schema';

/**
 * Withdraws messages inside the caller's transaction (a recalled notice or announcement):
 * the rows stay — their dedupe keys still hold, so nothing re-sends them, and the outbox
 * keeps its record — but they leave every message list and unread count, and one not yet
 * delivered never is (pending → skipped; one being sent right now is recorded by its sender,
 * and never claimed again). Returns how many were withdrawn now.
 */
export async function hideMessages(tx: SchoolDbOrTx, where: SQL | undefined, at: Date): Promise<number> {
  // never "every message": a missing filter withdraws nothing
  if (!where) return 0;
  const hidden = await tx
    .update(messages)
    .set({ hiddenAt: at, status: sql`case when ${messages.status} = 'pending' then 'skipped' else ${messages.status} end` })
    .where(and(where, isNull(messages.hiddenAt)))
    .returning({ id: messages.id });
  return hidden.length;
}
