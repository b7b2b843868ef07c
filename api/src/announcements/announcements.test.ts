import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, messages } from '../../../db/schema';
import { DAY, HOUR } from '../lib/clock';
import { tableCounts } from '../notices/fixture';
import { type AnnouncementWorld, announcementBody, announcementWorld, type StaffPlaces, upload } from './fixture';

/** ANN-01 write, preview, schedule, send, share; ANN-02 statistics, reading, recall. */

let w: AnnouncementWorld;
let p: StaffPlaces;
beforeAll(async () => {
  w = await announcementWorld();
  p = w.places['A-001'];
});
afterAll(() => w.env.close());

const db = async () => (await w.env.ctx('A-001')).db;
const messagesOf = async (id: string) => (await db()).select().from(messages).where(eq(messages.refId, id)).all();
const inboxIds = async (agent: (typeof w.agents)['teacher']) => (await agent.get('announcements/inbox')).body.items.map((i: { id: string }) => i.id);

describe('ANN-01 write and send', () => {
  it('ANN-01 send now: departments with their sub-departments, members and tags reach each member once; summary and author filled in', async () => {
    const res = await w.agents.super.post(
      'announcements',
      announcementBody(p, { body: '<p>全體<script>x()</script>老師請出席。</p>', range: { departmentIds: [p.primary], memberIds: [w.A.members.clerk, w.A.members.teacher], tagIds: [p.adminTag] } }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'sent', summary: '全體老師請出席。', author: '超管', stats: { recipients: 5 } });
    const got = await messagesOf(res.body.id);
    expect(got.map((m) => m.memberId).sort()).toEqual([w.A.members.teacher, w.A.members.zhang, w.A.members.clerk, w.A.members.super, p.creator].sort());
    const detail = await w.agents.super.get(`announcements/${res.body.id}`);
    expect(detail.body.body).toBe('<p>全體老師請出席。</p>');
    expect(detail.body.range.departments.map((d: { name: string }) => d.name)).toEqual(['小學部']);
    expect(await inboxIds(w.agents.teacher)).toContain(res.body.id);
    const audit = await (await db()).select().from(auditLog).where(eq(auditLog.targetId, res.body.id)).all();
    expect(audit.map((a) => a.action)).toEqual(['announcement.send']);
  });

  it('ANN-01 a draft is edited again, previewed to its author only, then sent', async () => {
    const draft = await w.agents.super.post('announcements', announcementBody(p, { action: 'draft', range: {} }));
    expect(draft.body.status).toBe('draft');
    const id = draft.body.id;
    expect(await messagesOf(id)).toEqual([]);
    const edited = await w.agents.super.json('PUT', `announcements/${id}`, announcementBody(p, { title: '年級大會（改期）', action: 'draft' }));
    expect(edited.body).toMatchObject({ status: 'draft', title: '年級大會（改期）' });
    expect((await w.agents.super.post(`announcements/${id}/preview`)).body).toEqual({ number: 1 });
    expect((await w.agents.super.post(`announcements/${id}/preview`)).body).toEqual({ number: 2 });
    const previews = await messagesOf(id);
    expect(previews.map((m) => [m.memberId, m.dedupeKey])).toEqual([
      [w.A.members.super, `announcement:${id}:preview:1`],
      [w.A.members.super, `announcement:${id}:preview:2`],
    ]);
    expect(await inboxIds(w.agents.teacher)).not.toContain(id);
    const sent = await w.agents.super.json('PUT', `announcements/${id}`, announcementBody(p, { title: '年級大會（改期）' }));
    expect(sent.body.status).toBe('sent');
    expect(await inboxIds(w.agents.teacher)).toContain(id);
    const again = await w.agents.super.json('PUT', `announcements/${id}`, announcementBody(p));
    expect([again.status, again.body.error.code]).toEqual([409, 'announcement_not_editable']);
    const audit = await (await db()).select().from(auditLog).where(eq(auditLog.targetId, id)).all();
    expect(audit.map((a) => a.action)).toEqual(['announcement.draft', 'announcement.update', 'announcement.send']);
  });

  it('ANN-01 share settings: an external link opens without signing in; internal has none; no-share shows the reader’s name as watermark', async () => {
    const ext = await w.agents.super.post('announcements', announcementBody(p, { share: 'external' }));
    const detail = await w.agents.super.get(`announcements/${ext.body.id}`);
    expect(detail.body.shareUrl).toMatch(/\/api\/s\/A-001\/announcements\/shared\/[0-9a-z]+$/);
    const anonymous = w.env.agent('A-001');
    const page = await anonymous.get(new URL(detail.body.shareUrl).pathname);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ title: '年級大會', author: '超管' });
    const internal = await w.agents.super.post('announcements', announcementBody(p));
    expect((await w.agents.super.get(`announcements/${internal.body.id}`)).body.shareUrl).toBeNull();
    const none = await w.agents.super.post('announcements', announcementBody(p, { share: 'none' }));
    const read = await w.agents.teacher.get(`announcements/inbox/${none.body.id}`);
    expect(read.body).toMatchObject({ share: 'none', watermark: '李老師', shareUrl: null });
  });

  it('ANN-01 an external link opens as a page in a browser, with its cover and body images, and no script', async () => {
    const cover = await upload(w.agents.super, 'cover.png');
    const image = await upload(w.agents.super, 'photo.png');
    const stranger = await upload(w.agents.super, 'other.png');
    const body = `<p>請看<img src="/api/s/A-001/files/${image}" alt="相片"></p>`;
    const ext = await w.agents.super.post('announcements', announcementBody(p, { share: 'external', coverFileId: cover, body }));
    expect(ext.status, JSON.stringify(ext.body)).toBe(201);
    const path = new URL((await w.agents.super.get(`announcements/${ext.body.id}`)).body.shareUrl).pathname;
    const anonymous = w.env.agent('A-001');
    const page = await anonymous.raw('GET', path, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('<h1>年級大會</h1>');
    expect(html).toContain(`${path}/files/${cover}`);
    expect(html).toContain(`${path}/files/${image}`);
    expect(html).not.toContain(`/announcements/${ext.body.id}/files/`);
    // the link's files open without signing in; a file the announcement does not show does not
    const img = await anonymous.raw('GET', `${path}/files/${image}`);
    expect([img.status, img.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect((await anonymous.raw('GET', `${path}/files/${stranger}`)).status).toBe(404);
    // recalled: the page and its files are gone
    expect((await w.agents.super.post(`announcements/${ext.body.id}/recall`, {})).status).toBe(200);
    expect((await anonymous.raw('GET', path, { headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await anonymous.raw('GET', `${path}/files/${image}`)).status).toBe(404);
  });

  it('ANN-01 a cover and attachments: the writer’s own uploads, shown to recipients', async () => {
    const cover = await upload(w.agents.super, 'cover.png');
    const doc = await upload(w.agents.super, 'agenda.txt', 'text');
    const res = await w.agents.super.post('announcements', announcementBody(p, { coverFileId: cover, attachmentIds: [doc] }));
    expect(res.status).toBe(201);
    const read = await w.agents.teacher.get(`announcements/inbox/${res.body.id}`);
    expect(read.body.cover).toMatchObject({ id: cover, contentType: 'image/png' });
    expect(read.body.attachments.map((f: { name: string }) => f.name)).toEqual(['agenda.txt']);
    const file = await w.agents.teacher.raw('GET', `announcements/${res.body.id}/files/${doc}`);
    expect([file.status, await file.text()]).toEqual([200, 'hello, notice']);
    // not a recipient (梁文員 is in 總務處, and parents never are)
    expect((await w.agents.parent.raw('GET', `announcements/${res.body.id}/files/${doc}`)).status).toBe(403);
  });

  it('ANN-01 another editor saves a draft again with the cover and attachments it already has', async () => {
    const cover = await upload(w.agents.super, 'cover.png');
    const doc = await upload(w.agents.super, 'agenda.txt', 'text');
    const draft = await w.agents.super.post('announcements', announcementBody(p, { action: 'draft', coverFileId: cover, attachmentIds: [doc] }));
    const again = await w.agents.creator.json('PUT', `announcements/${draft.body.id}`, announcementBody(p, { action: 'draft', coverFileId: cover, attachmentIds: [doc] }));
    expect(again.status).toBe(200);
    // but not someone's upload the draft does not have
    const other = await upload(w.agents.super, 'other.txt', 'text');
    const refused = await w.agents.creator.json('PUT', `announcements/${draft.body.id}`, announcementBody(p, { action: 'draft', attachmentIds: [doc, other] }));
    expect([refused.status, refused.body.error.field]).toEqual([404, 'attachmentIds.1']);
  });

  it('ANN-01 images in the body are bound to the announcement: its recipients load them, other staff 404', async () => {
    const image = await upload(w.agents.super, 'stage.png');
    const body = `<p>會場：</p><p><img src="/api/s/A-001/files/${image}" alt=""></p>`;
    const res = await w.agents.super.post('announcements', announcementBody(p, { body }));
    const id = res.body.id;
    const read = await w.agents.teacher.get(`announcements/inbox/${id}`);
    expect(read.body.body).toContain(`src="/api/s/A-001/announcements/${id}/files/${image}"`);
    const file = await w.agents.teacher.raw('GET', `announcements/${id}/files/${image}`);
    expect([file.status, file.headers.get('content-disposition')?.split(';')[0]]).toEqual([200, 'inline']);
    // 分級乙 is staff but outside 小學部
    expect((await w.agents.scopedOut.raw('GET', `announcements/${id}/files/${image}`)).status).toBe(404);
    // someone else's upload may not be published by its address
    const zhangs = await upload(w.agents.cc, 'private.png');
    const before = await tableCounts(w.env, 'A-001');
    const forged = await w.agents.super.post('announcements', announcementBody(p, { body: `<img src="/api/s/A-001/files/${zhangs}">` }));
    expect([forged.status, forged.body.error.field]).toEqual([404, 'body']);
    expect(await tableCounts(w.env, 'A-001')).toEqual(before);
  });
});

describe('ANN-02 statistics and recall', () => {
  it('ANN-02 delivered, readers, reads, likes; per member read / unread', async () => {
    const res = await w.agents.super.post('announcements', announcementBody(p));
    const id = res.body.id;
    await w.agents.teacher.get(`announcements/inbox/${id}`);
    await w.agents.teacher.get(`announcements/inbox/${id}`);
    const liked = await w.agents.teacher.post(`announcements/inbox/${id}/like`);
    expect(liked.body).toEqual({ liked: true, likes: 1 });
    await w.agents.teacher.post(`announcements/inbox/${id}/like`);
    const detail = await w.agents.super.get(`announcements/${id}`);
    expect(detail.body.stats).toEqual({ recipients: 2, delivered: 2, read: 1, reads: 2, likes: 1, unread: 1 });
    const unread = await w.agents.super.get(`announcements/${id}/readers?state=unread`);
    expect(unread.body.items.map((r: { member: { name: string } }) => r.member.name)).toEqual(['張老師']);
    const read = await w.agents.super.get(`announcements/${id}/readers?state=read`);
    expect(read.body.items[0]).toMatchObject({ member: { name: '李老師' }, readCount: 2 });
    expect((await w.agents.teacher.json('DELETE', `announcements/inbox/${id}/like`)).body).toEqual({ liked: false, likes: 0 });
    const msg = (await messagesOf(id)).find((m) => m.memberId === w.A.members.teacher);
    expect(msg?.readAt).not.toBeNull();
    const list = await w.agents.super.get('announcements?status=sent');
    expect(list.body.items.find((i: { id: string }) => i.id === id).stats).toMatchObject({ read: 1, unread: 1 });
  });

  it('ANN-02 recall within 24 h: readers no longer see it, its messages are withdrawn; refused after 24 h changing nothing', async () => {
    const id = (await w.agents.super.post('announcements', announcementBody(p))).body.id;
    const late = (await w.agents.super.post('announcements', announcementBody(p))).body.id;
    w.env.clock.advance(HOUR);
    const res = await w.agents.super.post(`announcements/${id}/recall`);
    expect(res.body.status).toBe('recalled');
    expect(await inboxIds(w.agents.teacher)).not.toContain(id);
    expect((await w.agents.teacher.get(`announcements/inbox/${id}`)).status).toBe(404);
    // kept (their keys still hold) but withdrawn: out of the teacher's list and never delivered
    const kept = await messagesOf(id);
    expect(kept.length).toBe(2);
    expect(kept.every((m) => m.hiddenAt !== null && m.status !== 'pending')).toBe(true);
    const listed = (await w.agents.teacher.get('messages?pageSize=100')).body.items.map((m: { refId: string }) => m.refId);
    expect(listed).not.toContain(id);
    expect(listed).toContain(late);
    expect((await w.agents.super.post(`announcements/${id}/recall`)).body.error.code).toBe('announcement_recalled');
    w.env.clock.advance(DAY);
    await w.agents.super.signIn('super', 'password5');
    await w.agents.teacher.signIn('teacher', 'password2');
    const before = await tableCounts(w.env, 'A-001');
    const refused = await w.agents.super.post(`announcements/${late}/recall`);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'announcement_recall_expired']);
    expect(await tableCounts(w.env, 'A-001')).toEqual(before);
    expect(await inboxIds(w.agents.teacher)).toContain(late);
  });

  it('ANN-01 a draft or scheduled one may be deleted; a sent one may not', async () => {
    const draft = (await w.agents.super.post('announcements', announcementBody(p, { action: 'draft' }))).body.id;
    expect((await w.agents.super.delete(`announcements/${draft}`)).status).toBe(204);
    expect((await w.agents.super.get(`announcements/${draft}`)).status).toBe(404);
    const sent = (await w.agents.super.post('announcements', announcementBody(p))).body.id;
    expect((await w.agents.super.delete(`announcements/${sent}`)).status).toBe(409);
  });

  it('X-01 the editors’ list is searchable and paged', async () => {
    await w.agents.super.post('announcements', announcementBody(p, { title: '校運會 X01' }));
    await w.agents.super.post('announcements', announcementBody(p, { title: '家長日 X01', action: 'draft' }));
    const all = await w.agents.super.get('announcements?q=X01&pageSize=1');
    expect(all.body).toMatchObject({ total: 2, pageSize: 1 });
    expect(all.body.items[0].title).toBe('家長日 X01');
    expect((await w.agents.super.get('announcements?q=X01&status=draft')).body.items.map((i: { title: string }) => i.title)).toEqual(['家長日 X01']);
  });
});
