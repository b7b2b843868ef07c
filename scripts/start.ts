/**
 * `npm start`: builds the admin app when it is missing, then runs the embedded default with
 * the demo school (DEMO=1 unless set otherwise).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dir, '..');
if (!existsSync(resolve(root, 'admin/dist/index.html'))) {
  console.log('building the admin app (first start)…');
  const build = Bun.spawnSync(['node_modules/.bin/vite', 'build', 'admin'], { cwd: root, stdout: 'inherit', stderr: 'inherit' });
  if (build.exitCode !== 0) process.exit(build.exitCode ?? 1);
}
process.env.DEMO ??= '1';
await import('../api/src/bun');
