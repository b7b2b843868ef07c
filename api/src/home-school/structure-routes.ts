import { describeRoute } from 'hono-openapi';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { createCampus } from './create-campus';
import { createClass } from './create-class';
import { createGrade } from './create-grade';
import { deleteCampus } from './delete-campus';
import { deleteClass } from './delete-class';
import { deleteGrade } from './delete-grade';
import { download } from './download';
import { getTree } from './get-tree';
import { classInviteQr } from './invite-qr';
import { CampusInput, CampusPatch, ClassInput, ClassPatch, GradeInput, GradePatch, IdParam, TreeQuery } from './schemas';
import { updateCampus } from './update-campus';
import { updateClass } from './update-class';
import { updateGrade } from './update-grade';

const tags = ['home-school'];

/** CT-02 the campus → grade → class tree and its changes; the class invitation QR. */
export const structureRoutes = router()
  .get('/tree', describeRoute({ tags, summary: 'Campus → grade → class tree with counts (admins in scope, teachers)' }), valid('query', TreeQuery), async (c) =>
    c.json(await getTree(c.var.ctx, c.req.valid('query'))),
  )
  .post('/campuses', describeRoute({ tags, summary: 'Adds a campus (super admins)' }), valid('json', CampusInput), async (c) =>
    c.json(await createCampus(c.var.ctx, c.req.valid('json')), 201),
  )
  .patch('/campuses/:id', describeRoute({ tags, summary: 'Renames or reorders a campus' }), valid('param', IdParam), valid('json', CampusPatch), async (c) =>
    c.json(await updateCampus(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/campuses/:id', describeRoute({ tags, summary: 'Deletes an empty campus (409 campus_not_empty)' }), valid('param', IdParam), async (c) => {
    await deleteCampus(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  })
  .post('/grades', describeRoute({ tags, summary: 'Adds a grade (super admins)' }), valid('json', GradeInput), async (c) =>
    c.json(await createGrade(c.var.ctx, c.req.valid('json')), 201),
  )
  .patch('/grades/:id', describeRoute({ tags, summary: 'Changes a grade' }), valid('param', IdParam), valid('json', GradePatch), async (c) =>
    c.json(await updateGrade(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/grades/:id', describeRoute({ tags, summary: 'Deletes an empty grade (409 grade_not_empty)' }), valid('param', IdParam), async (c) => {
    await deleteGrade(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  })
  .post('/classes', describeRoute({ tags, summary: 'Adds a class (super admins, scoped admins of the grade)' }), valid('json', ClassInput), async (c) =>
    c.json(await createClass(c.var.ctx, c.req.valid('json')), 201),
  )
  .patch('/classes/:id', describeRoute({ tags, summary: 'Changes a class the caller manages' }), valid('param', IdParam), valid('json', ClassPatch), async (c) =>
    c.json(await updateClass(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/classes/:id', describeRoute({ tags, summary: 'Deletes a class without students (409 class_not_empty)' }), valid('param', IdParam), async (c) => {
    await deleteClass(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  })
  .get('/classes/:id/invite-qr.svg', describeRoute({ tags, summary: 'The class invitation QR code (SVG download)' }), valid('param', IdParam), async (c) => {
    const file = await classInviteQr(c.var.ctx, c.req.valid('param').id);
    return download(file.svg, 'image/svg+xml', file.fileName);
  });
