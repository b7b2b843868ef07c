import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const admin = resolve(import.meta.dirname, '../..');

/** The newest modification time of the app's sources under `dir` (tests do not count). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'e2e') latest = Math.max(latest, newest(path));
    } else if (!entry.name.endsWith('.test.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds admin/dist when it is missing or older than the sources, so tests never run stale UI. */
export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const index = join(admin, 'dist/index.html');
  const sources = Math.max(newest(join(admin, 'src')), statSync(join(admin, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  await build({ root: admin, configFile: join(admin, 'vite.config.ts'), logLevel: 'warn' });
}
