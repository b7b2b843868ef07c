import { eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { adminRequests } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { type Draft, loadDraft } from './drafts';
import { subscribedCards } from './list-mine';
import { presentDraft } from './presenter';

/** The draft with its request's status (admins) or the cards now subscribed (staff, family). */
export async function draftView(db: SchoolDbOrTx, draft: Draft) {
  const cards = draft.memberId ? await subscribedCards(db, draft.memberId) : [];
  const request = draft.requestId
    ? ((await db.select({ status: adminRequests.status, reason: adminRequests.reason }).from(adminRequests).where(eq(adminRequests.id, draft.requestId)).get()) ?? null)
    : null;
  return presentDraft(draft, { cards, request });
}

/** GET a draft: the page reloads where it stood. */
export async function getDraft(ctx: ServiceContext, token: string) {
  return draftView(ctx.db, await loadDraft(ctx.db, ctx, token));
}
