import { schoolDepartmentTree } from '../departments/tree';
import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { canSeeRequests } from './policy';
import { presentRequest } from './presenter';
import { requestNames, requireDecidable } from './request-access';

/**
 * SUB-01 one admin request, as the message to the admins opens it (點擊註冊消息查看申請加入的
 * 管理員資訊): 403 for members who are not admins, 404 for one the admin may not decide.
 */
export async function getRequest(ctx: ServiceContext, id: string) {
  if (!canSeeRequests(ctx.actor)) throw forbidden();
  const tree = await schoolDepartmentTree(ctx);
  const request = await requireDecidable(ctx.db, ctx.actor, tree, id);
  return presentRequest(request, await requestNames(ctx.db, [request]));
}
