import site from 'virtual:school-site';
import type { Article, ArticleType, Showcase } from './data.ts';
import { LABELS, LOCALE, OG_LOCALE, SITE_LANGS } from './i18n.ts';

/*
 * One school's site as the pages see it: the data of this build plus the views and URL
 * helpers derived from it. Everything here is computed once per build.
 */

export const { data, lang, base, home } = site;
export const t = LABELS[lang];
export const htmlLang = LOCALE[lang];
export const ogLocale = OG_LOCALE[lang];

/** Home page shows at most this many hot (pinned) articles (WEB-04). */
export const HOT_LIMIT = 10;
/** Articles per page in every list. */
export const PAGE_SIZE = 10;
/** Latest articles on the home page. */
export const HOME_LATEST = 5;

/** The school's name in the site language; en and pt fall back to Chinese when blank. */
export const schoolName = data.school.name[lang].trim() || data.school.name['zh-Hant'];
/** The other names with their language, shown under the main one on the home page. */
export const otherNames = SITE_LANGS.map((l) => ({ lang: LOCALE[l], name: data.school.name[l].trim() })).filter(
  (n, i, all) => n.name !== '' && n.name !== schoolName && all.findIndex((m) => m.name === n.name) === i,
);

/** Showcases in their saved order (WEB-01); the export holds listed ones only. */
export const showcases: Showcase[] = [...data.showcases].sort((a, b) => a.order - b.order);

/** Newest first; ids sort by creation time, so they break ties between equal timestamps. */
export const articles: Article[] = [...data.articles].sort(
  (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a.id < b.id ? 1 : -1),
);

/**
 * The first 10 pinned articles are the hot articles (WEB-04): the most recently pinned first
 * (an article without a pin time counts from its publication); ties stay newest first.
 */
export const hotArticles = articles
  .filter((a) => a.pinned)
  .map((a) => ({ a, at: Date.parse(a.pinnedAt ?? a.publishedAt) }))
  .sort((x, y) => y.at - x.at)
  .map(({ a }) => a)
  .slice(0, HOT_LIMIT);

export const types: ArticleType[] = data.articleTypes;
const typeById = new Map(types.map((type) => [type.id, type]));

/** The type of an article; the data was checked for unknown type ids. */
export function typeOf(article: Article): ArticleType {
  const type = typeById.get(article.typeId);
  if (!type) throw new Error(`Article ${article.id} has unknown type ${article.typeId}`);
  return type;
}

export function articlesOfType(typeId: string): Article[] {
  return articles.filter((a) => a.typeId === typeId);
}

/** Site-relative path → path from the server root, e.g. `articles/` → `/site/B-888/articles/`. */
export function href(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

/** Site-relative path → absolute URL, for canonical links, feeds, sitemap and sharing. */
export function absolute(path = ''): string {
  return new URL(path.replace(/^\/+/, ''), home).href;
}

export const paths = {
  home: '',
  articles: 'articles/',
  article: (id: string) => `articles/${id}/`,
  type: (id: string) => `types/${id}/`,
  rss: 'rss.xml',
  sitemap: 'sitemap.xml',
};

/** A description for meta tags: the summary, else the start of the article's text. */
export function metaDescription(article: Article, max = 120): string {
  const text = (article.summary.trim() || plainText(article.html)).replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function plainText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** An image usable in Open Graph tags: absolute http(s) only (no data URIs). */
export function ogImage(url: string | null | undefined): string | undefined {
  if (!url || url.startsWith('data:')) return undefined;
  return new URL(url, home).href;
}
