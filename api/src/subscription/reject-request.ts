import { eq } from 'drizzle-orm';
import { adminRequests } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { schoolDepartmentTree } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { ApiError, forbidden } from '../lib/errors';
import { canSeeRequests } from './policy';
import { presentRequest } from './presenter';
import { requestNames, requireDecidable } from './request-access';

/**
 * SUB-01 拒絕: the request is closed and the applicant, who is no member, is told by SMS
 * (after the change commits: a text cannot be rolled back; a failed text is logged, not thrown).
 */
export async function rejectRequest(ctx: ServiceContext, id: string, input: { reason?: string }) {
  if (!canSeeRequests(ctx.actor)) throw forbidden();
  const tree = await schoolDepartmentTree(ctx);
  const now = ctx.clock.now();
  const reason = input.reason ?? '';
  const request = await ctx.db.transaction(async (tx) => {
    const r = await requireDecidable(tx, ctx.actor, tree, id);
    if (r.status !== 'pending') throw new ApiError('request_decided');
    const [row] = await tx
      .update(adminRequests)
      .set({ status: 'rejected', reason, decidedAt: now, decidedById: ctx.actor?.memberId ?? null, decidedByName: ctx.actor?.name ?? null })
      .where(eq(adminRequests.id, id))
      .returning();
    await writeAudit(tx, ctx, { action: 'subscription.reject', targetType: 'admin-request', targetId: id, before: { status: r.status }, after: { status: 'rejected', reason } });
    return row;
  });
  try {
    await ctx.platform.sms.send({
      schoolCode: ctx.school.code,
      areaCode: request.areaCode,
      phone: request.phone,
      text: `【${ctx.school.name['zh-Hant']}】${request.name}您好，您的管理員訂閱申請未獲通過。${reason ? `原因：${reason}` : ''}`,
    });
  } catch (e) {
    console.error(`rejection SMS for admin request ${id} failed`, e);
  }
  return presentRequest(request, await requestNames(ctx.db, [request]));
}
