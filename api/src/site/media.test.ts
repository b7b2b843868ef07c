import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteArticleFiles } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { newArticle, newType, png, type Role, seedSiteSchool, signInAll, upload } from './test-school';

/**
 * The public media route serves an image only while a listed showcase or a published article
 * (of an enabled type) of that school shows it: never any other file, never another school's.
 */
const A = 'A-001';
const B = 'B-002';
let env: TestEnv;
let agents: Record<Role, Agent>;
let agentsB: Record<Role, Agent>;
let type: string;

const media = (code: string, fileId: string, agent?: Agent) => (agent ?? env.agent(code)).raw('GET', `/api/s/${code}/site/media/${fileId}`);
const img = (id: string) => `<p>圖</p><img src="/api/s/${A}/files/${id}" alt="">`;

beforeAll(async () => {
  env = await createTestEnv();
  await seedSiteSchool(env, A);
  await seedSiteSchool(env, B);
  agents = await signInAll(env, A);
  agentsB = await signInAll(env, B);
  type = await newType(agents.creator, '校園新聞');
});
afterAll(() => env.close());

describe('GET /site/media/:fileId', () => {
  it("serves a published article's image to anyone, as an image that may be cached", async () => {
    const bytes = png();
    const file = await upload(agents.teacher, bytes);
    await newArticle(agents.teacher, { typeId: type, content: img(file) });
    const res = await media(A, file);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
  });

  it('serves the image of a listed showcase, and stops when it is 下架', async () => {
    const file = await upload(agents.creator, png('#112233'));
    const showcase = (await agents.creator.post('site/showcases', { name: '櫥窗', imageFileId: file, listed: true })).body.id;
    expect((await media(A, file)).status).toBe(200);
    await agents.creator.patch(`site/showcases/${showcase}`, { listed: false });
    expect((await media(A, file)).status).toBe(404);
  });

  it("never serves a file that nothing public shows: a draft's image, an unused upload, a withdrawn article's", async () => {
    const inDraft = await upload(agents.teacher, png('#445566'));
    await newArticle(agents.teacher, { typeId: type, content: img(inDraft), status: 'draft' });
    const unused = await upload(agents.teacher, png('#778899'));
    const withdrawn = await upload(agents.teacher, png('#aabbcc'));
    const article = await newArticle(agents.teacher, { typeId: type, content: img(withdrawn) });
    expect((await media(A, withdrawn)).status).toBe(200);
    await agents.teacher.patch(`site/articles/${article}`, { status: 'draft' });
    for (const id of [inDraft, unused, withdrawn, 'nothing']) expect((await media(A, id)).status, id).toBe(404);
  });

  it('lets those who may edit a draft preview its images (never cached), and no one else', async () => {
    const file = await upload(agents.teacher, png('#123456'));
    await newArticle(agents.teacher, { typeId: type, content: img(file), status: 'draft' });
    const own = await media(A, file, agents.teacher);
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    expect((await media(A, file, agents.scopedSite)).status).toBe(200);
    for (const role of ['teacher2', 'clerk', 'scopedOther', 'parent', 'student'] as const) expect((await media(A, file, agents[role])).status, role).toBe(404);
  });

  it("never serves a published image of another school, nor another school's file through this one", async () => {
    const fileB = await upload(agentsB.teacher, png('#654321'));
    const typeB = await newType(agentsB.creator, '新聞');
    const agentB = agentsB.teacher;
    const res = await agentB.post('site/articles', { typeId: typeB, title: 'B', content: `<p>b</p><img src="/api/s/${B}/files/${fileB}">`, status: 'published' });
    expect(res.status).toBe(201);
    expect((await media(B, fileB)).status).toBe(200);
    expect((await media(A, fileB)).status).toBe(404);
  });

  it('never serves a file that is not an image, even if an article names it', async () => {
    // A non-image cannot get into an article (articles.test.ts); the route checks the type as
    // well, so a row written some other way still serves nothing.
    const pdf = await upload(agents.teacher, '%PDF-1.4\n1 0 obj\n<<>>\nendobj\n', 'a.pdf', 'application/pdf');
    const article = await newArticle(agents.teacher, { typeId: type });
    const { db } = await env.deps.schools.get(A);
    await db.insert(siteArticleFiles).values({ articleId: article, fileId: pdf });
    expect((await media(A, pdf)).status).toBe(404);
  });
});
