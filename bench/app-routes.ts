/**
 * 2–4. The app under load, and the same authenticated route without the framework:
 *   2. GET /api/health through the real app (api/src/bun.ts, demo seeded, scheduler off);
 *   3. GET /api/s/B-888/auth/me with a back-office session cookie: tenant → session (cached)
 *      → requireActor → one query by primary key;
 *   4. the same route on the raw driver (bench/servers/raw-me.ts), on the same database file
 *      once the app has stopped, with the same cookie; it must answer the same JSON.
 *    bun bench/app-routes.ts
 */
import { join } from 'node:path';
import { DEMO_SCHOOL, getText, signInBackOffice, startApp } from './lib/app';
import { formatLoad, load, type LoadResult } from './lib/load';
import { makeTempDir, memoryOf, removeTempDir, startServer } from './lib/processes';

export interface AppRoutesResult {
  health: LoadResult;
  me: LoadResult;
  rawMe: LoadResult;
  /** The app's resident memory after its two runs, MB. */
  appRssMb: number;
}

const ME = `/api/s/${DEMO_SCHOOL}/auth/me`;

export async function benchAppRoutes(): Promise<AppRoutesResult> {
  const dataDir = makeTempDir('app');
  try {
    const app = await startApp(dataDir);
    let health: LoadResult;
    let me: LoadResult;
    let appRssMb: number;
    let cookie: string;
    let appBody: string;
    try {
      cookie = await signInBackOffice(app);
      appBody = await getText(app, ME, { cookie });
      health = await load({ url: `${app.url}/api/health`, serverPid: app.pid });
      me = await load({ url: `${app.url}${ME}`, headers: { cookie }, serverPid: app.pid });
      appRssMb = memoryOf(app.pid).rssMb;
    } finally {
      await app.stop();
    }

    const raw = await startServer('bench/servers/raw-me.ts', { DB_FILE: join(dataDir, 'schools', `${DEMO_SCHOOL}.db`) });
    try {
      const rawBody = await getText(raw, ME, { cookie });
      if (rawBody !== appBody) throw new Error(`the raw route answers differently:\n app ${appBody}\n raw ${rawBody}`);
      const rawMe = await load({ url: `${raw.url}${ME}`, headers: { cookie }, serverPid: raw.pid });
      return { health, me, rawMe, appRssMb };
    } finally {
      await raw.stop();
    }
  } finally {
    removeTempDir(dataDir);
  }
}

if (import.meta.main) {
  const r = await benchAppRoutes();
  console.log(formatLoad('GET /api/health', r.health));
  console.log(formatLoad('GET …/auth/me (app)', r.me));
  console.log(formatLoad('GET …/auth/me (raw driver)', r.rawMe));
  console.log(`auth/me app / raw driver: ${(r.me.rps / r.rawMe.rps).toFixed(2)}`);
}
