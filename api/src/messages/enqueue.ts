import { type SQL, sql } from 'drizzle-orm';
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

/**
 * Ids made by SQLite for rows inserted by one statement: the time part of `newId` (so they
 * sort by creation) and 64 random bits, as `newId` but without a round trip per row.
 */
export function sqlNewId(now: number): SQL {
  return sql`${newId(now).slice(0, 10)} || lower(hex(randomblob(8)))`;
}

/**
 * Writes one message per row of `rows` — a select whose columns are named `member_id`,
 * `dedupe_key`, `title`, `body`, `ref_type` and `ref_id` — inside the caller's transaction,
 * in one statement: the rows never travel through JavaScript, which for a whole school's
 * families is most of the cost of sending. Rows ordered by member go into the member indexes
 * in key order, which is cheaper than scattered. Same rule as `enqueueMessages`: a (member,
 * key) that exists already is skipped. Returns how many rows were new.
 */
export async function enqueueMessagesFrom(tx: SchoolDbOrTx, ctx: ServiceContext, input: { source: string; deliverAfter?: Date; rows: SQL }): Promise<number> {
  const now = ctx.clock.now().getTime();
  const due = input.deliverAfter?.getTime() ?? now;
  const result = await tx.run(sql`
    insert into ${messages} (id, dedupe_key, member_id, source, title, body, ref_type, ref_id, created_at, deliver_after, next_attempt_at)
    select ${sqlNewId(now)}, q.dedupe_key, q.member_id, ${input.source}, q.title, q.body, q.ref_type, q.ref_id, ${now}, ${due}, ${due}
    from (${input.rows}) as q where true
    on conflict (member_id, dedupe_key) do nothing`);
  return result.rowsAffected;
}
