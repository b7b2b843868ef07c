import { and, eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { adminRequests, memberTags, subjects, tags } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { invalidateDepartmentTree, schoolDepartmentTree } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { newId } from '../lib/ids';
import { recordInvitations, sendInvitationTexts } from '../members/invitation';
import { isB08Class } from './choices';
import { enrolStaff } from './enrol-staff';
import { canSeeRequests } from './policy';
import { presentRequest } from './presenter';
import { requestNames, requireDecidable } from './request-access';

/** The tag (標籤) an approved admin subscription carries (manual §1: 擁有"管理員"標籤). */
export const ADMIN_TAG = '管理員';

/** The 管理員 tag's id, made on first use. */
export async function adminTagId(tx: SchoolDbOrTx, now: Date): Promise<string> {
  const found = await tx.select({ id: tags.id }).from(tags).where(eq(tags.name, ADMIN_TAG)).get();
  if (found) return found.id;
  const [row] = await tx.insert(tags).values({ id: newId(now.getTime()), name: ADMIN_TAG, createdAt: now }).onConflictDoNothing().returning({ id: tags.id });
  if (row) return row.id;
  const again = await tx.select({ id: tags.id }).from(tags).where(eq(tags.name, ADMIN_TAG)).get();
  if (!again) throw new Error('the admin tag is missing');
  return again.id;
}

/**
 * SUB-01 同意: the applicant joins the contacts as staff with the 管理員 tag and gets the
 * invitation. No admin role comes with it: roles are granted in 權限管理 (ADM-01). Classes or
 * subjects gone since the request are left out.
 */
export async function approveRequest(ctx: ServiceContext, id: string) {
  if (!canSeeRequests(ctx.actor)) throw forbidden();
  const tree = await schoolDepartmentTree(ctx);
  const now = ctx.clock.now();
  const { request, member } = await ctx.db.transaction(async (tx) => {
    const r = await requireDecidable(tx, ctx.actor, tree, id);
    if (r.status !== 'pending') throw new ApiError('request_decided');
    const teaching = [];
    for (const t of r.teaching) {
      const subject = await tx.select({ id: subjects.id }).from(subjects).where(and(eq(subjects.id, t.subjectId), eq(subjects.enabled, true))).get();
      if (subject && (await isB08Class(tx, t.classId))) teaching.push(t);
    }
    const member = await enrolStaff(tx, ctx, {
      name: r.name,
      areaCode: r.areaCode,
      phone: r.phone,
      identity: r.identity,
      departmentIds: r.departmentIds,
      teaching,
      existingMemberId: r.existingMemberId,
      proof: { cardType: r.cardType, cardNumber: r.cardNumber, field: r.cardType === 'education_id' ? 'educationId' : 'tempNumber' },
    });
    await tx.insert(memberTags).values({ memberId: member.id, tagId: await adminTagId(tx, now) }).onConflictDoNothing();
    const [request] = await tx
      .update(adminRequests)
      .set({ status: 'approved', decidedAt: now, decidedById: ctx.actor?.memberId ?? null, decidedByName: ctx.actor?.name ?? null, memberId: member.id })
      .where(eq(adminRequests.id, id))
      .returning();
    await recordInvitations(tx, ctx, [member]);
    await writeAudit(tx, ctx, { action: 'subscription.approve', targetType: 'admin-request', targetId: id, before: { status: r.status }, after: { status: 'approved', memberId: member.id, tag: ADMIN_TAG } });
    return { request, member };
  });
  invalidateDepartmentTree(ctx.db);
  await sendInvitationTexts(ctx, [member]);
  return presentRequest(request, await requestNames(ctx.db, [request]));
}
