import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { files } from './files';
import { members } from './members';

/*
 * The micro-site (微官網, SPEC §3.13, manual §13): what a school publishes on its public site.
 * Only listed showcases, enabled types, published articles and approved comments leave the
 * school (api/src/site/export-site-data.ts).
 */

/** WEB-01 櫥窗: a picture with a link on the home page; `listed` = 上架. */
export const siteShowcases = sqliteTable(
  'site_showcases',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** http(s) only; null for a picture without a link. */
    link: text('link'),
    /** An image upload (files); served publicly only while the showcase is listed. */
    imageFileId: text('image_file_id').references(() => files.id, { onDelete: 'set null' }),
    listed: integer('listed', { mode: 'boolean' }).notNull().default(false),
    /** Ascending; set by 保存排序. */
    sortOrder: integer('sort_order').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('site_showcases_order_idx').on(t.sortOrder), index('site_showcases_image_idx').on(t.imageFileId)],
);

/** WEB-02 文章類型: only enabled types can be chosen, and only they appear on the site. */
export const siteArticleTypes = sqliteTable('site_article_types', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** WEB-03 文章: rich content stored sanitised, images pointing at the school's own files. */
export const siteArticles = sqliteTable(
  'site_articles',
  {
    id: text('id').primaryKey(),
    typeId: text('type_id')
      .notNull()
      .references(() => siteArticleTypes.id),
    title: text('title').notNull(),
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull().default(false),
    allowComments: integer('allow_comments', { mode: 'boolean' }).notNull().default(true),
    /** Sanitised HTML; images as `/api/s/<code>/site/media/<fileId>`. */
    content: text('content').notNull(),
    /** Plain text from the content, for lists and meta descriptions. */
    summary: text('summary').notNull(),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
    authorId: text('author_id').references(() => members.id, { onDelete: 'set null' }),
    /** First publication; kept through later edits and re-publications. */
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    /** 置頂 time; null = not pinned. The 10 most recently pinned are the hot articles (WEB-04). */
    pinnedAt: integer('pinned_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('site_articles_status_idx').on(t.status, t.publishedAt),
    index('site_articles_pinned_idx').on(t.pinnedAt),
    index('site_articles_author_idx').on(t.authorId),
    index('site_articles_type_idx').on(t.typeId),
  ],
);

/** The files an article's content shows, so the public media route can tell what is published. */
export const siteArticleFiles = sqliteTable(
  'site_article_files',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => siteArticles.id, { onDelete: 'cascade' }),
    fileId: text('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.fileId] }), index('site_article_files_file_idx').on(t.fileId)],
);

/** WEB-07 留言: posted by the public, shown once an admin approves them. */
export const siteComments = sqliteTable(
  'site_comments',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => siteArticles.id, { onDelete: 'cascade' }),
    /** Plain text, as typed by the visitor (markup removed). */
    name: text('name').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'hidden'] }).notNull().default('pending'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    moderatedAt: integer('moderated_at', { mode: 'timestamp_ms' }),
    moderatedBy: text('moderated_by').references(() => members.id, { onDelete: 'set null' }),
  },
  (t) => [index('site_comments_article_idx').on(t.articleId, t.status), index('site_comments_status_idx').on(t.status, t.createdAt)],
);
