import type { SchoolDbOrTx } from '../../../db/client';
import { messages } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { newId } from '../lib/ids';

export interface NewMessage {
  memberId: string;
  /** Names the occurrence: the same key to the same member is stored once, ever. */
  dedupeKey: string;
  source: string;
  title: string;
  body?: string;
  refType?: string | null;
  refId?: string | null;
  /** Not shown nor sent before this (scheduled sends, quiet hours); now by default. */
  deliverAfter?: Date;
}

// 13 values a row; SQLite allows 32,766 bound values a statement
const CHUNK = 1000;

/**
 * Writes messages into the outbox inside the caller's transaction. A row whose
 * (member, key) exists already is skipped, so re-running the change that sends them, or a
 * job that runs twice, never sends twice. Returns how many rows were new.
 */
export async function enqueueMessages(tx: SchoolDbOrTx, ctx: ServiceContext, list: NewMessage[]): Promise<number> {
  const now = ctx.clock.now();
  let inserted = 0;
  for (let i = 0; i < list.length; i += CHUNK) {
    const rows = list.slice(i, i + CHUNK).map((m) => {
      const due = m.deliverAfter ?? now;
      return {
        id: newId(now.getTime()),
        dedupeKey: m.dedupeKey,
        memberId: m.memberId,
        source: m.source,
        title: m.title,
        body: m.body ?? '',
        refType: m.refType ?? null,
        refId: m.refId ?? null,
        createdAt: now,
        deliverAfter: due,
        nextAttemptAt: due,
      };
    });
    const result = await tx
      .insert(messages)
      .values(rows)
      .onConflictDoNothing({ target: [messages.memberId, messages.dedupeKey] })
      .returning({ id: messages.id });
    inserted += result.length;
  }
  return inserted;
}
