import { managesApp } from '../auth/policy';
import type { Actor } from '../lib/context';

/**
 * Who may do what on the micro-site (WEB-03, manual §13): its admins (super admins, and
 * scoped admins whose apps include 微官網 `site`) manage showcases, types, every article and
 * the comments; staff write articles and manage their own; parents and students nothing.
 */
export const SITE_APP = 'site';

/** 櫥窗, 文章類型, 置頂, comment moderation and every article. */
export const canManageSite = (a: Actor | null): boolean => a?.kind === 'staff' && managesApp(a, SITE_APP);

/** 學校教職員可創建文章: any staff member may write. */
export const canWriteArticles = (a: Actor | null): boolean => a?.kind === 'staff';

/** Edit, publish, unpublish or delete one article: its author, or a site admin. */
export function canEditArticle(a: Actor | null, article: { authorId: string | null }): boolean {
  if (!a || !canWriteArticles(a)) return false;
  return canManageSite(a) || article.authorId === a.memberId;
}

/** An article type's list: admins see them all, writers the enabled ones they may choose. */
export const canListTypes = (a: Actor | null): boolean => canWriteArticles(a);
