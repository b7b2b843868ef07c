import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, siteShowcases } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { exportSiteData } from './export-site-data';
import { png, type Role, type SiteSchool, seedSiteSchool, signInAll, upload } from './test-school';

const A = 'A-001';
let env: TestEnv;
let school: SiteSchool;
let agents: Record<Role, Agent>;
let rebuilds: string[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  school = await seedSiteSchool(env, A);
  agents = await signInAll(env, A);
  env.deps.config.onSiteChanged = (code) => rebuilds.push(code);
});
beforeEach(() => {
  rebuilds = [];
});
afterAll(() => env.close());

async function snapshot() {
  const { db } = await env.deps.schools.get(A);
  return { showcases: await db.select().from(siteShowcases).orderBy(siteShowcases.id).all(), audit: await db.$count(auditLog) };
}
const exported = async () => exportSiteData(await env.ctx(A));

describe('WEB-01 showcases (櫥窗)', () => {
  let image: string;
  let first: string;

  it('WEB-01 an admin adds a showcase with an image and a link; it stays off the site until 上架', async () => {
    image = await upload(agents.scopedSite, png());
    const res = await agents.scopedSite.post('site/showcases', { name: 'HOT NEWS', link: 'https://appext.dsedj.gov.mo/', imageFileId: image });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'HOT NEWS', link: 'https://appext.dsedj.gov.mo/', imageFileId: image, imageUrl: `/api/s/${A}/site/media/${image}`, listed: false, sortOrder: 0 });
    first = res.body.id;
    expect((await exported()).showcases).toEqual([]);
    expect(rebuilds).toEqual([]); // nothing public changed
  });

  it('WEB-01 上架 puts it on the home page, 下架 takes it off again, each asking for a rebuild', async () => {
    const listed = await agents.super.patch(`site/showcases/${first}`, { listed: true });
    expect(listed.status).toBe(200);
    expect((await exported()).showcases).toEqual([{ id: first, name: 'HOT NEWS', imageUrl: `/api/s/${A}/site/media/${image}`, link: 'https://appext.dsedj.gov.mo/', order: 0 }]);
    expect(rebuilds).toEqual([A]);
    expect((await agents.super.patch(`site/showcases/${first}`, { listed: false })).body.listed).toBe(false);
    expect((await exported()).showcases).toEqual([]);
    expect(rebuilds).toEqual([A, A]);
  });

  it('WEB-01 編輯 changes the name, link and image; a link can be removed', async () => {
    const other = await upload(agents.creator, png('#aa0000'));
    const res = await agents.creator.patch(`site/showcases/${first}`, { name: 'BANNER', link: null, imageFileId: other });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'BANNER', link: null, imageFileId: other });
  });

  it('WEB-01 保存排序: the site shows the listed showcases only, in the saved order', async () => {
    const b = (await agents.creator.post('site/showcases', { name: 'news', link: 'https://portal.dsedj.gov.mo/webdsejspace', listed: true })).body.id;
    const c = (await agents.creator.post('site/showcases', { name: '開放日', listed: true })).body.id;
    expect(rebuilds).toEqual([A, A]); // each new listed showcase
    const res = await agents.creator.post('site/showcases/reorder', { showcaseIds: [c, first, b] });
    expect(res.status).toBe(200);
    expect(rebuilds).toEqual([A, A, A]);
    expect((await exported()).showcases.map((s) => s.id)).toEqual([c, b]); // `first` is 下架
    const list = await agents.creator.get('site/showcases');
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([c, first, b]);
    await agents.creator.patch(`site/showcases/${first}`, { listed: true });
    expect((await exported()).showcases.map((s) => [s.id, s.order])).toEqual([
      [c, 0],
      [first, 1],
      [b, 2],
    ]);
  });

  it('X-01 the showcases are searchable and paged', async () => {
    const res = await agents.creator.get('site/showcases?q=dsedj&pageSize=1');
    expect(res.body).toMatchObject({ total: 1, page: 1, pageSize: 1 });
    expect(res.body.items[0].name).toBe('news');
    expect((await agents.creator.get('site/showcases?listed=false')).body.total).toBe(0);
  });

  it('X-02 every change is in the audit log with before and after', async () => {
    const { db } = await env.deps.schools.get(A);
    const rows = await db.select().from(auditLog).all();
    const actions = rows.filter((r) => r.targetType === 'site-showcase').map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['site-showcase.create', 'site-showcase.list', 'site-showcase.unlist', 'site-showcase.update', 'site-showcase.reorder']));
    const unlist = rows.find((r) => r.action === 'site-showcase.unlist');
    expect(unlist).toMatchObject({ before: { listed: true }, after: { listed: false } });
  });
});

describe('WEB-01 X-03 bad showcase input changes nothing', () => {
  let pdf: string;
  let othersImage: string;
  beforeAll(async () => {
    pdf = await upload(agents.creator, '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', 'poster.pdf', 'application/pdf');
    othersImage = await upload(agents.teacher, png('#00aa00'));
  });

  const cases: [string, () => Record<string, unknown>, string, string][] = [
    ['a javascript: link', () => ({ name: 'x', link: 'javascript:alert(1)' }), 'link', 'invalid_field'],
    ['a data: link', () => ({ name: 'x', link: 'data:text/html,<script>alert(1)</script>' }), 'link', 'invalid_field'],
    ['a link with no scheme', () => ({ name: 'x', link: '//evil.example/' }), 'link', 'invalid_field'],
    ['a file that is not an image', () => ({ name: 'x', imageFileId: pdf }), 'imageFileId', 'site_not_image'],
    ["someone else's upload", () => ({ name: 'x', imageFileId: othersImage }), 'imageFileId', 'unknown_ref'],
    ['a file that does not exist', () => ({ name: 'x', imageFileId: 'nothing' }), 'imageFileId', 'unknown_ref'],
    ['an empty name', () => ({ name: '  ' }), 'name', 'invalid_field'],
    ['an unknown field', () => ({ name: 'x', sortOrder: 3 }), 'sortOrder', 'unknown_field'],
  ];

  it.each(cases)('X-03 adding a showcase with %s is a 400 naming the field', async (_, body, field, code) => {
    const before = await snapshot();
    const res = await agents.creator.post('site/showcases', body());
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code, field });
    expect(await snapshot()).toEqual(before);
  });

  it.each(cases.slice(0, 6))('X-03 editing a showcase with %s is a 400 naming the field', async (_, body, field, code) => {
    const [showcase] = (await snapshot()).showcases;
    const { name: _name, ...change } = body();
    const before = await snapshot();
    const res = await agents.creator.patch(`site/showcases/${showcase.id}`, change);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code, field });
    expect(await snapshot()).toEqual(before);
    expect(rebuilds).toEqual([]);
  });

  it('X-03 a reorder that leaves one out, repeats one or names an unknown one changes nothing', async () => {
    const ids = (await snapshot()).showcases.map((s) => s.id);
    const before = await snapshot();
    for (const [showcaseIds, code] of [
      [ids.slice(1), 'incomplete_list'],
      [[...ids, ids[0]], 'invalid_field'],
      [[...ids.slice(1), 'nothing'], 'unknown_ref'],
    ] as const) {
      const res = await agents.creator.post('site/showcases/reorder', { showcaseIds });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code, field: 'showcaseIds' });
    }
    expect(await snapshot()).toEqual(before);
  });
});
