/**
 * Profiles the app's CPU while it serves `GET /api/s/B-888/auth/me` under the benchmark's
 * load (Bun's sampling profiler, `--cpu-prof-md`), then prints the hottest functions by self
 * time. Not part of `npm run bench`: the profiler slows the server down.
 *    bun bench/profile.ts [--out file.md] [--path home-school/students?q=陳]
 * (--out keeps the whole markdown profile; --path profiles another route of the demo school)
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_SCHOOL, signInBackOffice, startApp } from './lib/app';
import { formatLoad, load } from './lib/load';
import { makeTempDir, removeTempDir } from './lib/processes';

const { values } = parseArgs({ options: { out: { type: 'string' }, top: { type: 'string', default: '25' }, path: { type: 'string', default: 'auth/me' } } });

const dataDir = makeTempDir('profile');
const profDir = join(dataDir, 'profile');
try {
  const app = await startApp(dataDir, ['--cpu-prof-md', `--cpu-prof-dir=${profDir}`]);
  try {
    const cookie = await signInBackOffice(app);
    console.log(formatLoad(`${values.path} under the profiler`, await load({ url: `${app.url}/api/s/${DEMO_SCHOOL}/${encodeURI(values.path)}`, headers: { cookie }, serverPid: app.pid })));
  } finally {
    await app.stop(); // the profile is written as the server exits
  }
  const file = readdirSync(profDir).find((f) => f.endsWith('.md'));
  if (!file) throw new Error('the server wrote no profile');
  const md = readFileSync(join(profDir, file), 'utf8');
  const hot = md.slice(md.indexOf('## Hot Functions'), md.indexOf('## Call Tree')).trim().split('\n');
  console.log(hot.slice(0, 4 + Number(values.top)).join('\n'));
  if (values.out) copyFileSync(join(profDir, file), values.out);
} finally {
  removeTempDir(dataDir);
}
