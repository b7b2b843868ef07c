import { and, eq } from 'drizzle-orm';
import { members, subscriptions } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { newId } from '../lib/ids';
import { requireTeaching } from './choices';
import { doneMember, loadDraft } from './drafts';
import { addTeaching, assertStaffCardFree } from './enrol-staff';
import { subscribedCards } from './list-mine';
import { canAddIdentity } from './policy';
import type { IdentityInput } from './schemas';
import { verifyCard } from './verify-card';

/** 掃描職員證 / 掃描教師證 right after subscribing, with the draft's token (SUB-03). */
export async function addIdentityToDraft(ctx: ServiceContext, token: string, input: IdentityInput) {
  const draft = await loadDraft(ctx.db, ctx, token);
  return addIdentity(ctx, doneMember(draft), input);
}

/** The other identity for a signed-in staff member (SUB-03). */
export async function addMyIdentity(ctx: ServiceContext, input: IdentityInput) {
  if (!ctx.actor || !canAddIdentity(ctx.actor)) throw forbidden();
  return addIdentity(ctx, ctx.actor.memberId, input);
}

/**
 * SUB-03: a staff member with both a teacher card and a staff card subscribes the second
 * identity with its own card; the same identity twice, or a card another member holds, is
 * refused (409).
 */
async function addIdentity(ctx: ServiceContext, memberId: string, input: IdentityInput) {
  const member = await ctx.db.select().from(members).where(and(eq(members.id, memberId), eq(members.status, 'active'))).get();
  if (!member || !canAddIdentity(member)) throw forbidden();
  const already = await ctx.db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eq(subscriptions.memberId, memberId), eq(subscriptions.identity, input.identity)))
    .get();
  if (already) throw new ApiError('identity_subscribed', { field: 'identity' });
  const teaching = input.identity === 'teacher' ? (input.teaching ?? []) : [];
  await requireTeaching(ctx.db, teaching);
  const proof = await verifyCard(ctx, input, input.identity === 'teacher' ? ['teacher'] : ['staff']);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await assertStaffCardFree(tx, proof.cardNumber, proof.field, memberId);
    const taken = await tx.select({ id: subscriptions.id }).from(subscriptions).where(and(eq(subscriptions.memberId, memberId), eq(subscriptions.identity, input.identity))).get();
    if (taken) throw new ApiError('identity_subscribed', { field: 'identity' });
    await tx
      .update(members)
      .set(input.identity === 'teacher' ? { isTeacher: true, updatedAt: now } : { isStaff: true, updatedAt: now })
      .where(eq(members.id, memberId));
    await addTeaching(tx, memberId, teaching, now);
    await tx.insert(subscriptions).values({ id: newId(now.getTime()), memberId, identity: input.identity, cardType: proof.cardType, cardNumber: proof.cardNumber, createdAt: now });
    await writeAudit(tx, ctx, {
      action: 'subscription.identity',
      targetType: 'member',
      targetId: memberId,
      before: { isTeacher: member.isTeacher, isStaff: member.isStaff },
      after: { identity: input.identity },
    });
  });
  return { cards: await subscribedCards(ctx.db, memberId) };
}
