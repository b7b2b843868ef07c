import { describeRoute } from 'hono-openapi';
import { cachedJson, router } from '../lib/hono';
import { valid } from '../lib/validate';
import { createStudent } from './create-student';
import { deleteStudent } from './delete-student';
import { download } from './download';
import { exportStudents, importTemplate } from './export-students';
import { getStudent } from './get-student';
import { importStudents } from './import-students';
import { listStudents } from './list-students';
import { IdParam } from './schemas';
import { setClass } from './set-class';
import { MIME_XLSX } from './student-sheet';
import { CreateStudentInput, ExportQuery, PatchStudentInput, SetClassInput, StudentsQuery } from './student-schemas';
import { updateStudent } from './update-student';

const tags = ['home-school'];

/** CT-02 students with their parents; the fixed paths come before `/students/:id`. */
export const studentRoutes = router()
  .get('/students/export.xlsx', describeRoute({ tags, summary: 'Excel export, one row per guardian (admins)' }), valid('query', ExportQuery), async (c) => {
    const file = await exportStudents(c.var.ctx, c.req.valid('query'));
    return download(file.bytes, MIME_XLSX, file.fileName);
  })
  .get('/students/import-template.xlsx', describeRoute({ tags, summary: 'The Excel import template (admins)' }), async (c) => {
    const file = await importTemplate(c.var.ctx);
    return download(file.bytes, MIME_XLSX, file.fileName);
  })
  .post('/students/import', describeRoute({ tags, summary: 'Imports students and parents (body = the .xlsx bytes); all or nothing' }), async (c) =>
    c.json(await importStudents(c.var.ctx, await c.req.arrayBuffer()), 201),
  )
  .post('/students/set-class', describeRoute({ tags, summary: '設置所在班級: moves students to a class' }), valid('json', SetClassInput), async (c) =>
    c.json(await setClass(c.var.ctx, c.req.valid('json'))),
  )
  .get('/students', describeRoute({ tags, summary: 'Students with guardians (search, joined filter, paged)' }), valid('query', StudentsQuery), async (c) =>
    cachedJson(c, await listStudents(c.var.ctx, c.req.valid('query'))),
  )
  .post('/students', describeRoute({ tags, summary: 'Adds a student with parents' }), valid('json', CreateStudentInput), async (c) =>
    c.json(await createStudent(c.var.ctx, c.req.valid('json')), 201),
  )
  .get('/students/:id', describeRoute({ tags, summary: 'One student with guardians' }), valid('param', IdParam), async (c) =>
    c.json(await getStudent(c.var.ctx, c.req.valid('param').id)),
  )
  .patch('/students/:id', describeRoute({ tags, summary: 'Changes a student and its guardians' }), valid('param', IdParam), valid('json', PatchStudentInput), async (c) =>
    c.json(await updateStudent(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/students/:id', describeRoute({ tags, summary: 'Deletes a student; parents left with no child are removed' }), valid('param', IdParam), async (c) => {
    await deleteStudent(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  });
