import { count, inArray, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { announcementRecipients } from '../../../db/schema';
import type { Stats } from './presenter';

const r = announcementRecipients;

/** ANN-02 數據概況: 送達人數, 閱讀人數, 閱讀次數, 點贊數 (and recipients), by announcement. */
export async function statsOf(db: SchoolDbOrTx, ids: string[], now: Date): Promise<Map<string, Stats>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: r.announcementId,
      recipients: count(),
      delivered: sql<number>`coalesce(sum(case when ${r.deliverAt} <= ${now.getTime()} then 1 else 0 end), 0)`,
      read: count(r.readAt),
      reads: sql<number>`coalesce(sum(${r.readCount}), 0)`,
      likes: count(r.likedAt),
    })
    .from(r)
    .where(inArray(r.announcementId, ids))
    .groupBy(r.announcementId)
    .all();
  return new Map(rows.map(({ id, ...s }) => [id, { ...s, delivered: Number(s.delivered), reads: Number(s.reads) }]));
}
