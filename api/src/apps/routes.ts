import { describeRoute } from 'hono-openapi';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { createWorkbenchGroup } from './create-workbench-group';
import { deleteWorkbenchGroup } from './delete-workbench-group';
import { listApps } from './list-apps';
import { listWorkbenchGroups } from './list-workbench-groups';
import { myWorkbench } from './my-workbench';
import { reorderWorkbenchGroups } from './reorder-workbench-groups';
import {
  AppParam,
  CreateGroupInput,
  GroupItemsInput,
  GroupParam,
  ListAppsQuery,
  ListGroupsQuery,
  ReorderGroupsInput,
  UpdateAppInput,
  UpdateGroupInput,
} from './schemas';
import { updateApp } from './update-app';
import { updateWorkbenchGroup } from './update-workbench-group';

const tags = ['apps'];

/** 部署應用 (manual §19): the school's apps (APP-01) and the workbench (APP-02). */
export const appRoutes = router()
  .use(requireActor)
  .get('/workbench', describeRoute({ tags, summary: 'APP-02 the apps this member may open, grouped and ordered (mobile home)' }), async (c) =>
    c.json(await myWorkbench(c.var.ctx)),
  )
  .get('/workbench/groups', describeRoute({ tags, summary: 'APP-02 workbench groups with their apps (super admins)' }), valid('query', ListGroupsQuery), async (c) =>
    c.json(await listWorkbenchGroups(c.var.ctx, c.req.valid('query'))),
  )
  .post('/workbench/groups', describeRoute({ tags, summary: 'APP-02 creates a workbench group (super admins)' }), valid('json', CreateGroupInput), async (c) =>
    c.json(await createWorkbenchGroup(c.var.ctx, c.req.valid('json')), 201),
  )
  .post('/workbench/groups/reorder', describeRoute({ tags, summary: 'APP-02 puts the groups in a new order (super admins)' }), valid('json', ReorderGroupsInput), async (c) =>
    c.json(await reorderWorkbenchGroups(c.var.ctx, c.req.valid('json'))),
  )
  .patch(
    '/workbench/groups/:id',
    describeRoute({ tags, summary: 'APP-02 renames a workbench group (super admins)' }),
    valid('param', GroupParam),
    valid('json', UpdateGroupInput),
    async (c) => c.json(await updateWorkbenchGroup(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .put(
    '/workbench/groups/:id/items',
    describeRoute({ tags, summary: "APP-02 replaces a group's apps, in order (super admins)" }),
    valid('param', GroupParam),
    valid('json', GroupItemsInput),
    async (c) => c.json(await updateWorkbenchGroup(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/workbench/groups/:id', describeRoute({ tags, summary: 'APP-02 deletes a workbench group (super admins)' }), valid('param', GroupParam), async (c) => {
    await deleteWorkbenchGroup(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  })
  .get('/', describeRoute({ tags, summary: 'APP-01 every app with its settings (admins)' }), valid('query', ListAppsQuery), async (c) =>
    c.json(await listApps(c.var.ctx, c.req.valid('query'))),
  )
  .patch(
    '/:key',
    describeRoute({ tags, summary: 'APP-01 enables an app, parents allowed, visible range (admins of the app)' }),
    valid('param', AppParam),
    valid('json', UpdateAppInput),
    async (c) => c.json(await updateApp(c.var.ctx, c.req.valid('param').key, c.req.valid('json'))),
  );
