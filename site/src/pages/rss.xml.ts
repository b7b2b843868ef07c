import type { APIRoute } from 'astro';
import { absolute, articles, metaDescription, htmlLang, paths, schoolName, t, typeOf } from '../site.ts';
import { cdata, escapeXml, xmlResponse } from '../xml.ts';

/** Feed readers only need the recent ones. */
const FEED_SIZE = 50;

/** RSS 2.0 feed of the latest articles, full content included (hand-written: no extra dependency). */
export const GET: APIRoute = () => {
  const items = articles.slice(0, FEED_SIZE).map((article) => {
    const link = absolute(paths.article(article.id));
    return [
      '<item>',
      `<title>${escapeXml(article.title)}</title>`,
      `<link>${escapeXml(link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `<pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate>`,
      `<category>${escapeXml(typeOf(article).name)}</category>`,
      `<description>${escapeXml(metaDescription(article, 300))}</description>`,
      `<content:encoded>${cdata(article.html)}</content:encoded>`,
      '</item>',
    ].join('');
  });
  // The newest article's date, not the build time, so the same data gives the same file.
  const updated = articles[0] ? `<lastBuildDate>${new Date(articles[0].publishedAt).toUTCString()}</lastBuildDate>` : '';
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '<channel>',
    `<title>${escapeXml(schoolName)}</title>`,
    `<link>${escapeXml(absolute())}</link>`,
    `<atom:link href="${escapeXml(absolute(paths.rss))}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(t.siteDescription(schoolName))}</description>`,
    `<language>${htmlLang}</language>`,
    updated,
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
  return xmlResponse(body, 'application/rss+xml');
};
