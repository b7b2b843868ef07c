import { join } from 'node:path';
import { CPU, nodeBinary, pinned, ROOT, runChild } from './processes';

export interface LoadResult {
  /** 2xx responses counted during the measured window. */
  requests: number;
  seconds: number;
  rps: number;
  /** Latency of 2xx responses, ms. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Cores the server used on average during the measured window. */
  serverCores: number;
  /** Server CPU time per answered request, µs: steadier than req/s on a shared machine. */
  serverCpuUsPerRequest: number;
  /** Cores the load generator used. */
  loadCores: number;
  /** Cores in interrupts and softirqs: on loopback mostly this benchmark's own TCP traffic. */
  irqCores: number;
  /** Cores used by other processes: near 0 in a clean run. */
  otherCores: number;
  /** Cores the hypervisor gave to other guests (VM steal time). */
  stealCores: number;
}

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections?: number;
  /** Measured seconds. */
  duration?: number;
  /** Seconds of load before the measured window (JIT, caches, database pages). */
  warmup?: number;
  /** The server's pid, to read its CPU time around the measured window. */
  serverPid?: number;
}

/** The load every HTTP figure uses; BENCH_SECONDS shortens it for a quick check. */
export const LOAD = {
  connections: 64,
  duration: Number(process.env.BENCH_SECONDS ?? 10),
  warmup: Number(process.env.BENCH_WARMUP ?? 3),
};

/** Busy cores of the whole machine over `ms`, from /proc/stat (NaN where there is none). */
async function busyCores(ms: number): Promise<number> {
  const sample = async () => {
    const cpu = (await Bun.file('/proc/stat').text()).split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { busy: cpu[0] + cpu[1] + cpu[2] + cpu[5] + cpu[6] + cpu[7], at: performance.now() };
  };
  try {
    const a = await sample();
    await Bun.sleep(ms);
    const b = await sample();
    return ((b.busy - a.busy) * 10) / (b.at - a.at);
  } catch {
    return Number.NaN;
  }
}

/**
 * Waits (up to a minute) until the machine is quiet, so other work on a shared machine does
 * not land in a measurement; the figures still say how busy it was (`otherCores`).
 */
export async function waitForQuiet(maxMs = 60_000): Promise<void> {
  const until = performance.now() + maxMs;
  while (performance.now() < until) {
    const busy = await busyCores(1_000);
    if (!(busy > 0.25)) return;
  }
  console.warn('  ! the machine stayed busy; measuring anyway');
}

/** Other processes may use this many cores during a measurement before it is taken again. */
const DISTURBED = 0.1;
const ATTEMPTS = 4;

/**
 * Runs autocannon against `url` from a separate Node process and returns its figures. A
 * measurement during which other processes used more than `DISTURBED` cores is taken again
 * (up to `ATTEMPTS` in all) and the least disturbed one is kept.
 */
export async function load(opts: LoadOptions): Promise<LoadResult> {
  let best: LoadResult | null = null;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    await waitForQuiet();
    const result = await loadOnce(opts);
    if (!best || !(result.otherCores >= best.otherCores)) best = result;
    if (!(result.otherCores > DISTURBED)) break;
    if (attempt < ATTEMPTS) console.warn(`  ! other processes used ${result.otherCores.toFixed(2)} cores during ${opts.url}; measuring again`);
  }
  return best as LoadResult;
}

async function loadOnce(opts: LoadOptions): Promise<LoadResult> {
  const config = { connections: LOAD.connections, duration: LOAD.duration, warmup: LOAD.warmup, headers: {}, ...opts };
  const out = await runChild(pinned(CPU.load, [nodeBinary(), join(ROOT, 'bench/lib/load-generator.mjs'), JSON.stringify(config)]));
  const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as LoadResult;
  // failures are reported beside the figures, not thrown: a run should finish and show them
  if (result.non2xx > 0 || result.errors > 0) console.warn(`  ! ${opts.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result;
}

/** One line of figures. */
export function formatLoad(name: string, r: LoadResult): string {
  return (
    `${name.padEnd(28)} ${Math.round(r.rps).toLocaleString('en-US').padStart(8)} req/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms` +
    `   server ${r.serverCpuUsPerRequest.toFixed(0)} µs CPU/req on ${r.serverCores.toFixed(2)} cores` +
    `   cores: load ${r.loadCores.toFixed(2)} irq ${r.irqCores.toFixed(2)} other ${r.otherCores.toFixed(2)} steal ${r.stealCores.toFixed(2)}`
  );
}
