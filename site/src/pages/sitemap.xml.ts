import type { APIRoute } from 'astro';
import { absolute, articles, articlesOfType, PAGE_SIZE, paths, types } from '../site.ts';
import { escapeXml, xmlResponse } from '../xml.ts';

/** The list pages of one listing: `articles/`, `articles/2/`, … */
function listPages(section: string, count: number): string[] {
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
  return Array.from({ length: pages }, (_, i) => (i === 0 ? section : `${section}${i + 1}/`));
}

/** Every page of the site, with the publication date on article pages. */
export const GET: APIRoute = () => {
  const entries: { path: string; lastmod?: string }[] = [
    { path: paths.home, lastmod: articles[0]?.publishedAt },
    ...listPages(paths.articles, articles.length).map((path) => ({ path })),
    ...types.flatMap((type) => listPages(paths.type(type.id), articlesOfType(type.id).length).map((path) => ({ path }))),
    ...articles.map((a) => ({ path: paths.article(a.id), lastmod: a.publishedAt })),
  ];
  const urls = entries.map(
    ({ path, lastmod }) =>
      `<url><loc>${escapeXml(absolute(path))}</loc>${lastmod ? `<lastmod>${new Date(lastmod).toISOString()}</lastmod>` : ''}</url>`,
  );
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
  ].join('\n');
  return xmlResponse(body);
};
