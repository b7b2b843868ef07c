/**
 * Runs every benchmark once on this machine, prints the figures and writes them into
 * docs/BENCHMARKS.md between its result markers (`--no-write` only prints).
 *    npm run bench      (BENCH_SECONDS / BENCH_WARMUP shorten the HTTP runs for a quick check)
 */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchAppRoutes } from './app-routes';
import { benchBaseline } from './baseline';
import { type DriverFigure, formatDriver } from './driver';
import { formatLoad, LOAD, waitForQuiet } from './lib/load';
import { CPU, nodeBinary, pinned, pinning, ROOT, runChild } from './lib/processes';
import { benchMemory } from './memory';
import { markdown, type Results, targets } from './report';
import { recordSection } from './lib/record';

const DOC = join(ROOT, 'docs/BENCHMARKS.md');

async function runInfo(): Promise<Results['info']> {
  const git = async (...args: string[]) => (await runChild(['git', ...args]).catch(() => '')).trim();
  const commit = (await git('rev-parse', '--short', 'HEAD')) || 'unknown';
  const dirty = (await git('status', '--porcelain', '--', 'api', 'db')) !== '';
  const autocannon = JSON.parse(readFileSync(join(ROOT, 'node_modules/autocannon/package.json'), 'utf8')).version as string;
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform}`,
    bun: Bun.version,
    node: (await runChild([nodeBinary(), '--version'])).trim(),
    autocannon,
    commit: `${commit}${dirty ? ' with uncommitted changes in api/ or db/' : ''}`,
    pinning,
    load: LOAD,
  };
}

// `bun bench/run.ts promotion`: only the B01 benchmark (bench/promotion.ts), recorded in its own section
if (process.argv[2] === 'promotion') await (await import('./promotion')).runAndRecord(!process.argv.includes('--no-write')).then(() => process.exit(0));
// `bun bench/run.ts notices`: only the notices benchmark (bench/notices.ts), recorded in its own section
if (process.argv[2] === 'notices') await (await import('./notices')).runAndRecord(!process.argv.includes('--no-write')).then(() => process.exit(0));
if (process.argv[2] === 'site') await (await import('./site')).runAndRecord(!process.argv.includes('--no-write')).then(() => process.exit(0)); // the micro-site benchmark (bench/site.ts), its own section
const info = await runInfo();
console.log(`${info.date}  ${info.machine}  Bun ${info.bun}  Node ${info.node}  pinning: ${info.pinning}\n`);

const baseline = await benchBaseline();
console.log(formatLoad('1. baseline', baseline));
const app = await benchAppRoutes();
console.log(formatLoad('2. /api/health', app.health));
console.log(formatLoad('3. auth/me (app)', app.me));
console.log(formatLoad('4. auth/me (raw driver)', app.rawMe));
const memory = await benchMemory();
console.log(`5. RSS with ${memory.schools} schools: ${memory.provisionedMb.toFixed(0)} MB (restarted: ${memory.restartedMb.toFixed(0)} MB)`);
await waitForQuiet();
const driver = JSON.parse(await runChild(pinned(CPU.server, [process.execPath, 'bench/driver.ts', '--json']))) as DriverFigure[];
console.log('6. driver');
for (const d of driver) console.log(`   ${formatDriver(d)}`);

const results: Results = { info, baseline, app, memory, driver };
console.log('');
for (const t of targets(results)) console.log(`${t.ok ? 'met   ' : 'MISSED'} ${t.what}: ${t.value} (target ${t.target})`);

const md = markdown(results);
if (process.argv.includes('--no-write')) {
  console.log(`\n${md}`);
} else {
  recordSection('results', null, md, DOC);
}
