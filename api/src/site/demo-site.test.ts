import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoSite } from '../../../db/seed/demo-site';
import { parseSiteData } from '../../../site/src/data';
import { createTestEnv, type TestEnv } from '../test/harness';
import { exportSiteData } from './export-site-data';
import { seedSiteSchool } from './test-school';

describe('the demo micro-site seed (db/seed/demo-site.ts)', () => {
  const A = 'A-001';
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
    const { ids } = await seedSiteSchool(env, A);
    const ctx = await env.ctx(A);
    const authors = { admin: ids.creator, teacher: ids.teacher, zhang: ids.teacher2 };
    const images = { schoolCode: A, store: env.deps.platform.files };
    expect(await ctx.db.transaction((tx) => seedDemoSite(tx, env.clock.now(), authors, images))).not.toBeNull();
    // a second run finds the site seeded and adds nothing
    expect(await ctx.db.transaction((tx) => seedDemoSite(tx, env.clock.now(), authors, images))).toBeNull();
  });
  afterAll(() => env.close());

  it('WEB-01..07 exports 3 showcases with pictures, 2 types, 12 published articles (4 pinned, 1 anonymous) and 2 approved comments', async () => {
    const data = parseSiteData(await exportSiteData(await env.ctx(A)));
    expect(data.showcases.map((s) => s.name)).toEqual(['2025 校園開放日', '第二十屆陸運會', '閱讀月：與書同行']);
    expect(data.articleTypes.map((t) => t.name)).toEqual(['校園新聞', '學校通告']);
    expect(data.articles).toHaveLength(12);
    expect(data.articles.map((a) => a.title)).not.toContain('下學期課外活動報名');
    expect(data.articles.filter((a) => a.pinned)).toHaveLength(4);
    expect(data.articles.filter((a) => a.author === null).map((a) => a.title)).toEqual(['綠色校園週：減廢從我做起']);
    expect(data.articles.flatMap((a) => a.comments.map((c) => c.name))).toEqual(['黃爸爸', '陳媽媽']);
    for (const s of data.showcases) {
      const res = await env.agent(A).raw('GET', s.imageUrl ?? '');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }
  });
});
