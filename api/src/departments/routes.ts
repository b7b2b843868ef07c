import { describeRoute } from 'hono-openapi';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { createDepartment } from './create-department';
import { deleteDepartment } from './delete-department';
import { listDepartments } from './list-departments';
import { presentDepartmentRow } from './presenter';
import { reorderDepartments } from './reorder-departments';
import { CreateDepartmentBody, DepartmentHeadsBody, DepartmentParam, ReorderDepartmentsBody, UpdateDepartmentBody } from './schemas';
import { setDepartmentHeads } from './set-department-heads';
import { updateDepartment } from './update-department';

const tags = ['departments'];

/**
 * CT-01 the staff contacts' department tree (企業通訊錄). Staff read it; super admins manage
 * all of it, scoped admins the part in their scope. The school's root department and its
 * alumni department (校友) are created by the first call that needs them.
 */
export const departmentRoutes = router()
  .use(requireActor)
  .get('/', describeRoute({ tags, summary: 'The department tree the caller may see (staff)' }), async (c) => c.json(await listDepartments(c.var.ctx)))
  .post('/', describeRoute({ tags, summary: 'Adds a department or sub-department (admins)' }), valid('json', CreateDepartmentBody), async (c) =>
    c.json(presentDepartmentRow(await createDepartment(c.var.ctx, c.req.valid('json'))), 201),
  )
  .post('/reorder', describeRoute({ tags, summary: 'Orders the sub-departments of a parent (admins)' }), valid('json', ReorderDepartmentsBody), async (c) =>
    c.json({ ids: await reorderDepartments(c.var.ctx, c.req.valid('json')) }),
  )
  .patch(
    '/:id',
    describeRoute({ tags, summary: 'Renames, moves or positions a department (admins)' }),
    valid('param', DepartmentParam),
    valid('json', UpdateDepartmentBody),
    async (c) => c.json(presentDepartmentRow(await updateDepartment(c.var.ctx, c.req.valid('param').id, c.req.valid('json')))),
  )
  .put(
    '/:id/heads',
    describeRoute({ tags, summary: 'Sets the heads of a department (admins)' }),
    valid('param', DepartmentParam),
    valid('json', DepartmentHeadsBody),
    async (c) => c.json({ heads: await setDepartmentHeads(c.var.ctx, c.req.valid('param').id, c.req.valid('json')) }),
  )
  .delete('/:id', describeRoute({ tags, summary: 'Deletes an empty department (admins)' }), valid('param', DepartmentParam), async (c) => {
    await deleteDepartment(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  });
