/**
 * Builds one school's static micro-site (SPEC §3.13) from its exported data.
 *
 * As a library, for the API server:  `await buildSchoolSite({ data, outDir, base })`
 * As a command:  bun site/build.ts --data file.json --out dir [--base /site/B-888/] [--lang en]
 * (Node ≥ 22.18 runs it too, stripping the types: `node site/build.ts …`.)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSiteHere, type LogLevel, recoverAfterAbort } from './build-here.ts';
import { normalizeBase } from './site-config.ts';
import { loadSiteDataFile, parseSiteData, type SiteData } from './src/data.ts';
import { isSiteLang, type SiteLang } from './src/i18n.ts';

const SELF = fileURLToPath(import.meta.url);
const LOG_LEVELS: readonly string[] = ['debug', 'info', 'warn', 'error', 'silent'];

export interface BuildSchoolSiteOptions {
  /** The school's exported site data; validated here first, a bad shape throws `SiteDataError`. */
  data: SiteData;
  /** Where the finished site goes; replaced as a whole only once the build succeeded. */
  outDir: string;
  /** Path the site is served under, e.g. `/site/B-888/`. */
  base: string;
  /** Language of the site's own labels; default `zh-Hant`. */
  lang?: SiteLang;
  /** Astro's log level; default `warn`, so a background rebuild stays quiet. */
  logLevel?: LogLevel;
  /**
   * Build in a child process (default). Every build leaves its bundle in the ES module cache
   * of the process that ran it (~2.5 MB each), so a long-lived server must not build in its
   * own process; one-shot commands and tests may pass `false` to save the child's start-up.
   */
  isolate?: boolean;
  /**
   * Cancels the build: a queued one never starts, a running child is stopped (SIGTERM, then
   * SIGKILL after a grace period) and the promise settles only once it has exited, leaving
   * the previous site in place. An in-process build (`isolate: false`) is only checked
   * before it starts.
   */
  signal?: AbortSignal;
}

export interface BuildSchoolSiteResult {
  outDir: string;
  durationMs: number;
}

// One build at a time: builds are CPU-bound and share the site folder's caches (`.astro/`).
let queue: Promise<unknown> = Promise.resolve();

/**
 * Builds one school's site into `outDir`, atomically replacing the previous one. Calls are
 * queued; each resolves when its own build has finished and rejects if it failed.
 */
export function buildSchoolSite(options: BuildSchoolSiteOptions): Promise<BuildSchoolSiteResult> {
  const run = queue.then(() => {
    options.signal?.throwIfAborted();
    return buildNow(options);
  });
  queue = run.catch(() => undefined);
  return run;
}

async function buildNow(options: BuildSchoolSiteOptions): Promise<BuildSchoolSiteResult> {
  const started = performance.now();
  const { lang = 'zh-Hant', logLevel = 'warn', isolate = true } = options;
  // Checked here, so the caller gets a SiteDataError with every problem, not a child's exit code.
  const data = parseSiteData(options.data, 'buildSchoolSite');
  const base = normalizeBase(options.base);
  if (!isSiteLang(lang)) throw new Error(`Unknown site language "${lang}"`);
  const outDir = resolve(options.outDir);
  if (isolate) await buildInChild({ data, outDir, base, lang, logLevel }, options.signal);
  else await buildSiteHere({ data, outDir, base, lang, logLevel });
  return { outDir, durationMs: Math.round(performance.now() - started) };
}

/** Runs this file as a command in a new process of the same runtime (Bun or Node). */
async function buildInChild(options: Required<Omit<BuildSchoolSiteOptions, 'isolate' | 'signal'>>, signal?: AbortSignal): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'school-site-'));
  try {
    signal?.throwIfAborted();
    const file = join(dir, 'data.json');
    await writeFile(file, JSON.stringify(options.data));
    const args = ['--data', file, '--out', options.outDir, '--base', options.base, '--lang', options.lang, '--log-level', options.logLevel];
    const runtimeArgs = process.versions.bun ? ['run', SELF] : [SELF];
    await run(process.execPath, [...runtimeArgs, ...args], options.data.school.code, signal);
  } catch (error) {
    // a child killed half-way (cancelled, or a signal of its own) had no chance to clean up
    await recoverAfterAbort(options.outDir);
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** How long a cancelled build may take to exit on SIGTERM before it is killed. */
const KILL_GRACE_MS = 3_000;

function run(command: string, args: string[], school: string, signal?: AbortSignal): Promise<void> {
  return new Promise((done, fail) => {
    signal?.throwIfAborted();
    const child = spawn(command, args, {
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let killer: ReturnType<typeof setTimeout> | undefined;
    const cancel = () => {
      child.kill('SIGTERM');
      killer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
    };
    signal?.addEventListener('abort', cancel, { once: true });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      process.stderr.write(chunk);
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', fail);
    // settles only once the child has exited, so a cancelled build is over when this rejects
    child.on('close', (code, killedBy) => {
      clearTimeout(killer);
      signal?.removeEventListener('abort', cancel);
      if (signal?.aborted) fail(signal.reason);
      else if (code === 0) done();
      else fail(new Error(`Site build of ${school} failed (${killedBy ?? `exit ${code}`}):\n${stderr.trim()}`));
    });
  });
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      base: { type: 'string' },
      lang: { type: 'string', default: process.env.SITE_LANG || 'zh-Hant' },
      'log-level': { type: 'string', default: 'info' },
    },
  });
  const logLevel = values['log-level'];
  if (!values.data || !values.out) {
    throw new Error('Usage: bun site/build.ts --data file.json --out dir [--base /site/B-888/] [--lang zh-Hant|en|pt]');
  }
  if (!isSiteLang(values.lang)) throw new Error(`--lang must be zh-Hant, en or pt, not "${values.lang}"`);
  if (!LOG_LEVELS.includes(logLevel)) throw new Error(`--log-level must be one of ${LOG_LEVELS.join(', ')}`);
  const data = loadSiteDataFile(resolve(values.data));
  const result = await buildSchoolSite({
    data,
    outDir: values.out,
    base: values.base ?? `/site/${data.school.code}/`,
    lang: values.lang,
    logLevel: logLevel as LogLevel,
    isolate: false, // this process is the child, or a one-shot command
  });
  if (logLevel === 'info' || logLevel === 'debug') {
    console.log(`Built ${data.school.code} into ${result.outDir} in ${result.durationMs} ms`);
  }
}

// Run as a command (Bun or Node), not when imported.
if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
