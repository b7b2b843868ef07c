import { sql } from 'drizzle-orm';
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

/**
 * Writes messages into the outbox inside the caller's transaction. A row whose
 * (member, key) exists already is skipped, so re-running the change that sends them, or a
 * job that runs twice, never sends twice. Returns how many rows were new.
 *
 * The rows travel as one JSON parameter expanded by SQLite (`json_each`): one statement for
 * a whole school's families, instead of thousands of bound values built row by row.
 */
export async function enqueueMessages(tx: SchoolDbOrTx, ctx: ServiceContext, list: NewMessage[]): Promise<number> {
  if (list.length === 0) return 0;
  const now = ctx.clock.now().getTime();
  const rows = list.map((m) => ({
    i: newId(now),
    k: m.dedupeKey,
    m: m.memberId,
    s: m.source,
    t: m.title,
    b: m.body ?? '',
    rt: m.refType ?? null,
    ri: m.refId ?? null,
    d: m.deliverAfter?.getTime() ?? now,
  }));
  // `where true` keeps SQLite from reading `on conflict` as part of the select's join
  const inserted = await tx.all<{ id: string }>(sql`
    insert into ${messages} (id, dedupe_key, member_id, source, title, body, ref_type, ref_id, created_at, deliver_after, next_attempt_at)
    select value ->> 'i', value ->> 'k', value ->> 'm', value ->> 's', value ->> 't', value ->> 'b', value ->> 'rt', value ->> 'ri',
      ${now}, value ->> 'd', value ->> 'd'
    from json_each(${JSON.stringify(rows)}) where true
    on conflict (member_id, dedupe_key) do nothing
    returning id`);
  return inserted.length;
}
