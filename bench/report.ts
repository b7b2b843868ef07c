import type { AppRoutesResult } from './app-routes';
import type { DriverFigure } from './driver';
import type { LoadResult } from './lib/load';
import type { MemoryResult } from './memory';

export interface RunInfo {
  date: string;
  machine: string;
  bun: string;
  node: string;
  autocannon: string;
  commit: string;
  pinning: string;
  load: { connections: number; duration: number; warmup: number };
}

export interface Results {
  info: RunInfo;
  baseline: LoadResult;
  app: AppRoutesResult;
  memory: MemoryResult;
  driver: DriverFigure[];
}

export const TARGETS = {
  meOverRaw: 0.8,
  meOverBaseline: 0.15,
  p99Ms: 20,
  rssMb: 300,
};

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => n.toFixed(2);
const mark = (ok: boolean) => (ok ? '✅ met' : '❌ missed');

interface Target {
  what: string;
  value: string;
  target: string;
  ok: boolean;
}

/** The targets, measured. */
export function targets(r: Results): Target[] {
  const meOverRaw = r.app.me.rps / r.app.rawMe.rps;
  const meOverBaseline = r.app.me.rps / r.baseline.rps;
  const rss = Math.max(r.memory.provisionedMb, r.memory.restartedMb);
  return [
    { what: 'auth/me ÷ raw-driver route (req/s)', value: meOverRaw.toFixed(2), target: `≥ ${TARGETS.meOverRaw}`, ok: meOverRaw >= TARGETS.meOverRaw },
    { what: 'auth/me ÷ baseline (req/s)', value: meOverBaseline.toFixed(3), target: `≥ ${TARGETS.meOverBaseline}`, ok: meOverBaseline >= TARGETS.meOverBaseline },
    { what: 'auth/me p99 at 64 connections', value: `${ms(r.app.me.p99)} ms`, target: `≤ ${TARGETS.p99Ms} ms`, ok: r.app.me.p99 <= TARGETS.p99Ms },
    { what: `RSS with ${r.memory.schools} schools open`, value: `${rss.toFixed(0)} MB`, target: `< ${TARGETS.rssMb} MB`, ok: rss < TARGETS.rssMb },
  ];
}

/** The figures of one run as markdown (what run.ts writes into docs/BENCHMARKS.md). */
export function markdown(r: Results): string {
  const { info } = r;
  const rows: [string, LoadResult][] = [
    ['1. baseline: bare `Bun.serve` → `hello`', r.baseline],
    ['2. `GET /api/health` (app)', r.app.health],
    ['3. `GET /api/s/B-888/auth/me` (app, session cookie)', r.app.me],
    ['4. the same route on the raw driver', r.app.rawMe],
  ];
  const cpuRatio = r.app.rawMe.serverCpuUsPerRequest / r.app.me.serverCpuUsPerRequest;
  const lines = [
    `Run of ${info.date} on ${info.machine}; Bun ${info.bun}; load from autocannon ${info.autocannon} on Node ${info.node}, ` +
      `${info.load.connections} connections, ${info.load.warmup} s warm-up then ${info.load.duration} s measured, loopback; ` +
      `pinning: ${info.pinning}; code at ${info.commit}.`,
    '',
    '| measurement | req/s | p50 ms | p99 ms | server CPU µs/req | server cores | load-gen. cores | irq cores | other procs cores | steal cores |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      ([name, x]) =>
        `| ${name} | ${int(x.rps)} | ${ms(x.p50)} | ${ms(x.p99)} | ${x.serverCpuUsPerRequest.toFixed(0)} | ${x.serverCores.toFixed(2)} | ${x.loadCores.toFixed(2)} | ${x.irqCores.toFixed(2)} | ${x.otherCores.toFixed(2)} | ${x.stealCores.toFixed(2)} |` +
        (x.non2xx || x.errors ? ` ⚠ ${x.non2xx} non-2xx, ${x.errors} errors` : ''),
    ),
    '',
    '| target | measured | target | |',
    '|---|---:|---:|---|',
    ...targets(r).map((t) => `| ${t.what} | ${t.value} | ${t.target} | ${mark(t.ok)} |`),
    '',
    `By server CPU per request (steadier when the machine is shared), auth/me costs ${(1 / cpuRatio).toFixed(1)}× the raw-driver route ` +
      `(ratio ${cpuRatio.toFixed(2)}). The app's RSS after the HTTP runs was ${r.app.appRssMb.toFixed(0)} MB.`,
    '',
    '| memory | RSS MB | peak MB |',
    '|---|---:|---:|',
    `| app at start (1 school) | ${r.memory.startMb.toFixed(0)} | |`,
    `| after provisioning ${r.memory.schools - 1} schools through the operator API (${r.memory.provisionSeconds.toFixed(1)} s) and one request to each of the ${r.memory.schools} | ${r.memory.provisionedMb.toFixed(0)} | ${r.memory.provisionedPeakMb.toFixed(0)} |`,
    `| restarted on the same ${r.memory.schools} schools, one request to each | ${r.memory.restartedMb.toFixed(0)} | ${r.memory.restartedPeakMb.toFixed(0)} |`,
    '',
    '| driver microbenchmark (in-process, 64 in flight, best of 3 rounds of 0.5 s) | µs/op | op/s |',
    '|---|---:|---:|',
    ...r.driver.map((d) => `| ${d.name} | ${d.usPerOp.toFixed(2)} | ${int(d.opsPerSec)} |`),
  ];
  return lines.join('\n');
}
