import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { members, siteArticleFiles, siteArticles, siteArticleTypes } from '../../../db/schema';
import { ApiError } from '../lib/errors';
import type { ArticleExtras } from './presenter';

/** WEB-04: how many pinned articles are the hot ones (熱門文章). */
export const HOT_LIMIT = 10;

type Article = typeof siteArticles.$inferSelect;

/** The articles the public site shows: published, of an enabled type. */
export const isPublic = and(eq(siteArticles.status, 'published'), eq(siteArticleTypes.enabled, true));

/**
 * WEB-04 置頂的前10篇文章: the public pinned articles, most recently pinned first, first 10.
 */
export async function hotArticleIds(tx: SchoolDbOrTx): Promise<Set<string>> {
  const rows = await tx
    .select({ id: siteArticles.id })
    .from(siteArticles)
    .innerJoin(siteArticleTypes, eq(siteArticleTypes.id, siteArticles.typeId))
    .where(and(isPublic, isNotNull(siteArticles.pinnedAt)))
    .orderBy(desc(siteArticles.pinnedAt), desc(siteArticles.id))
    .limit(HOT_LIMIT)
    .all();
  return new Set(rows.map((r) => r.id));
}

/** Articles with what their presentation needs: type, author name, hot or not. */
export async function withExtras(tx: SchoolDbOrTx, rows: Article[]): Promise<{ row: Article; extras: ArticleExtras }[]> {
  if (rows.length === 0) return [];
  const typeIds = [...new Set(rows.map((r) => r.typeId))];
  const authorIds = [...new Set(rows.flatMap((r) => (r.authorId ? [r.authorId] : [])))];
  const types = await tx.select().from(siteArticleTypes).where(inArray(siteArticleTypes.id, typeIds)).all();
  const authors = authorIds.length ? await tx.select({ id: members.id, name: members.name }).from(members).where(inArray(members.id, authorIds)).all() : [];
  const typeById = new Map(types.map((t) => [t.id, t]));
  const nameById = new Map(authors.map((m) => [m.id, m.name]));
  const hot = await hotArticleIds(tx);
  return rows.map((row) => ({
    row,
    extras: {
      typeName: typeById.get(row.typeId)?.name ?? '',
      typeEnabled: typeById.get(row.typeId)?.enabled ?? false,
      authorName: row.authorId ? (nameById.get(row.authorId) ?? null) : null,
      hot: hot.has(row.id),
    },
  }));
}

/** WEB-02: an article's type must exist (400 `unknown_ref`) and be enabled (400 `site_type_disabled`). */
export async function checkChosenType(tx: SchoolDbOrTx, typeId: string): Promise<void> {
  const type = await tx.select({ enabled: siteArticleTypes.enabled }).from(siteArticleTypes).where(eq(siteArticleTypes.id, typeId)).get();
  if (!type) throw new ApiError('unknown_ref', { field: 'typeId', params: { field: 'typeId', ref: typeId } });
  if (!type.enabled) throw new ApiError('site_type_disabled', { field: 'typeId' });
}

/** The files an article shows now. */
export async function articleFileIds(tx: SchoolDbOrTx, articleId: string): Promise<Set<string>> {
  const rows = await tx.select({ fileId: siteArticleFiles.fileId }).from(siteArticleFiles).where(eq(siteArticleFiles.articleId, articleId)).all();
  return new Set(rows.map((r) => r.fileId));
}

/** Records the files an article's content shows, replacing the previous set. */
export async function replaceArticleFiles(tx: SchoolDbOrTx, articleId: string, fileIds: string[]): Promise<void> {
  await tx.delete(siteArticleFiles).where(eq(siteArticleFiles.articleId, articleId));
  if (fileIds.length > 0) await tx.insert(siteArticleFiles).values(fileIds.map((fileId) => ({ articleId, fileId })));
}
