import { eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../../db/client';
import { hwQuestions } from '../../../../db/schema';
import type { Actor } from '../../lib/context';
import { ApiError, forbidden, notFound } from '../../lib/errors';
import { ownsRecord } from './policy';

/**
 * A question the caller may change (HW-02): 404 when it does not exist, 403 when it is
 * someone else's (every staff member sees it, only its creator changes it), 409
 * question_published when `draftOnly` and it is published.
 */
export async function loadOwnQuestion(db: SchoolDbOrTx, actor: Actor, id: string, draftOnly: boolean) {
  const q = await db.select().from(hwQuestions).where(eq(hwQuestions.id, id)).get();
  if (!q) throw notFound();
  if (!ownsRecord(actor, q)) throw forbidden();
  if (draftOnly && q.status === 'published') throw new ApiError('question_published');
  return q;
}
