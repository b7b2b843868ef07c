import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notices } from '../../../db/schema';
import { PARENT_PHONES, signInPhone, STUDENT_PHONES } from '../home-school/fixture';
import type { Agent } from '../test/agent';
import { cls, NOTICE_ROLES, type NoticeRole, type NoticeWorld, noticeBody, noticeWorld, send, tableCounts, upload } from './fixture';

/**
 * N-01 / N-09 images inside a notice's content: bound to the notice when it is sent, so its
 * recipients (and its sender, CC'd staff and the app's admins) can fetch them through
 * /notices/:id/media/:fileId, and nobody else.
 */

let w: NoticeWorld;
let lam: Agent;
let otherSchool: { creator: Agent; parent: Agent };
let image: string;
let notice: string;

const img = (school: string, file: string) => `<p>運動會場地圖：</p><p><img src="/api/s/${school}/files/${file}" alt="場地"></p>`;
const media = (id: string, file: string) => `notices/${id}/media/${file}`;
const status = async (a: Agent, path: string) => (await a.raw('GET', path)).status;

beforeAll(async () => {
  w = await noticeWorld();
  lam = await signInPhone(w.env, 'A-001', PARENT_PHONES.lam);
  const creator = w.env.agent('B-002');
  await creator.signIn('admin', 'password1');
  otherSchool = { creator, parent: await signInPhone(w.env, 'B-002', PARENT_PHONES.huang) };
  image = await upload(w.agents.teacher, 'map.png');
  notice = await send(
    w.agents.teacher,
    noticeBody(w.A, {
      content: img('A-001', image),
      translations: { en: { title: 'Sports day', content: img('A-001', image) } },
      recipients: { classIds: [cls(w.A)], audience: 'both' },
      ccMemberIds: [w.A.members.zhang],
    }),
  );
});
afterAll(() => w.env.close());

describe('N-01 content images are bound to the notice', () => {
  it('N-01 the stored content (every language) points to the notice’s media, not to the upload', async () => {
    const row = await (await w.env.ctx('A-001')).db.select().from(notices).where(eq(notices.id, notice)).get();
    const bound = `/api/s/A-001/notices/${notice}/media/${image}`;
    expect(row?.content).toContain(`src="${bound}"`);
    expect(row?.translations.en?.content).toContain(`src="${bound}"`);
    expect(row?.content).not.toContain('/files/');
  });

  it('N-09 the parent’s copy of the notice shows the bound image, and the image loads inline', async () => {
    const item = ((await w.agents.parent.get('notices/inbox')).body.items as { id: string; noticeId: string }[]).find((i) => i.noticeId === notice);
    const opened = await w.agents.parent.get(`notices/inbox/${item?.id}`);
    expect(opened.body.content).toContain(`/notices/${notice}/media/${image}`);
    const res = await w.agents.parent.raw('GET', media(notice, image));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('N-09 who may fetch a notice’s media', () => {
  // recipients (parent and student of 小三甲班), the sender, the CC'd teacher and the app's admins
  const allowed: NoticeRole[] = ['parent', 'student', 'teacher', 'cc', 'super', 'creator'];
  it.each(NOTICE_ROLES)('as %s', async (role) => {
    const expected = role === 'anonymous' ? 401 : allowed.includes(role) ? 200 : 404;
    expect(await status(w.agents[role], media(notice, image))).toBe(expected);
  });

  it('N-09 a parent of another class (another family) gets 404', async () => {
    expect(await status(lam, media(notice, image))).toBe(404);
  });

  it('tenant isolation: the notice’s ids through school B are 404, for its admin and its parents', async () => {
    expect(await status(otherSchool.creator, `/api/s/B-002/${media(notice, image)}`)).toBe(404);
    expect(await status(otherSchool.parent, `/api/s/B-002/${media(notice, image)}`)).toBe(404);
  });

  it('a file the notice does not show is 404, even for its sender', async () => {
    const other = await upload(w.agents.teacher, 'other.png');
    expect(await status(w.agents.teacher, media(notice, other))).toBe(404);
    expect(await status(w.agents.parent, media(notice, other))).toBe(404);
  });

  it('N-06 once recalled its recipients no longer fetch it; its sender still does', async () => {
    const id = await send(w.agents.teacher, noticeBody(w.A, { content: img('A-001', image) }));
    expect(await status(w.agents.parent, media(id, image))).toBe(200);
    expect((await w.agents.teacher.post(`notices/${id}/recall`)).status).toBe(200);
    expect(await status(w.agents.parent, media(id, image))).toBe(404);
    expect(await status(w.agents.teacher, media(id, image))).toBe(200);
  });

  it('a student account sees its own notice’s images only', async () => {
    const other = await signInPhone(w.env, 'A-001', STUDENT_PHONES.lam);
    expect(await status(other, media(notice, image))).toBe(404);
  });
});

describe('X-03 images a sender may not publish', () => {
  it('someone else’s upload in the content is 404 naming the field, and nothing changes', async () => {
    const zhangs = await upload(w.agents.cc, 'private.png');
    const before = await tableCounts(w.env, 'A-001');
    const res = await w.agents.teacher.post('notices', noticeBody(w.A, { content: img('A-001', zhangs) }));
    expect([res.status, res.body.error.field]).toEqual([404, 'content']);
    const pt = await w.agents.teacher.post('notices', noticeBody(w.A, { translations: { pt: { title: 'Aviso', content: img('A-001', zhangs) } } }));
    expect([pt.status, pt.body.error.field]).toEqual([404, 'translations.pt.content']);
    expect(await tableCounts(w.env, 'A-001')).toEqual(before);
  });

  it('another notice’s media address works only for a reader of that notice who copies it', async () => {
    // 林爸爸's class teacher (張老師, homeroom of 小三乙班) may not read 李老師's notice … until CC'd
    const unseen = await send(w.agents.teacher, noticeBody(w.A, { content: img('A-001', image) }));
    const forged = await w.agents.cc.post('notices', noticeBody(w.A, { content: `<p><img src="/api/s/A-001/notices/${unseen}/media/${image}"></p>` }));
    expect([forged.status, forged.body.error.field]).toEqual([404, 'content']);
  });

  it('N-05 a copy by the CC’d teacher keeps the images, bound to the new notice', async () => {
    const draft = (await w.agents.cc.post(`notices/${notice}/copy`)).body;
    expect(draft.content).toContain(`/notices/${notice}/media/${image}`);
    const copy = await send(w.agents.cc, { ...draft, recipients: { classIds: [cls(w.A)], audience: 'parents' } });
    const row = await (await w.env.ctx('A-001')).db.select().from(notices).where(eq(notices.id, copy)).get();
    expect(row?.content).toContain(`/notices/${copy}/media/${image}`);
    expect(await status(w.agents.parent, media(copy, image))).toBe(200);
  });
});
