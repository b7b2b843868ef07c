/**
 * In-process cost of one request through the app (no HTTP): µs per `app.fetch` for a few
 * routes of the demo school, to see where the framework floor goes. Not part of npm run bench.
 *    bun bench/micro.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_SCHOOL, seedDemo } from '../db/seed/demo';
import { createApp } from '../api/src/app';
import { createLocalDeps } from '../api/src/local';

const dir = mkdtempSync(join(tmpdir(), 'smart-campus-micro-'));
try {
  const deps = await createLocalDeps({ DATA_DIR: dir, DEMO: '1' });
  await seedDemo(deps);
  const app = createApp(deps);
  const base = `http://localhost/api/s/${DEMO_SCHOOL}`;
  const res = await app.fetch(
    new Request(`${base}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost' }, body: JSON.stringify({ login: 'admin', password: 'demo1234' }) }),
  );
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const paths = ['http://localhost/api/health', `${base}/auth/me`, `${base}/home-school/students?pageSize=50&q=${encodeURIComponent('陳')}`, `${base}/home-school/students?pageSize=50`];
  for (const url of paths) {
    const run = async (n: number) => {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        const r = await app.fetch(new Request(url, { headers: { cookie, 'accept-language': 'zh-Hant' } }));
        await r.arrayBuffer();
      }
      return ((performance.now() - t0) * 1000) / n;
    };
    await run(2000);
    console.log(`${(await run(20000)).toFixed(1).padStart(7)} µs  ${url.replace(base, '')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
