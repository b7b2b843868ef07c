import { describeRoute } from 'hono-openapi';
import { router } from '../../lib/hono';
import { valid } from '../../lib/validate';
import { requireActor } from '../../middleware/session';
import { assignmentOptions } from './assignment-options';
import { closeAssignment } from './close-assignment';
import { createAssignment } from './create-assignment';
import { deleteAssignment } from './delete-assignment';
import { getAssignment } from './get-assignment';
import { listAssignments } from './list-assignments';
import { listSubmissions } from './list-submissions';
import { publishAssignment } from './publish-assignment';
import { remindAssignment } from './remind-assignment';
import { AssignmentParam, CreateAssignmentBody, ListAssignmentsQuery, ListSubmissionsQuery, UpdateAssignmentBody } from './schemas';
import { updateAssignment } from './update-assignment';

const tags = ['homework'];

/**
 * 學生作業 (SPEC HW-05, HW-06, HW-10; docs/HOMEWORK.md): staff assign completed definitions to
 * classes and follow them; parents and students get 403 (they use /homework/mine). An
 * assignment the caller may not see is a 404; one they may see but not act on, 403.
 * Mounted at /homework/assignments; the grading routes (A4) are mounted beside these.
 */
export const assignmentRoutes = router()
  .use(requireActor)
  .get('/', describeRoute({ tags, summary: '學生作業 list: search, filters, paging, counts and row actions' }), valid('query', ListAssignmentsQuery), async (c) =>
    c.json(await listAssignments(c.var.ctx, c.req.valid('query'))),
  )
  .post('/', describeRoute({ tags, summary: 'HW-05 添加: 保存草稿 (optionally 定時發送) or 發佈' }), valid('json', CreateAssignmentBody), async (c) =>
    c.json(await createAssignment(c.var.ctx, c.req.valid('json')), 201),
  )
  .get('/options', describeRoute({ tags, summary: 'HW-05 the subjects the caller may assign, each with its classes' }), async (c) =>
    c.json(await assignmentOptions(c.var.ctx)),
  )
  .get('/:id', describeRoute({ tags, summary: 'An assignment with its definition and row actions' }), valid('param', AssignmentParam), async (c) =>
    c.json(await getAssignment(c.var.ctx, c.req.valid('param').id)),
  )
  .patch(
    '/:id',
    describeRoute({ tags, summary: '編輯: a draft all fields; published title, deadline, remindAt; closed nothing' }),
    valid('param', AssignmentParam),
    valid('json', UpdateAssignmentBody),
    async (c) => c.json(await updateAssignment(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/:id', describeRoute({ tags, summary: '刪除 a draft' }), valid('param', AssignmentParam), async (c) => {
    await deleteAssignment(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  })
  .post('/:id/publish', describeRoute({ tags, summary: 'HW-06 發佈 a draft: submissions created, students told' }), valid('param', AssignmentParam), async (c) =>
    c.json(await publishAssignment(c.var.ctx, c.req.valid('param').id)),
  )
  .post('/:id/remind', describeRoute({ tags, summary: 'HW-06 提醒 those who have not submitted' }), valid('param', AssignmentParam), async (c) =>
    c.json(await remindAssignment(c.var.ctx, c.req.valid('param').id)),
  )
  .post('/:id/close', describeRoute({ tags, summary: 'HW-10 封存 → 已完結' }), valid('param', AssignmentParam), async (c) =>
    c.json(await closeAssignment(c.var.ctx, c.req.valid('param').id)),
  )
  .get(
    '/:id/submissions',
    describeRoute({ tags, summary: '答題詳情: each student, status, score, late, attempts' }),
    valid('param', AssignmentParam),
    valid('query', ListSubmissionsQuery),
    async (c) => c.json(await listSubmissions(c.var.ctx, c.req.valid('param').id, c.req.valid('query'))),
  );
