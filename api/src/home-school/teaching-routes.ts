import { describeRoute } from 'hono-openapi';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { createSubject } from './create-subject';
import { getClassTeachers } from './get-class-teachers';
import { listSubjects } from './list-subjects';
import { IdParam, SetTeachersInput, SubjectInput, SubjectPatch, SubjectsQuery } from './schemas';
import { setClassTeachers } from './set-class-teachers';
import { updateSubject } from './update-subject';

const tags = ['home-school'];

/** CT-03 teaching assignments per class, and the subjects they name. */
export const teachingRoutes = router()
  .get('/classes/:id/teachers', describeRoute({ tags, summary: 'Homeroom and subject teachers of a class' }), valid('param', IdParam), async (c) =>
    c.json(await getClassTeachers(c.var.ctx, c.req.valid('param').id)),
  )
  .put('/classes/:id/teachers', describeRoute({ tags, summary: 'Replaces the teaching assignments of a class' }), valid('param', IdParam), valid('json', SetTeachersInput), async (c) =>
    c.json(await setClassTeachers(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .get('/subjects', describeRoute({ tags, summary: 'Subjects (staff; enabled filter, paged)' }), valid('query', SubjectsQuery), async (c) =>
    c.json(await listSubjects(c.var.ctx, c.req.valid('query'))),
  )
  .post('/subjects', describeRoute({ tags, summary: 'Adds a subject (super admins)' }), valid('json', SubjectInput), async (c) =>
    c.json(await createSubject(c.var.ctx, c.req.valid('json')), 201),
  )
  .patch('/subjects/:id', describeRoute({ tags, summary: 'Changes a subject (super admins)' }), valid('param', IdParam), valid('json', SubjectPatch), async (c) =>
    c.json(await updateSubject(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  );
