import type { AstroInlineConfig } from 'astro';
import type { SiteData } from './src/data.ts';
import type { SiteLang } from './src/i18n.ts';

/** Pages import one school's data from this module (see `src/site.ts`). */
export const SITE_MODULE_ID = 'virtual:school-site';

/** What `virtual:school-site` exports. */
export interface SiteModule {
  data: SiteData;
  lang: SiteLang;
  /** Path the site is served under, with leading and trailing slash, e.g. `/site/B-888/`. */
  base: string;
  /** Absolute URL of the home page, e.g. `https://campus.example.mo/site/B-888/`. */
  home: string;
}

export interface SiteConfigInput {
  /** Already validated (`parseSiteData`). */
  data: SiteData;
  lang: SiteLang;
  base: string;
  /** Absolute path of the output directory. */
  outDir: string;
}

/** `/site/B-888` → `/site/B-888/`; refuses anything that is not a plain path. */
export function normalizeBase(base: string): string {
  const withSlashes = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(withSlashes) || /\/\.\.?\//.test(withSlashes)) {
    throw new Error(`Invalid site base "${base}": expected a path such as /site/B-888/`);
  }
  return withSlashes;
}

/**
 * The home page's absolute URL. `baseUrl` may be the home URL itself or just the origin;
 * a path that disagrees with `base` is a mistake that would break every absolute link.
 */
export function homeUrl(baseUrl: string, base: string): string {
  const url = new URL(baseUrl);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (path !== '/' && path !== base) {
    throw new Error(`Site data baseUrl "${baseUrl}" has path "${url.pathname}", but the site is built for base "${base}"`);
  }
  return new URL(base, url.origin).href;
}

/**
 * The Astro configuration that builds one school's site. The data reaches the pages through
 * a virtual module rather than a file read at render time, so it is part of the bundle: each
 * build sees its own data even when several run in one long-lived process.
 */
export function createSiteConfig({ data, lang, base, outDir }: SiteConfigInput): AstroInlineConfig {
  const normalized = normalizeBase(base);
  const module: SiteModule = { data, lang, base: normalized, home: homeUrl(data.baseUrl, normalized) };
  const resolvedId = `\0${SITE_MODULE_ID}`;
  return {
    site: new URL(data.baseUrl).origin,
    base: normalized,
    outDir,
    trailingSlash: 'always',
    build: { format: 'directory', inlineStylesheets: 'always' },
    devToolbar: { enabled: false },
    vite: {
      plugins: [
        {
          name: 'smart-campus:school-site',
          resolveId: (id: string) => (id === SITE_MODULE_ID ? resolvedId : undefined),
          load: (id: string) => (id === resolvedId ? `export default ${JSON.stringify(module)};` : undefined),
        },
      ],
    },
  };
}
