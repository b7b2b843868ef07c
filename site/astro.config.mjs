// Configuration for running the Astro CLI directly on this folder, e.g.
//   SITE_DATA=demo-data.json SITE_OUT=/tmp/site SITE_BASE=/site/B-888/ bun --bun astro build --root site
// The API server builds through `buildSchoolSite` (build.ts), which passes the same
// configuration inline.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { createSiteConfig } from './site-config.ts';
import { loadSiteDataFile } from './src/data.ts';
import { isSiteLang } from './src/i18n.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
// Relative env paths are taken from the working directory, as a shell user expects.
const dataFile = process.env.SITE_DATA ? resolve(process.env.SITE_DATA) : resolve(here, 'demo-data.json');
const data = loadSiteDataFile(dataFile);
const lang = process.env.SITE_LANG || 'zh-Hant';
if (!isSiteLang(lang)) throw new Error(`SITE_LANG must be zh-Hant, en or pt, not "${lang}"`);

export default defineConfig(
  createSiteConfig({
    data,
    lang,
    base: process.env.SITE_BASE || `/site/${data.school.code}/`,
    outDir: process.env.SITE_OUT ? resolve(process.env.SITE_OUT) : resolve(here, 'dist'),
  }),
);
