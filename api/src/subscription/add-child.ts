import { and, eq } from 'drizzle-orm';
import { members } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { forbidden, invalid } from '../lib/errors';
import { sendInvitationTexts } from '../members/invitation';
import { SELF } from '../home-school/identity';
import { requireB08Class } from './choices';
import { doneMember, loadDraft } from './drafts';
import { enrolChild } from './enrol-family';
import { subscribedCards } from './list-mine';
import { canAddChildren } from './policy';
import type { ChildInput } from './schemas';
import { verifyCard } from './verify-card';

/** 添加學生 right after subscribing, with the draft's token (SUB-04). */
export async function addChildToDraft(ctx: ServiceContext, token: string, input: ChildInput) {
  const draft = await loadDraft(ctx.db, ctx, token);
  return addChild(ctx, doneMember(draft), input);
}

/** 添加學生 by a signed-in parent (SUB-04). */
export async function addMyChild(ctx: ServiceContext, input: ChildInput) {
  if (!ctx.actor || !canAddChildren(ctx.actor)) throw forbidden();
  return addChild(ctx, ctx.actor.memberId, input);
}

const NOT_SELF = { 'zh-Hant': '家長不能選擇「本人」', en: 'a parent cannot choose 本人 (self)', pt: 'um encarregado não pode escolher 本人 (o próprio)' } as const;

/**
 * One more child for a parent: its own card and birth date, a B08 class (SUB-05); the same
 * card as a child the parent already has is refused (ID-02). The parent is told to join the
 * class as after the first subscription.
 */
async function addChild(ctx: ServiceContext, memberId: string, input: ChildInput) {
  const parent = await ctx.db.select().from(members).where(and(eq(members.id, memberId), eq(members.status, 'active'))).get();
  if (!parent || !canAddChildren(parent)) throw forbidden();
  if (input.relation === SELF) throw invalid('relation', NOT_SELF[ctx.locale]);
  const cls = await requireB08Class(ctx.db, input.classId, 'classId');
  const proof = await verifyCard(ctx, input, ['student']);
  const child = await ctx.db.transaction(async (tx) => {
    const result = await enrolChild(tx, ctx, { memberId, identity: 'parent', relation: input.relation, studentName: input.studentName, classId: cls.id, className: cls.name, proof });
    await writeAudit(tx, ctx, { action: 'subscription.child', targetType: 'student', targetId: result.studentId, after: { memberId, ...result } });
    return result;
  });
  // an invitation text only for a parent who has not joined yet
  if (!parent.joinedAt) await sendInvitationTexts(ctx, [parent]);
  return { ...child, cards: await subscribedCards(ctx.db, memberId) };
}
