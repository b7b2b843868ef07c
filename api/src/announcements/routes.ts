import { describeRoute } from 'hono-openapi';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { deleteAnnouncement } from './delete-announcement';
import { getAnnouncement } from './get-announcement';
import { likeAnnouncement } from './like-announcement';
import { listAnnouncements } from './list-announcements';
import { listReaders } from './list-readers';
import { listReceived } from './list-received';
import { previewAnnouncement } from './preview-announcement';
import { readAnnouncement } from './read-announcement';
import { recallAnnouncement } from './recall-announcement';
import { createAnnouncement, updateAnnouncement } from './save-announcement';
import { AnnouncementBody, AnnouncementFileParam, AnnouncementParam, InboxQuery, ListAnnouncementsQuery, ReadersQuery, ShareParam, SharedFileParam } from './schemas';
import { announcementFile } from './announcement-file';
import { sharedAnnouncement, sharedFile } from './get-shared';
import { renderSharedPage } from './shared-page';

const tags = ['announcements'];

/** Staff read what was sent to them: list, open (a read), like. */
const inboxRoutes = router()
  .get('/', describeRoute({ tags, summary: 'Announcements sent to me (staff)' }), valid('query', InboxQuery), async (c) =>
    c.json(await listReceived(c.var.ctx, c.req.valid('query'))),
  )
  .get('/:id', describeRoute({ tags, summary: 'Opens one (counts a read)' }), valid('param', AnnouncementParam), async (c) =>
    c.json(await readAnnouncement(c.var.ctx, c.req.valid('param').id)),
  )
  .post('/:id/like', describeRoute({ tags, summary: '點贊' }), valid('param', AnnouncementParam), async (c) =>
    c.json(await likeAnnouncement(c.var.ctx, c.req.valid('param').id, true)),
  )
  .delete('/:id/like', describeRoute({ tags, summary: 'Takes the like back' }), valid('param', AnnouncementParam), async (c) =>
    c.json(await likeAnnouncement(c.var.ctx, c.req.valid('param').id, false)),
  );

/**
 * 企業通知公告 (SPEC §3.16, ANN-01, ANN-02): the admins of the app write, schedule, preview,
 * send and recall announcements and follow their reading; staff read them under /inbox; an
 * externally shareable one has a public page under /shared/:token (no sign-in).
 */
export const announcementRoutes = router()
  .get('/shared/:token', describeRoute({ tags, summary: 'The public page of a shareable announcement (HTML for browsers, else JSON)' }), valid('param', ShareParam), async (c) => {
    const shared = await sharedAnnouncement(c.var.ctx, c.req.valid('param').token);
    if (!(c.req.header('accept') ?? '').includes('text/html')) return c.json(shared);
    // no script, ever: the body was sanitised on save, and the page allows none
    c.header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
    return c.html(renderSharedPage(shared, c.var.ctx.school.name['zh-Hant']));
  })
  .get('/shared/:token/files/:fileId', describeRoute({ tags, summary: 'A file of a shared announcement (cover, body images)' }), valid('param', SharedFileParam), async (c) => {
    const { token, fileId } = c.req.valid('param');
    return sharedFile(c.var.ctx, token, fileId);
  })
  .use(requireActor)
  .route('/inbox', inboxRoutes)
  .get('/', describeRoute({ tags, summary: '發公告: every announcement, with reading (admins)' }), valid('query', ListAnnouncementsQuery), async (c) =>
    c.json(await listAnnouncements(c.var.ctx, c.req.valid('query'))),
  )
  .post('/', describeRoute({ tags, summary: 'ANN-01 saves a draft, schedules or sends' }), valid('json', AnnouncementBody), async (c) =>
    c.json(await createAnnouncement(c.var.ctx, c.req.valid('json')), 201),
  )
  .get('/:id', describeRoute({ tags, summary: 'ANN-02 detail and statistics (admins)' }), valid('param', AnnouncementParam), async (c) =>
    c.json(await getAnnouncement(c.var.ctx, c.req.valid('param').id)),
  )
  .put(
    '/:id',
    describeRoute({ tags, summary: 'ANN-01 edits a draft or scheduled one, and saves, schedules or sends it' }),
    valid('param', AnnouncementParam),
    valid('json', AnnouncementBody),
    async (c) => c.json(await updateAnnouncement(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/:id', describeRoute({ tags, summary: 'Deletes a draft or scheduled one' }), valid('param', AnnouncementParam), async (c) => {
    await deleteAnnouncement(c.var.ctx, c.req.valid('param').id);
    return c.body(null, 204);
  })
  .get(
    '/:id/readers',
    describeRoute({ tags, summary: 'ANN-02 成員閱讀情況: read / unread' }),
    valid('param', AnnouncementParam),
    valid('query', ReadersQuery),
    async (c) => c.json(await listReaders(c.var.ctx, c.req.valid('param').id, c.req.valid('query'))),
  )
  .post('/:id/preview', describeRoute({ tags, summary: 'ANN-01 預覽: sent to the editor only' }), valid('param', AnnouncementParam), async (c) =>
    c.json(await previewAnnouncement(c.var.ctx, c.req.valid('param').id)),
  )
  .post('/:id/recall', describeRoute({ tags, summary: 'ANN-02 撤回 (within 24 h)' }), valid('param', AnnouncementParam), async (c) =>
    c.json(await recallAnnouncement(c.var.ctx, c.req.valid('param').id)),
  )
  .get('/:id/files/:fileId', describeRoute({ tags, summary: 'Its cover or an attachment' }), valid('param', AnnouncementFileParam), async (c) => {
    const { id, fileId } = c.req.valid('param');
    return announcementFile(c.var.ctx, id, fileId);
  });
