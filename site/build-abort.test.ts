import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSchoolSite } from './build.ts';
import { recoverAfterAbort } from './build-here.ts';
import demo from './demo-data.json' with { type: 'json' };
import type { SiteData } from './src/data.ts';

const BASE = '/site/B-888/';
let work: string;
let out: string;

/** Pids of the running processes whose command line mentions `marker` (Linux /proc). */
function processesWith(marker: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').includes(marker);
      } catch {
        return false; // it ended while we looked
      }
    })
    .map(Number);
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'site-abort-'));
  out = join(work, 'B-888');
  await mkdir(out);
  await writeFile(join(out, 'index.html'), 'the previous site');
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('Cancelling a build (buildSchoolSite signal)', () => {
  it('Should not start a build whose signal is already aborted', async () => {
    const reason = new Error('stopping');
    await expect(buildSchoolSite({ data: demo as SiteData, outDir: out, base: BASE, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(await readdir(work)).toEqual(['B-888']);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('the previous site');
  });

  it.skipIf(!existsSync('/proc/self/cmdline'))('Should kill a running build process, settle once it exited, and keep the previous site', async () => {
    const stop = new AbortController();
    const reason = new Error('stopping');
    const marker = `--out ${out}`;
    const build = buildSchoolSite({ data: demo as SiteData, outDir: out, base: BASE, signal: stop.signal });
    await vi.waitFor(() => expect(processesWith(marker)).toHaveLength(1), { timeout: 10_000, interval: 5 });
    stop.abort(reason);
    await expect(build).rejects.toBe(reason);
    expect(processesWith(marker)).toEqual([]);
    expect(await readdir(work)).toEqual(['B-888']);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('the previous site');
  });
});

describe('recoverAfterAbort', () => {
  it('Should remove the staging folder a killed build left', async () => {
    await mkdir(join(work, 'B-888.building-1a2b3c4d'));
    await writeFile(join(work, 'B-888.building-1a2b3c4d', 'index.html'), 'half');
    await mkdir(join(work, 'B-999.building-1a2b3c4d'));
    await recoverAfterAbort(out);
    // another school's build is not this one's business
    expect((await readdir(work)).sort()).toEqual(['B-888', 'B-999.building-1a2b3c4d']);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('the previous site');
  });

  it('Should put the previous site back when the build was killed between the two renames', async () => {
    await rm(out, { recursive: true });
    await mkdir(join(work, 'B-888.old-5e6f7a8b'));
    await writeFile(join(work, 'B-888.old-5e6f7a8b', 'index.html'), 'the previous site');
    await mkdir(join(work, 'B-888.building-1a2b3c4d'));
    await recoverAfterAbort(out);
    expect(await readdir(work)).toEqual(['B-888']);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('the previous site');
  });
});
