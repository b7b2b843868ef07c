import { describeRoute } from 'hono-openapi';
import { ApiError } from '../lib/errors';
import { router } from '../lib/hono';
import { getSetting } from '../settings/settings';
import { valid } from '../lib/validate';
import { clearSessionCookie, requireActor } from '../middleware/session';
import { addAdmin } from './add-admin';
import { createGroup } from './create-group';
import { deleteGroup } from './delete-group';
import { listDevices } from './devices';
import { dissolveSchool } from './dissolve-school';
import { listAdmins } from './list-admins';
import { listGroups } from './list-groups';
import { myPermissions, permissionTable } from './permission-table';
import { removeAdmin } from './remove-admin';
import {
  AddAdminInput,
  CreateGroupInput,
  DissolveInput,
  GroupParam,
  ListAdminsQuery,
  ListGroupsQuery,
  MemberIdParam,
  TransferCreatorInput,
  UpdateAdminInput,
  UpdateGroupInput,
} from './schemas';
import { signOutDevices } from './sign-out-devices';
import { transferCreator } from './transfer-creator';
import { updateAdmin } from './update-admin';
import { updateGroup } from './update-group';

const tags = ['roles'];

/** 功能權限 (manual §15): admins, management groups, the permission table, creator, dissolve. */
export const roleRoutes = router()
  .use(requireActor)
  .get('/permissions', describeRoute({ tags, summary: 'ADM-02 the permission table of manual §15' }), (c) => c.json(permissionTable()))
  .get('/me', describeRoute({ tags, summary: 'ADM-02 what the signed-in member may do (menus), and the watermark (ADM-04)' }), async (c) => {
    const actor = c.var.ctx.actor;
    if (!actor) throw new ApiError('unauthenticated');
    // every viewer of contacts must know whether to show the watermark, not only super admins
    const { watermark } = await getSetting(c.var.ctx.db, 'security');
    return c.json({ ...myPermissions(actor), watermark });
  })
  .get('/admins', describeRoute({ tags, summary: 'ADM-01 admins with scopes and groups (super admins)' }), valid('query', ListAdminsQuery), async (c) =>
    c.json(await listAdmins(c.var.ctx, c.req.valid('query'))),
  )
  .post('/admins', describeRoute({ tags, summary: 'ADM-01 makes a staff member an admin (super admins)' }), valid('json', AddAdminInput), async (c) =>
    c.json(await addAdmin(c.var.ctx, c.req.valid('json')), 201),
  )
  .patch(
    '/admins/:memberId',
    describeRoute({ tags, summary: "ADM-01 changes an admin's role or scope (super admins)" }),
    valid('param', MemberIdParam),
    valid('json', UpdateAdminInput),
    async (c) => c.json(await updateAdmin(c.var.ctx, c.req.valid('param').memberId, c.req.valid('json'))),
  )
  .delete('/admins/:memberId', describeRoute({ tags, summary: 'ADM-01 an admin back to a normal user (super admins)' }), valid('param', MemberIdParam), async (c) => {
    await removeAdmin(c.var.ctx, c.req.valid('param').memberId);
    return c.body(null, 204);
  })
  .get('/groups', describeRoute({ tags, summary: 'ADM-01 management groups (super admins)' }), valid('query', ListGroupsQuery), async (c) =>
    c.json(await listGroups(c.var.ctx, c.req.valid('query'))),
  )
  .post('/groups', describeRoute({ tags, summary: 'ADM-01 creates a management group (super admins)' }), valid('json', CreateGroupInput), async (c) =>
    c.json(await createGroup(c.var.ctx, c.req.valid('json')), 201),
  )
  .patch(
    '/groups/:id',
    describeRoute({ tags, summary: 'ADM-01 renames a group, replaces its scope or members (super admins)' }),
    valid('param', GroupParam),
    valid('json', UpdateGroupInput),
    async (c) => c.json(await updateGroup(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/groups/:id', describeRoute({ tags, summary: 'ADM-01 deletes a management group (super admins)' }), valid('param', GroupParam), async (c) => {
    await deleteGroup(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  })
  .get('/devices/:memberId', describeRoute({ tags, summary: "ADM-02 a member's signed-in devices (設備管理權限)" }), valid('param', MemberIdParam), async (c) =>
    c.json(await listDevices(c.var.ctx, c.req.valid('param').memberId)),
  )
  .delete('/devices/:memberId', describeRoute({ tags, summary: 'ADM-02 signs a member out of every device' }), valid('param', MemberIdParam), async (c) => {
    await signOutDevices(c.var.ctx, c.req.valid('param').memberId);
    return c.body(null, 204);
  })
  .post('/transfer-creator', describeRoute({ tags, summary: 'ADM-01 hands the creator role to an admin (creator)' }), valid('json', TransferCreatorInput), async (c) =>
    c.json(await transferCreator(c.var.ctx, c.req.valid('json'))),
  )
  .post('/dissolve', describeRoute({ tags, summary: 'ID-05 dissolves the school: all its data is deleted (creator)' }), valid('json', DissolveInput), async (c) => {
    const result = await dissolveSchool(c.var.deps, c.var.ctx, c.req.valid('json'));
    clearSessionCookie(c);
    return c.json(result);
  });
