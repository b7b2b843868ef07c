import { eq, lt } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { type DraftData, rateLimits, subscriptionDrafts } from '../../../db/schema';
import { MINUTE } from '../lib/clock';
import type { ServiceContext } from '../lib/context';
import { hashSecret } from '../lib/crypto';
import { ApiError, notFound } from '../lib/errors';
import { newToken } from '../lib/ids';
import { hit, type Limit } from '../lib/rate-limit';

export type Draft = typeof subscriptionDrafts.$inferSelect;
export type Step = Draft['step'];

/** A draft lives half an hour from its start, and again from its completion (添加學生, 掃描職員證). */
export const DRAFT_LIFETIME = 30 * MINUTE;
const DRAFTS_PER_IP: Limit = { max: 30, windowMs: 60 * MINUTE };

/** Starts a draft and returns its token; expired drafts of the school are swept on the way. */
export async function createDraft(ctx: ServiceContext, kind: Draft['kind'], data: DraftData): Promise<{ token: string; expiresAt: Date }> {
  const now = ctx.clock.now();
  if (ctx.ip) await hit(ctx.db, rateLimits, `subscription-ip:${ctx.ip}`, DRAFTS_PER_IP, now.getTime());
  await ctx.db.delete(subscriptionDrafts).where(lt(subscriptionDrafts.expiresAt, now));
  const token = newToken();
  const expiresAt = new Date(now.getTime() + DRAFT_LIFETIME);
  await ctx.db.insert(subscriptionDrafts).values({ tokenHash: hashSecret(token), kind, step: 'phone', data, createdAt: now, expiresAt });
  return { token, expiresAt };
}

/** The draft of a token: 404 when unknown, 410 subscription_expired when too old. */
export async function loadDraft(db: SchoolDbOrTx, ctx: ServiceContext, token: string): Promise<Draft> {
  const draft = await db.select().from(subscriptionDrafts).where(eq(subscriptionDrafts.tokenHash, hashSecret(token))).get();
  if (!draft) throw notFound();
  if (draft.expiresAt.getTime() <= ctx.clock.now().getTime()) throw new ApiError('subscription_expired', { field: 'token' });
  return draft;
}

/** 409 subscription_step unless the draft stands at one of `steps`. */
export function requireStep(draft: Draft, ...steps: Step[]): void {
  if (!steps.includes(draft.step)) throw new ApiError('subscription_step', { params: { step: draft.step } });
}

/** Saves what a step gathered and moves the draft on. */
export async function advanceDraft(
  db: SchoolDbOrTx,
  draft: Draft,
  change: { step: Step; data?: Partial<DraftData>; memberId?: string; requestId?: string; expiresAt?: Date },
): Promise<Draft> {
  const data = { ...draft.data, ...change.data };
  const [row] = await db
    .update(subscriptionDrafts)
    .set({ step: change.step, data, memberId: change.memberId ?? draft.memberId, requestId: change.requestId ?? draft.requestId, expiresAt: change.expiresAt ?? draft.expiresAt })
    .where(eq(subscriptionDrafts.tokenHash, draft.tokenHash))
    .returning();
  return row;
}

/** The draft's member once it is done (添加學生, 掃描職員證 right after subscribing). */
export function doneMember(draft: Draft): string {
  requireStep(draft, 'done');
  if (!draft.memberId) throw new ApiError('subscription_step');
  return draft.memberId;
}
