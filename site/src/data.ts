import { readFileSync } from 'node:fs';
import * as v from 'valibot';

/*
 * The shape of one school's site data, as the API exports it for a build. The API only
 * exports what is public: listed (上架) showcases, enabled article types and published
 * articles whose HTML it has already sanitised.
 */

/** Ids end up in file paths and URLs, so they are restricted to URL-safe characters. */
const Id = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "_" or "-"'),
);

/** http(s) URLs only: a `javascript:` link must never reach an `href`. */
const WebUrl = v.pipe(
  v.string(),
  v.check((s) => /^https?:\/\//i.test(s) && URL.canParse(s), 'must be an absolute http(s) URL'),
);

/** Images may also be root-relative (files served by the API) or inline raster/SVG data URIs. */
const ImageUrl = v.pipe(
  v.string(),
  v.check(
    (s) => /^\/(?!\/)/.test(s) || /^data:image\/(png|jpeg|gif|webp|avif|svg\+xml)[;,]/i.test(s) || (/^https?:\/\//i.test(s) && URL.canParse(s)),
    'must be an http(s) URL, a root-relative path or a data:image URI',
  ),
);

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

export const SchoolSchema = v.object({
  /** e.g. `B-888`. */
  code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,32}$/, 'must be letters, digits or "-"')),
  /** en and pt may be empty (the registry defaults them to ''); zh-Hant is the fallback. */
  name: v.object({ 'zh-Hant': Text, en: v.string(), pt: v.string() }),
});

export const ShowcaseSchema = v.object({
  id: Id,
  name: Text,
  imageUrl: v.nullable(ImageUrl),
  /** Where the showcase leads; null for a picture only. */
  link: v.nullable(WebUrl),
  /** Ascending; the home page shows showcases in this order (WEB-01). */
  order: v.pipe(v.number(), v.integer()),
});

export const ArticleTypeSchema = v.object({ id: Id, name: Text });

const Timestamp = v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 timestamp'));

/** An approved comment (WEB-07); plain text, escaped when rendered. */
export const CommentSchema = v.object({
  id: Id,
  name: Text,
  text: Text,
  createdAt: Timestamp,
});

export const ArticleSchema = v.object({
  id: v.pipe(
    Id,
    // `/articles/2/` is page 2 of the list, so an all-digit id would collide with it.
    v.check((s) => !/^\d+$/.test(s), 'must not be all digits (reserved for page numbers)'),
  ),
  typeId: Id,
  title: Text,
  summary: v.string(),
  /** Already sanitised by the API; rendered as is. */
  html: v.string(),
  /** null when the article is anonymous: no author is shown. */
  author: v.nullable(v.string()),
  publishedAt: Timestamp,
  pinned: v.boolean(),
  /** When it was pinned: the most recently pinned come first among the hot articles (WEB-04). */
  pinnedAt: v.optional(v.nullable(Timestamp), null),
  allowComments: v.boolean(),
  /** The article's picture for sharing (Open Graph); null for none. */
  imageUrl: v.optional(v.nullable(ImageUrl), null),
  /** Where the comment form posts (the API); null or absent: no form. */
  commentUrl: v.optional(v.nullable(WebUrl), null),
  /** Approved comments, oldest first. */
  comments: v.optional(v.array(CommentSchema), []),
});

export const SiteDataSchema = v.object({
  school: SchoolSchema,
  showcases: v.array(ShowcaseSchema),
  articleTypes: v.array(ArticleTypeSchema),
  articles: v.array(ArticleSchema),
  /**
   * The public URL of the site's home page, e.g. `https://campus.example.mo/site/B-888/`
   * (an origin alone is accepted too); used for canonical links, RSS, sitemap and sharing.
   */
  baseUrl: WebUrl,
});

export type SiteData = v.InferOutput<typeof SiteDataSchema>;
export type School = SiteData['school'];
export type Showcase = SiteData['showcases'][number];
export type ArticleType = SiteData['articleTypes'][number];
export type Article = SiteData['articles'][number];
export type Comment = Article['comments'][number];

/** A site data file that cannot be built; `issues` are `path: message` lines. */
export class SiteDataError extends Error {
  // Fields declared, not parameter properties, so Node can run this file by stripping types.
  readonly source: string;
  readonly issues: string[];
  constructor(source: string, issues: string[]) {
    super(`Invalid site data (${source}):\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'SiteDataError';
    this.source = source;
    this.issues = issues;
  }
}

/** Checks what the schema cannot: unique ids and articles pointing at a known type. */
function integrityIssues(data: SiteData): string[] {
  const issues: string[] = [];
  const dupes = (list: { id: string }[], path: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) issues.push(`${path}[${i}].id: duplicate id "${item.id}"`);
      seen.add(item.id);
    });
  };
  dupes(data.showcases, 'showcases');
  dupes(data.articleTypes, 'articleTypes');
  dupes(data.articles, 'articles');
  const types = new Set(data.articleTypes.map((t) => t.id));
  data.articles.forEach((a, i) => {
    if (!types.has(a.typeId)) issues.push(`articles[${i}].typeId: unknown article type "${a.typeId}"`);
  });
  return issues;
}

/**
 * Validates site data; throws a {@link SiteDataError} listing every problem with its path.
 * @param source names the data in the message (a file path, or "buildSchoolSite").
 */
export function parseSiteData(input: unknown, source = 'site data'): SiteData {
  const result = v.safeParse(SiteDataSchema, input);
  if (!result.success) {
    throw new SiteDataError(
      source,
      result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
    );
  }
  const issues = integrityIssues(result.output);
  if (issues.length > 0) throw new SiteDataError(source, issues);
  return result.output;
}

/** Reads and validates a site data JSON file. */
export function loadSiteDataFile(path: string): SiteData {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SiteDataError(path, [`cannot read the file as JSON: ${(error as Error).message}`]);
  }
  return parseSiteData(json, path);
}
