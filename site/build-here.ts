import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { createSiteConfig } from './site-config.ts';
import type { SiteData } from './src/data.ts';
import type { SiteLang } from './src/i18n.ts';

const SITE_ROOT = fileURLToPath(new URL('.', import.meta.url));
// Siblings of a site's folder: the build being written, and the site being replaced.
const STAGING = '.building-';
const PREVIOUS = '.old-';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface BuildHereOptions {
  /** Already validated (`parseSiteData`). */
  data: SiteData;
  outDir: string;
  base: string;
  lang: SiteLang;
  logLevel: LogLevel;
}

/**
 * Runs the Astro build in this process. The output goes to a sibling staging folder that
 * replaces `outDir` at the end, so readers never see a half-written site and a failed build
 * leaves the previous one in place.
 */
export async function buildSiteHere({ data, outDir, base, lang, logLevel }: BuildHereOptions): Promise<void> {
  const target = resolve(outDir);
  const staging = `${target}${STAGING}${randomUUID().slice(0, 8)}`;
  // A school's server must not report to Astro's telemetry service.
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  try {
    await build({
      ...createSiteConfig({ data, lang, base, outDir: staging }),
      root: SITE_ROOT,
      configFile: false,
      logLevel,
    });
    await swapIn(staging, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Tidies up after a build process was killed (a cancelled build, `buildSchoolSite`'s
 * `signal`): removes its staging folder and, if it was killed between the two renames of the
 * swap, puts the previous site back. Call it only once that process has exited.
 */
export async function recoverAfterAbort(outDir: string): Promise<void> {
  const target = resolve(outDir);
  const name = basename(target);
  const siblings = await readdir(dirname(target)).catch(() => [] as string[]);
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  let restored = exists;
  for (const entry of siblings) {
    const path = join(dirname(target), entry);
    if (entry.startsWith(`${name}${PREVIOUS}`) && !restored) {
      await rename(path, target);
      restored = true;
    } else if (entry.startsWith(`${name}${STAGING}`) || entry.startsWith(`${name}${PREVIOUS}`)) {
      await rm(path, { recursive: true, force: true });
    }
  }
}

/** Replaces `target` by `staging` with two renames (same parent folder, same filesystem). */
async function swapIn(staging: string, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const previous = `${target}${PREVIOUS}${randomUUID().slice(0, 8)}`;
  const hadPrevious = await rename(target, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(previous, target);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
