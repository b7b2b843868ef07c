import { describeRoute } from 'hono-openapi';
import { router } from '../../lib/hono';
import { valid } from '../../lib/validate';
import { requireActor } from '../../middleware/session';
import { addItems } from './add-items';
import { addSection } from './add-section';
import { batchScore } from './batch-score';
import { completeDefinition } from './complete-definition';
import { copyDefinition } from './copy-definition';
import { createDefinition } from './create-definition';
import { deleteDefinition } from './delete-definition';
import { deleteItem } from './delete-item';
import { deleteSection } from './delete-section';
import { getDefinition } from './get-definition';
import { listDefinitions } from './list-definitions';
import {
  AddItemsBody,
  AddSectionBody,
  BatchScoreBody,
  CreateDefinitionBody,
  DefinitionParam,
  ItemParam,
  ListDefinitionsQuery,
  SectionParam,
  UpdateDefinitionBody,
  UpdateItemBody,
  UpdateSectionBody,
} from './schemas';
import { updateDefinition } from './update-definition';
import { updateItem } from './update-item';
import { updateSection } from './update-section';

const tags = ['homework'];

/**
 * 作業定義 (SPEC §3.7 HW-03, HW-04; docs/HOMEWORK.md): staff list, view and copy every
 * definition; its creator edits a draft's sections, questions and scores, completes and
 * deletes it. Every change of the tree answers the whole definition, for the tree editor.
 */
export const definitionRoutes = router()
  .use(requireActor)
  .get('/', describeRoute({ tags, summary: 'HW-03 作業定義 list (search, filters, paging)' }), valid('query', ListDefinitionsQuery), async (c) =>
    c.json(await listDefinitions(c.var.ctx, c.req.valid('query'))),
  )
  .post('/', describeRoute({ tags, summary: 'HW-03 添加 a draft definition' }), valid('json', CreateDefinitionBody), async (c) =>
    c.json(await createDefinition(c.var.ctx, c.req.valid('json')), 201),
  )
  .get('/:id', describeRoute({ tags, summary: 'HW-03 查看問題: the section tree with its questions' }), valid('param', DefinitionParam), async (c) =>
    c.json(await getDefinition(c.var.ctx, c.req.valid('param').id)),
  )
  .patch(
    '/:id',
    describeRoute({ tags, summary: '編輯 a draft: title, 是否計分 (creator)' }),
    valid('param', DefinitionParam),
    valid('json', UpdateDefinitionBody),
    async (c) => c.json(await updateDefinition(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/:id', describeRoute({ tags, summary: '刪除 (creator; 409 when assigned)' }), valid('param', DefinitionParam), async (c) => {
    await deleteDefinition(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  })
  .post(
    '/:id/sections',
    describeRoute({ tags, summary: '添加章節 (top level or under a section)' }),
    valid('param', DefinitionParam),
    valid('json', AddSectionBody),
    async (c) => c.json(await addSection(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .patch(
    '/:id/sections/:sectionId',
    describeRoute({ tags, summary: 'Renames or moves a section' }),
    valid('param', SectionParam),
    valid('json', UpdateSectionBody),
    async (c) => {
      const { id, sectionId } = c.req.valid('param');
      return c.json(await updateSection(c.var.ctx, id, sectionId, c.req.valid('json')));
    },
  )
  .delete('/:id/sections/:sectionId', describeRoute({ tags, summary: '刪除章節 with its sub-sections and questions' }), valid('param', SectionParam), async (c) => {
    const { id, sectionId } = c.req.valid('param');
    return c.json(await deleteSection(c.var.ctx, id, sectionId));
  })
  .post(
    '/:id/sections/:sectionId/items',
    describeRoute({ tags, summary: '添加題目: published questions of the subject, once each' }),
    valid('param', SectionParam),
    valid('json', AddItemsBody),
    async (c) => {
      const { id, sectionId } = c.req.valid('param');
      return c.json(await addItems(c.var.ctx, id, sectionId, c.req.valid('json')), 201);
    },
  )
  .post(
    '/:id/sections/:sectionId/score',
    describeRoute({ tags, summary: '批量設置分數 for the questions under a section' }),
    valid('param', SectionParam),
    valid('json', BatchScoreBody),
    async (c) => {
      const { id, sectionId } = c.req.valid('param');
      return c.json(await batchScore(c.var.ctx, id, sectionId, c.req.valid('json')));
    },
  )
  .patch(
    '/:id/items/:itemId',
    describeRoute({ tags, summary: '設置分數 or moves a question within its section' }),
    valid('param', ItemParam),
    valid('json', UpdateItemBody),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      return c.json(await updateItem(c.var.ctx, id, itemId, c.req.valid('json')));
    },
  )
  .delete('/:id/items/:itemId', describeRoute({ tags, summary: '刪除題目 from the definition' }), valid('param', ItemParam), async (c) => {
    const { id, itemId } = c.req.valid('param');
    return c.json(await deleteItem(c.var.ctx, id, itemId));
  })
  .post('/:id/complete', describeRoute({ tags, summary: 'HW-04 完成: checks, then sets the total score' }), valid('param', DefinitionParam), async (c) =>
    c.json(await completeDefinition(c.var.ctx, c.req.valid('param').id)),
  )
  .post('/:id/copy', describeRoute({ tags, summary: 'HW-04 複製 into a new draft of my own' }), valid('param', DefinitionParam), async (c) =>
    c.json(await copyDefinition(c.var.ctx, c.req.valid('param').id), 201),
  );
