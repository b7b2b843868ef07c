import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Subprocess } from 'bun';

/** The repository root. */
export const ROOT = resolve(import.meta.dir, '../..');

const children = new Set<Subprocess>();
const dirs = new Set<string>();

// Whatever way the run ends, no child server and no temp dir is left behind.
function cleanUpNow(): void {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs.clear();
}
process.on('exit', cleanUpNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUpNow();
    process.exit(130);
  });
}

/** A fresh temp dir, removed when `removeTempDir` is called or the process exits. */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `smart-campus-bench-${prefix}-`));
  dirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): number {
  const probe = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch: () => new Response() });
  const port = probe.port;
  probe.stop(true);
  if (port === undefined) throw new Error('no free port');
  return port;
}

/**
 * The two cores are split: servers run on CPU 1, the load generator on CPU 0, so neither
 * steals the other's core and runs repeat closely. BENCH_PIN=0, a missing `taskset` or a
 * single core turn this off.
 */
const PIN = process.env.BENCH_PIN !== '0' && availableParallelism() >= 2 && Bun.which('taskset') !== null;
export const CPU = { server: 1, load: 0 } as const;

/** `cmd` pinned to one CPU (taskset execs it, so the pid is the command's own). */
export function pinned(cpu: number, cmd: string[]): string[] {
  return PIN ? ['taskset', '-c', String(cpu), ...cmd] : cmd;
}

/** Whether processes are pinned, for the report. */
export const pinning = PIN ? `server on CPU ${CPU.server}, load generator on CPU ${CPU.load} (taskset)` : 'none';

/** Node for the load generator: the one the project installs, else the one on PATH. */
export function nodeBinary(): string {
  const local = join(ROOT, 'node_modules/.bin/node');
  return existsSync(local) ? local : 'node';
}

export interface Server {
  pid: number;
  port: number;
  url: string;
  /** The last lines the server printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts a server script under Bun as a child process and resolves once it prints
 * `ready on`; rejects with its output if it exits or stays silent for `timeoutMs`.
 */
export async function startServer(
  script: string,
  env: Record<string, string>,
  options: { bunArgs?: string[]; timeoutMs?: number } = {},
): Promise<Server> {
  const { bunArgs = [], timeoutMs = 30_000 } = options;
  const port = freePort();
  const child = Bun.spawn(pinned(CPU.server, [process.execPath, ...bunArgs, script]), {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdout: 'pipe',
    stderr: 'pipe',
  });
  children.add(child);
  const lines: string[] = [];
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((r) => (ready = r));
  // keep draining both pipes for the server's whole life, so it never blocks on a full pipe
  const drain = async (stream: ReadableStream<Uint8Array>) => {
    const decoder = new TextDecoder();
    const reader = stream.getReader();
    let partial = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      const text = partial + decoder.decode(value, { stream: true });
      const complete = text.split('\n');
      partial = complete.pop() ?? '';
      for (const line of complete) {
        lines.push(line);
        if (lines.length > 50) lines.shift();
        if (line.includes('ready on')) ready();
      }
    }
  };
  void drain(child.stdout);
  void drain(child.stderr);
  const output = () => lines.join('\n');
  let timer: Timer | undefined;
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${script} was not ready after ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    void child.exited.then((code) => reject(new Error(`${script} exited (${code}) before it was ready:\n${output()}`)));
  });
  failed.catch(() => undefined); // once ready, the child's later exit is no failure
  try {
    await Promise.race([isReady, failed]);
  } catch (e) {
    child.kill('SIGKILL');
    children.delete(child);
    throw e;
  } finally {
    clearTimeout(timer);
  }
  return {
    pid: child.pid,
    port,
    url: `http://127.0.0.1:${port}`,
    output,
    async stop() {
      child.kill('SIGTERM');
      const exited = await Promise.race([child.exited.then(() => true), Bun.sleep(5_000).then(() => false)]);
      if (!exited) {
        child.kill('SIGKILL');
        await child.exited;
      }
      children.delete(child);
    },
  };
}

/** Resident and peak memory of a process, in MB, from /proc/<pid>/status. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Runs a command to completion as a tracked child and returns its stdout. */
export async function runChild(cmd: string[]): Promise<string> {
  const child = Bun.spawn(cmd, { cwd: ROOT, stdout: 'pipe', stderr: 'pipe' });
  children.add(child);
  try {
    const [out, err, code] = await Promise.all([new Response(child.stdout).text(), new Response(child.stderr).text(), child.exited]);
    if (code !== 0) throw new Error(`${cmd.join(' ')} exited ${code}:\n${err}`);
    return out;
  } finally {
    children.delete(child);
  }
}
