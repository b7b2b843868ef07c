import { and, eq, ne } from 'drizzle-orm';
import type { CardHolder } from '../platform/types';
import { members } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { invalidateDepartmentTree } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { fileAdminRequest } from './file-admin-request';
import { recordInvitations, sendInvitationTexts } from '../members/invitation';
import { requireB08Class } from './choices';
import { advanceDraft, DRAFT_LIFETIME, loadDraft, requireStep } from './drafts';
import { enrolChild } from './enrol-family';
import { enrolStaff } from './enrol-staff';
import { draftView } from './get-draft';
import type { CardInput } from './schemas';
import { verifyCard } from './verify-card';

/**
 * 確定 on the birth-date page: proves the card (ID-01, SUB-07) and, in one transaction, makes
 * the subscription real — an admin request waiting for approval (SUB-01), a staff member with
 * an invitation, or a family member whose child joins the class (SUB-02). Any refusal leaves
 * nothing behind but the draft, so the person can correct and retry.
 */
export async function completeDraft(ctx: ServiceContext, token: string, input: CardInput) {
  const first = await loadDraft(ctx.db, ctx, token);
  requireStep(first, 'card');
  const holders: CardHolder[] =
    first.kind === 'admin' ? ['teacher', 'staff'] : first.kind === 'staff' ? [first.data.identity === 'teacher' ? 'teacher' : 'staff'] : ['student'];
  const proof = await verifyCard(ctx, input, holders);
  const now = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    // read again inside the transaction: a second click must not subscribe twice
    const draft = await loadDraft(tx, ctx, token);
    requireStep(draft, 'card');
    const d = draft.data;
    if (!d.areaCode || !d.phone || !d.name) throw new ApiError('subscription_step');
    if (draft.kind === 'admin') {
      const id = await fileAdminRequest(tx, ctx, d, proof);
      return { draft: await advanceDraft(tx, draft, { step: 'pending', requestId: id }), invite: null };
    }
    if (draft.kind === 'staff') {
      const member = await enrolStaff(tx, ctx, {
        name: d.name,
        areaCode: d.areaCode,
        phone: d.phone,
        identity: d.identity === 'teacher' ? 'teacher' : 'staff',
        departmentIds: d.departmentIds ?? [],
        teaching: d.teaching ?? [],
        existingMemberId: d.existingMemberId ?? null,
        proof,
      });
      await recordInvitations(tx, ctx, [member]);
      await writeAudit(tx, ctx, { action: 'subscription.staff', targetType: 'member', targetId: member.id, after: { name: member.name, identity: d.identity } });
      return { draft: await advanceDraft(tx, draft, { step: 'done', memberId: member.id, expiresAt: new Date(now.getTime() + DRAFT_LIFETIME) }), invite: member };
    }
    if (!d.studentName || !d.classId || !d.relation) throw new ApiError('subscription_step');
    const cls = await requireB08Class(tx, d.classId, 'classId');
    const existing = await tx.select({ id: members.id }).from(members).where(and(eq(members.areaCode, d.areaCode), eq(members.phone, d.phone), ne(members.status, 'removed'))).get();
    if (existing) throw new ApiError('phone_in_use_family', { field: 'phone' });
    const memberId = newId(now.getTime());
    const kind = d.identity === 'student' ? 'student' : 'parent';
    await tx.insert(members).values({ id: memberId, kind, name: d.name, areaCode: d.areaCode, phone: d.phone, joinedAt: null, createdAt: now, updatedAt: now });
    const child = await enrolChild(tx, ctx, { memberId, identity: kind, relation: d.relation, studentName: d.studentName, classId: cls.id, className: cls.name, proof });
    await writeAudit(tx, ctx, { action: 'subscription.family', targetType: 'member', targetId: memberId, after: { name: d.name, identity: kind, ...child } });
    const member = await tx.select().from(members).where(eq(members.id, memberId)).get();
    return { draft: await advanceDraft(tx, draft, { step: 'done', memberId, expiresAt: new Date(now.getTime() + DRAFT_LIFETIME) }), invite: member ?? null };
  });
  if (result.invite) {
    invalidateDepartmentTree(ctx.db);
    // a text cannot be rolled back: sent once the subscription stands
    await sendInvitationTexts(ctx, [result.invite]);
  }
  return draftView(ctx.db, result.draft);
}

