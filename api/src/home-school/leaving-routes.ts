import { describeRoute } from 'hono-openapi';
import { router } from '../lib/hono';
import { valid } from '../lib/validate';
import { bindAlumni } from './bind-alumni';
import { download } from './download';
import { alumniQr } from './invite-qr';
import { listTransfers } from './list-transfers';
import { moveToAlumni } from './move-to-alumni';
import { myChildren } from './my-children';
import { IdParam, PagedQuery } from './schemas';
import { TransferInput } from './student-schemas';
import { transferStudent } from './transfer-student';

const tags = ['home-school'];

/** 轉學 and 校友: students leaving; and the parents' child switcher. */
export const leavingRoutes = router()
  .post('/students/:id/transfer', describeRoute({ tags, summary: '轉學: the student leaves for another school' }), valid('param', IdParam), valid('json', TransferInput), async (c) =>
    c.json(await transferStudent(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))),
  )
  .get('/transfers', describeRoute({ tags, summary: 'Transfer history (admins; paged)' }), valid('query', PagedQuery), async (c) =>
    c.json(await listTransfers(c.var.ctx, c.req.valid('query'))),
  )
  .post('/students/:id/alumni', describeRoute({ tags, summary: 'Moves a student to the alumni' }), valid('param', IdParam), async (c) =>
    c.json(await moveToAlumni(c.var.ctx, c.req.valid('param').id)),
  )
  .get('/alumni-qr.svg', describeRoute({ tags, summary: '校友二維碼: the alumni binding QR (SVG download, admins)' }), (c) => {
    const file = alumniQr(c.var.ctx);
    return download(file.svg, 'image/svg+xml', file.fileName);
  })
  .post('/alumni/bind', describeRoute({ tags, summary: 'A former student binds to the alumni department' }), async (c) => c.json(await bindAlumni(c.var.ctx)))
  .get('/my-children', describeRoute({ tags, summary: 'The child switcher: a parent’s children, a student themself' }), async (c) =>
    c.json(await myChildren(c.var.ctx)),
  );
