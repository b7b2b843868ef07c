import type { Context } from 'hono';
import { toJsonSchema } from '@valibot/to-json-schema';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { ApiError } from '../lib/errors';
import { type AppEnv, router } from '../lib/hono';
import { issueToError, valid } from '../lib/validate';
import { exportSiteData } from './export-site-data';
import { openSiteMedia } from './open-media';
import { postComment } from './post-comment';
import { CommentInput, IdParam, MediaParam } from './schemas';
import { articleUrl } from './urls';

const tags = ['site (public)'];
// validated by hand below (JSON or form fields), so the body is documented here
const COMMENT_SCHEMA = toJsonSchema(CommentInput, { errorMode: 'ignore' }) as Record<string, unknown>;

/**
 * The micro-site's public routes: no session needed. They only ever reveal what the public
 * site itself shows (export-site-data.ts, find-media.ts).
 */
export const publicSiteRoutes = router()
  .post(
    '/articles/:id/comments',
    describeRoute({
      tags,
      summary: 'WEB-07 leaves a comment on a published article (public; rate limited; held for moderation)',
      description: 'JSON answers 201 { id, status }. A plain HTML form (no Accept: application/json) is sent back (303) to the article page, at #comment-sent or #comment-failed.',
      requestBody: { content: { 'application/json': { schema: COMMENT_SCHEMA }, 'application/x-www-form-urlencoded': { schema: COMMENT_SCHEMA } } },
    }),
    valid('param', IdParam),
    async (c) => {
      const { id } = c.req.valid('param');
      const form = isForm(c.req.header('content-type'));
      const input = await commentBody(c, form);
      // a plain HTML form (no script) is sent back to the article page, to a note saying how it went
      if (form && !c.req.header('accept')?.includes('application/json')) {
        const back = articleUrl(c.var.ctx, id);
        try {
          await postComment(c.var.ctx, id, input);
          return c.redirect(`${back}#comment-sent`, 303);
        } catch (error) {
          if (error instanceof ApiError && error.status !== 404) return c.redirect(`${back}#comment-failed`, 303);
          throw error;
        }
      }
      return c.json(await postComment(c.var.ctx, id, input), 201);
    },
  )
  .get('/media/:fileId', describeRoute({ tags, summary: 'An image a listed showcase or a published article shows (public)' }), valid('param', MediaParam), async (c) => {
    const media = await openSiteMedia(c.var.ctx, c.req.valid('param').fileId);
    return new Response(media.body, {
      headers: {
        'content-type': media.contentType,
        'content-length': String(media.size),
        'content-disposition': 'inline',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cache-control': media.public ? 'public, max-age=300' : 'private, no-store',
      },
    });
  })
  .get('/data.json', describeRoute({ tags, summary: "The school's public site data, as its site is built from (public)" }), async (c) => {
    c.header('cache-control', 'public, max-age=60');
    return c.json(await exportSiteData(c.var.ctx));
  });

const isForm = (type: string | undefined) => /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type ?? '');

/** The comment from a JSON body or form fields, checked by the same schema (400 naming the field). */
async function commentBody(c: Context<AppEnv>, form: boolean): Promise<v.InferOutput<typeof CommentInput>> {
  const body: unknown = form
    ? await c.req.parseBody()
    : await c.req.json().catch(() => {
        throw new ApiError('invalid_json');
      });
  const result = v.safeParse(CommentInput, body);
  if (!result.success) throw issueToError(result.issues[0], c.var.locale);
  return result.output;
}
