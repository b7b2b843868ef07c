import { describeRoute } from 'hono-openapi';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { articleRoutes, commentRoutes } from './article-routes';
import { createArticleType } from './create-article-type';
import { createShowcase } from './create-showcase';
import { desktopOnly } from './desktop-only';
import { getSiteLink } from './get-site-link';
import { listArticleTypes } from './list-article-types';
import { listShowcases } from './list-showcases';
import { publicSiteRoutes } from './public-routes';
import { reorderShowcases } from './reorder-showcases';
import {
  CreateShowcaseInput,
  CreateTypeInput,
  IdParam,
  ListShowcasesQuery,
  ListTypesQuery,
  ReorderShowcasesInput,
  UpdateShowcaseInput,
  UpdateTypeInput,
} from './schemas';
import { updateArticleType } from './update-article-type';
import { updateShowcase } from './update-showcase';

const tags = ['site'];

/** Management of the micro-site: signed in, on the desktop back-office (WEB-06). */
const manageRoutes = router()
  .use(requireActor, desktopOnly)
  .get('/', describeRoute({ tags, summary: 'WEB-05 複製微官網對外鏈接: the public address of the school\'s site' }), (c) =>
    c.json(getSiteLink(c.var.ctx)),
  )
  .get('/showcases', describeRoute({ tags, summary: 'WEB-01 showcases in their saved order (site admins)' }), valid('query', ListShowcasesQuery), async (c) =>
    c.json(await listShowcases(c.var.ctx, c.req.valid('query'))),
  )
  .post('/showcases', describeRoute({ tags, summary: 'WEB-01 adds a showcase (site admins)' }), valid('json', CreateShowcaseInput), async (c) =>
    c.json(await createShowcase(c.var.ctx, c.req.valid('json')), 201),
  )
  .post('/showcases/reorder', describeRoute({ tags, summary: 'WEB-01 保存排序: every showcase id in the new order (site admins)' }), valid('json', ReorderShowcasesInput), async (c) =>
    c.json(await reorderShowcases(c.var.ctx, c.req.valid('json'))),
  )
  .patch(
    '/showcases/:id',
    describeRoute({ tags, summary: 'WEB-01 edits a showcase; listed true/false = 上架/下架 (site admins)' }),
    valid('param', IdParam),
    valid('json', UpdateShowcaseInput),
    async (c) => c.json(await updateShowcase(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .get('/types', describeRoute({ tags, summary: 'WEB-02 article types: all for site admins, the enabled ones for writers' }), valid('query', ListTypesQuery), async (c) =>
    c.json(await listArticleTypes(c.var.ctx, c.req.valid('query'))),
  )
  .post('/types', describeRoute({ tags, summary: 'WEB-02 adds an article type (site admins)' }), valid('json', CreateTypeInput), async (c) =>
    c.json(await createArticleType(c.var.ctx, c.req.valid('json')), 201),
  )
  .patch(
    '/types/:id',
    describeRoute({ tags, summary: 'WEB-02 renames, enables or disables an article type (site admins)' }),
    valid('param', IdParam),
    valid('json', UpdateTypeInput),
    async (c) => c.json(await updateArticleType(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .route('/articles', articleRoutes)
  .route('/comments', commentRoutes);

/**
 * 微官網 (SPEC §3.13, manual §13), mounted at /api/s/:school/site. The public routes come
 * first: they answer before the management routes' sign-in check would run.
 */
export const siteRoutes = router().route('/', publicSiteRoutes).route('/', manageRoutes);
