import { describeRoute } from 'hono-openapi';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { createTag } from './create-tag';
import { deleteTag } from './delete-tag';
import { listTagMembers } from './list-tag-members';
import { getTag, listTags } from './list-tags';
import { renameTag } from './rename-tag';
import { AddTagMembersInput, CreateTagInput, ListTagsQuery, RenameTagInput, TagMemberParam, TagMembersQuery, TagParam } from './schemas';
import { addTagMembers, removeTagMember } from './set-tag-members';

const tags = ['tags'];

/**
 * 標籤 (manual §14, §19 可見範圍): staff read the tags (pickers); creator and super admins
 * create, rename and delete them; admins of members give and take them within their scope.
 * Visible ranges (APP-01) and announcement send ranges (ANN-01) name tags by id.
 */
export const tagRoutes = router()
  .use(requireActor)
  .get('/', describeRoute({ tags, summary: 'CT-01 the tags with member counts, searchable and paged (staff)' }), valid('query', ListTagsQuery), async (c) =>
    c.json(await listTags(c.var.ctx, c.req.valid('query'))),
  )
  .post('/', describeRoute({ tags, summary: 'CT-01 adds a tag (creator, super admins)' }), valid('json', CreateTagInput), async (c) =>
    c.json(await createTag(c.var.ctx, c.req.valid('json')), 201),
  )
  .get('/:id', describeRoute({ tags, summary: 'One tag with its member count (staff)' }), valid('param', TagParam), async (c) =>
    c.json(await getTag(c.var.ctx, c.req.valid('param').id)),
  )
  .patch(
    '/:id',
    describeRoute({ tags, summary: 'CT-01 renames a tag; not 管理員 (creator, super admins)' }),
    valid('param', TagParam),
    valid('json', RenameTagInput),
    async (c) => c.json(await renameTag(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/:id', describeRoute({ tags, summary: 'CT-01 deletes a tag and takes it out of every range; not 管理員 (creator, super admins)' }), valid('param', TagParam), async (c) => {
    await deleteTag(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  })
  .get(
    '/:id/members',
    describeRoute({ tags, summary: "A tag's members, searchable and paged (admins of members; scoped: their departments)" }),
    valid('param', TagParam),
    valid('query', TagMembersQuery),
    async (c) => c.json(await listTagMembers(c.var.ctx, c.req.valid('param').id, c.req.valid('query'))),
  )
  .post(
    '/:id/members',
    describeRoute({ tags, summary: 'Gives the tag to staff members (admins of members, within their scope)' }),
    valid('param', TagParam),
    valid('json', AddTagMembersInput),
    async (c) => c.json(await addTagMembers(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/:id/members/:memberId', describeRoute({ tags, summary: 'Takes the tag from a member (admins of members, within their scope)' }), valid('param', TagMemberParam), async (c) => {
    const { id, memberId } = c.req.valid('param');
    await removeTagMember(c.var.ctx, id, memberId);
    return c.body(null, 204);
  });
