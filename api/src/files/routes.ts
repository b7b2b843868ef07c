import { and, eq } from 'drizzle-orm';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { files } from '../../../db/schema';
import { isSuperAdmin } from '../auth/policy';
import { ApiError, notFound } from '../lib/errors';
import { router } from '../lib/hono';
import { newId } from '../lib/ids';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { storeUpload } from '../platform/files/upload';

const tags = ['files'];
/** Attachments of notices, homework, tickets … (the drive has its own, larger limit). */
export const UPLOAD_LIMIT = 20 * 1024 * 1024;

const UploadQuery = v.strictObject({
  /** The file's name as the user chose it. */
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
});
const FileParam = v.object({ school: v.string(), id: v.pipe(v.string(), v.maxLength(40)) });

/** Uploads (the request body is the file, streamed) and downloads. */
export const fileRoutes = router()
  .use(requireActor)
  .post('/', describeRoute({ tags, summary: 'Uploads a file (body = the bytes; ?name=)' }), valid('query', UploadQuery), async (c) => {
    const ctx = c.var.ctx;
    const body = c.req.raw.body;
    if (!body) throw new ApiError('file_empty', { field: 'file' });
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > UPLOAD_LIMIT) throw new ApiError('payload_too_large', { params: { limit: '20 MB' } });
    const { name } = c.req.valid('query');
    const stored = await storeUpload(ctx.platform.files, {
      schoolCode: ctx.school.code,
      body,
      declaredType: c.req.header('content-type') ?? 'application/octet-stream',
      name,
      maxBytes: UPLOAD_LIMIT,
    });
    const now = ctx.clock.now();
    const row = {
      id: newId(now.getTime()),
      storageKey: stored.key,
      name,
      contentType: stored.contentType,
      size: stored.size,
      ownerId: ctx.actor?.memberId ?? null,
      createdAt: now,
    };
    await ctx.db.insert(files).values(row);
    return c.json({ id: row.id, name, contentType: row.contentType, size: row.size, createdAt: now.toISOString() }, 201);
  })
  .get('/:id', describeRoute({ tags, summary: 'Downloads a file its owner or an admin may see' }), valid('param', FileParam), async (c) => {
    const ctx = c.var.ctx;
    const actor = ctx.actor;
    const { id } = c.req.valid('param');
    const row = await ctx.db
      .select()
      .from(files)
      .where(and(eq(files.id, id)))
      .get();
    // features that attach files widen this through their own routes (a notice's recipients …)
    if (!row || !actor || (row.ownerId !== actor.memberId && !isSuperAdmin(actor))) throw notFound();
    const stored = await ctx.platform.files.get(row.storageKey);
    if (!stored) throw notFound();
    return new Response(stored.body, {
      headers: {
        'content-type': row.contentType,
        'content-length': String(stored.size),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, max-age=0',
      },
    });
  });
