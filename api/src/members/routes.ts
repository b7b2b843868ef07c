import { describeRoute } from 'hono-openapi';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { createMember } from './create-member';
import { contentDisposition, exportMembers, XLSX_TYPE } from './export-members';
import { inviteMember } from './invite-member';
import { inviteNotJoined } from './invite-not-joined';
import { getMember, listMembers, setMemberStatus } from './member-status';
import { CreateMemberBody, ExportMembersQuery, InviteMembersBody, ListMembersQuery, MemberParam, UpdateMemberBody } from './schemas';
import { updateMember } from './update-member';

const tags = ['members'];

export const memberRoutes = router()
  .use(requireActor)
  .get('/', describeRoute({ tags, summary: 'Members of the school (admins; scoped admins: their departments)' }), valid('query', ListMembersQuery), async (c) =>
    c.json(await listMembers(c.var.ctx, c.req.valid('query'))),
  )
  // before /:id, which would take `export.xlsx` for an id
  .get('/export.xlsx', describeRoute({ tags, summary: 'The staff contacts as an Excel workbook (admins)' }), valid('query', ExportMembersQuery), async (c) => {
    const file = await exportMembers(c.var.ctx, c.req.valid('query'));
    return c.body(file.body, 200, {
      'content-type': XLSX_TYPE,
      'content-disposition': contentDisposition(file.filename, file.asciiFilename),
      'cache-control': 'no-store',
    });
  })
  .post('/', describeRoute({ tags, summary: 'Adds a staff member and invites them (admins)' }), valid('json', CreateMemberBody), async (c) =>
    c.json(await createMember(c.var.ctx, c.req.valid('json')), 201),
  )
  .post('/invite', describeRoute({ tags, summary: 'Invites again everyone not joined in the caller’s scope (admins)' }), valid('json', InviteMembersBody), async (c) =>
    c.json(await inviteNotJoined(c.var.ctx)),
  )
  .get('/:id', describeRoute({ tags, summary: 'One member with departments, heads and identities (admins)' }), valid('param', MemberParam), async (c) =>
    c.json(await getMember(c.var.ctx, c.req.valid('param').id)),
  )
  .patch(
    '/:id',
    describeRoute({ tags, summary: 'Edits a staff member: name, title, departments, phone, identities (admins)' }),
    valid('param', MemberParam),
    valid('json', UpdateMemberBody),
    async (c) => c.json(await updateMember(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .post('/:id/invite', describeRoute({ tags, summary: 'Invites a member who has not joined again (admins; once per 10 minutes)' }), valid('param', MemberParam), async (c) =>
    c.json(await inviteMember(c.var.ctx, c.req.valid('param').id)),
  )
  .post('/:id/disable', describeRoute({ tags, summary: 'Disables a member and ends their sessions' }), valid('param', MemberParam), async (c) =>
    c.json(await setMemberStatus(c.var.ctx, c.req.valid('param').id, 'disabled')),
  )
  .post('/:id/enable', describeRoute({ tags, summary: 'Re-enables a member' }), valid('param', MemberParam), async (c) =>
    c.json(await setMemberStatus(c.var.ctx, c.req.valid('param').id, 'active')),
  )
  .delete('/:id', describeRoute({ tags, summary: 'Removes a member and ends their sessions' }), valid('param', MemberParam), async (c) => {
    await setMemberStatus(c.var.ctx, c.req.valid('param').id, 'removed');
    return c.body(null, 204);
  });
