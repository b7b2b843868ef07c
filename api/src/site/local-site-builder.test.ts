import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { LocalSiteBuilder } from './local-site-builder';
import { newType, type Role, seedSiteSchool, signInAll } from './test-school';

const A = 'A-001';
let env: TestEnv;
let agents: Record<Role, Agent>;
let sites: string;

beforeAll(async () => {
  env = await createTestEnv();
  await seedSiteSchool(env, A);
  agents = await signInAll(env, A);
  sites = await mkdtemp(join(tmpdir(), 'sites-'));
  const builder = new LocalSiteBuilder(env.deps, sites);
  env.deps.config.onSiteChanged = (code) => builder.request(code);
});
afterAll(async () => {
  await env.close();
  await rm(sites, { recursive: true, force: true });
});

describe('the Bun rebuild on change (local-site-builder.ts)', () => {
  it('WEB-03 publishing answers at once and the school’s site shows the article after the background build', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const type = await newType(agents.creator, '校園新聞');
    const res = await agents.teacher.post('site/articles', { typeId: type, title: '背景重建', content: '<p>x</p>', status: 'published' });
    expect(res.status).toBe(201);
    const index = join(sites, A, 'index.html');
    // the API did not wait for Astro: the build that shows the article has not finished yet
    expect(existsSync(index) && (await readFile(index, 'utf8')).includes('背景重建')).toBe(false);
    let html = '';
    await vi.waitFor(
      async () => {
        expect(existsSync(index)).toBe(true);
        html = await readFile(index, 'utf8');
        expect(html).toContain('背景重建');
      },
      { timeout: 30_000, interval: 200 },
    );
    expect(await readFile(join(sites, A, 'articles', res.body.id, 'index.html'), 'utf8')).toContain('<h1 class="page-title">背景重建</h1>');
  }, 40_000);
});
