import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { LocalSiteBuilder } from './local-site-builder';
import { newType, type Role, seedSiteSchool, signInAll } from './test-school';

const A = 'A-001';
let env: TestEnv;
let agents: Record<Role, Agent>;
let sites: string;
let builder: LocalSiteBuilder;

/** Pids of the running processes whose command line mentions `marker` (Linux /proc). */
function processesWith(marker: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').includes(marker)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

beforeAll(async () => {
  env = await createTestEnv();
  await seedSiteSchool(env, A);
  agents = await signInAll(env, A);
  sites = await mkdtemp(join(tmpdir(), 'sites-'));
  builder = new LocalSiteBuilder(env.deps, sites);
  env.deps.config.onSiteChanged = (code) => builder.request(code);
});
afterAll(async () => {
  await builder.stop();
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

  it.skipIf(!existsSync('/proc/self/cmdline'))(
    'stop() kills a running build and resolves once it has exited, keeping the previous site; later changes build nothing',
    async () => {
      vi.spyOn(console, 'log').mockImplementation(() => {});
      // a builder of its own, so no rebuild left over from the test above is running
      const dir = await mkdtemp(join(tmpdir(), 'sites-stop-'));
      onTestFinished(() => rm(dir, { recursive: true, force: true }));
      const stopping = new LocalSiteBuilder(env.deps, dir);
      env.deps.config.onSiteChanged = (code) => stopping.request(code);
      const index = join(dir, A, 'index.html');
      const marker = `--out ${join(dir, A)}`;
      stopping.request(A);
      await vi.waitFor(() => expect(existsSync(index) && processesWith(marker)).toEqual([]), { timeout: 30_000, interval: 50 });
      const before = await readFile(index, 'utf8');
      const type = await newType(agents.creator, '停機測試');
      expect((await agents.teacher.post('site/articles', { typeId: type, title: '停機時的文章', content: '<p>x</p>', status: 'published' })).status).toBe(201);
      // the build's child process is running
      await vi.waitFor(() => expect(processesWith(marker)).toHaveLength(1), { timeout: 20_000, interval: 10 });

      await stopping.stop();
      // gone when stop() resolves: no orphan keeps writing into the sites folder
      expect(processesWith(marker)).toEqual([]);
      expect(await readdir(dir)).toEqual([A]);
      expect(await readFile(index, 'utf8')).toBe(before);

      // a change after stop() starts no build
      expect((await agents.teacher.post('site/articles', { typeId: type, title: '停機後的文章', content: '<p>y</p>', status: 'published' })).status).toBe(201);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(processesWith(marker)).toEqual([]);
      expect(await readFile(index, 'utf8')).toBe(before);
    },
    60_000,
  );
});
