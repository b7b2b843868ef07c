import { describeRoute } from 'hono-openapi';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { createArticle } from './create-article';
import { deleteArticle } from './delete-article';
import { getArticle } from './get-article';
import { listArticles } from './list-articles';
import { listComments } from './list-comments';
import { moderateComment } from './moderate-comment';
import { setArticlePin } from './pin-article';
import { CreateArticleInput, IdParam, ListArticlesQuery, ListCommentsQuery, UpdateArticleInput } from './schemas';
import { updateArticle } from './update-article';

const tags = ['site'];

/** WEB-03 / WEB-04 文章管理 (staff write, site admins manage all). Mounted at /site/articles. */
export const articleRoutes = router()
  .get('/', describeRoute({ tags, summary: 'WEB-03 articles: all for site admins, their own for writers; pinned first' }), valid('query', ListArticlesQuery), async (c) =>
    c.json(await listArticles(c.var.ctx, c.req.valid('query'))),
  )
  .post('/', describeRoute({ tags, summary: 'WEB-03 writes an article: 發佈 (published) or 保存草稿 (draft)' }), valid('json', CreateArticleInput), async (c) =>
    c.json(await createArticle(c.var.ctx, c.req.valid('json')), 201),
  )
  .get('/:id', describeRoute({ tags, summary: 'WEB-03 one article with its content (author or site admin)' }), valid('param', IdParam), async (c) =>
    c.json(await getArticle(c.var.ctx, c.req.valid('param').id)),
  )
  .patch(
    '/:id',
    describeRoute({ tags, summary: 'WEB-03 edits, publishes or withdraws an article (author or site admin)' }),
    valid('param', IdParam),
    valid('json', UpdateArticleInput),
    async (c) => c.json(await updateArticle(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/:id', describeRoute({ tags, summary: 'WEB-03 deletes an article (author or site admin)' }), valid('param', IdParam), async (c) => {
    await deleteArticle(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  })
  .post('/:id/pin', describeRoute({ tags, summary: 'WEB-04 置頂 (site admins): the 10 most recently pinned are the hot articles' }), valid('param', IdParam), async (c) =>
    c.json(await setArticlePin(c.var.ctx, c.req.valid('param').id, true)),
  )
  .post('/:id/unpin', describeRoute({ tags, summary: 'WEB-04 取消置頂 (site admins)' }), valid('param', IdParam), async (c) =>
    c.json(await setArticlePin(c.var.ctx, c.req.valid('param').id, false)),
  );

/** WEB-07 留言審核 (site admins). Mounted at /site/comments. */
export const commentRoutes = router()
  .get('/', describeRoute({ tags, summary: 'WEB-07 comments by status (pending by default)' }), valid('query', ListCommentsQuery), async (c) =>
    c.json(await listComments(c.var.ctx, c.req.valid('query'))),
  )
  .post('/:id/approve', describeRoute({ tags, summary: 'WEB-07 approves a comment: it appears on the article page' }), valid('param', IdParam), async (c) =>
    c.json(await moderateComment(c.var.ctx, c.req.valid('param').id, 'approved')),
  )
  .post('/:id/hide', describeRoute({ tags, summary: 'WEB-07 hides a comment' }), valid('param', IdParam), async (c) =>
    c.json(await moderateComment(c.var.ctx, c.req.valid('param').id, 'hidden')),
  )
  .delete('/:id', describeRoute({ tags, summary: 'WEB-07 deletes a comment' }), valid('param', IdParam), async (c) => {
    await moderateComment(c.var.ctx, c.req.valid('param').id, null);
    return c.body(null, 204);
  });
