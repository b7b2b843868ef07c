import { bodyLimit } from 'hono/body-limit';
import { describeRoute } from 'hono-openapi';
import { download } from '../home-school/download';
import { ApiError } from '../lib/errors';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { requireActor } from '../middleware/session';
import { applyB01 } from './apply-b01';
import { fetchB08 } from './fetch-b08';
import { listLog } from './list-log';
import { previewB01 } from './preview-b01';
import { previewWorkbook } from './preview-excel';
import { previewStudents } from './preview-students';
import { ApplyInput, FetchInput, LogQuery, PreviewStudentsQuery, SyncInput } from './schemas';
import { syncB08 } from './sync-b08';
import { undoB01 } from './undo-b01';
import { uploadB01 } from './upload-b01';

const tags = ['promotion'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A B01 export is larger than the app's 1 MB JSON limit (the bureau's records carry many
 * fields: 3,000 students are about 2.5 MB), so its route has its own limit, as uploads do;
 * app.ts leaves this route to it.
 */
export const B01_LIMIT = 16 * 1024 * 1024;
const limitB01 = bodyLimit({
  maxSize: B01_LIMIT,
  onError: () => {
    throw new ApiError('payload_too_large', { params: { limit: '16 MB' } });
  },
});

/**
 * 自動升班 (manual §2): B08 grade/class sync (PRM-01..03) and the B01 update of the contacts
 * (PRM-04, PRM-05, PRM-07) with its undo and log. Super admins, and scoped admins with the
 * b08 / b01 app in scope.
 */
export const promotionRoutes = router()
  .use(requireActor)
  .post('/b08/fetch', describeRoute({ tags, summary: 'PRM-01 從教青局同步: the school year’s B08 grade/class table' }), valid('json', FetchInput), async (c) =>
    c.json(await fetchB08(c.var.ctx, c.req.valid('json'))),
  )
  .post('/b08/sync', describeRoute({ tags, summary: 'PRM-01/02 同步到智慧校園: creates the year’s grades and classes (idempotent)' }), valid('json', SyncInput), async (c) =>
    c.json(await syncB08(c.var.ctx, c.req.valid('json'))),
  )
  .post('/b01/upload', describeRoute({ tags, summary: 'PRM-04/07 uploads a B01 file (docs/B01-FORMAT.md, at most 16 MB), validated whole; answers the preview' }), limitB01, async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ApiError('invalid_json');
    }
    return c.json(await uploadB01(c.var.ctx, body), 201);
  })
  .get('/b01/preview', describeRoute({ tags, summary: 'PRM-04 預覽結果 per grade and class: uploaded, anomalies, reasons' }), async (c) => c.json(await previewB01(c.var.ctx)))
  .get('/b01/preview/students', describeRoute({ tags, summary: 'PRM-04 the students of the current JSON (a class: gradeCode + className)' }), valid('query', PreviewStudentsQuery), async (c) =>
    c.json(await previewStudents(c.var.ctx, c.req.valid('query'))),
  )
  .get('/b01/preview.xlsx', describeRoute({ tags, summary: 'PRM-04 the preview as an Excel workbook' }), async (c) => {
    const file = await previewWorkbook(c.var.ctx);
    return download(file.bytes, XLSX, file.fileName);
  })
  .post('/b01/apply', describeRoute({ tags, summary: 'PRM-05 確認更新通訊錄: moves the students in one transaction; logged' }), valid('json', ApplyInput), async (c) =>
    c.json(await applyB01(c.var.ctx, c.req.valid('json'))),
  )
  .post('/b01/undo', describeRoute({ tags, summary: 'Undoes the last applied update (until a newer one is applied); logged' }), async (c) => c.json(await undoB01(c.var.ctx)))
  .get('/b01/log', describeRoute({ tags, summary: 'PRM-05 the update log: who, when, counts' }), valid('query', LogQuery), async (c) => c.json(await listLog(c.var.ctx, c.req.valid('query'))));
