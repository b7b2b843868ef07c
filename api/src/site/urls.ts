import type { ServiceContext } from '../lib/context';

/*
 * WEB-05: the public addresses of a school's micro-site. The Bun server serves each school's
 * built site at `/site/<code>/`, and so does the edge (docs/DEPLOY.md), so the links are the
 * same on both runtimes.
 */

type Where = Pick<ServiceContext, 'school' | 'config'>;

const origin = (ctx: Where) => ctx.config.publicUrl.replace(/\/+$/, '');

/** 複製微官網對外鏈接: the site's home page, listing every published article. */
export const siteUrl = (ctx: Where): string => `${origin(ctx)}/site/${ctx.school.code}/`;

/** 複製鏈接: one article's share link (it works once the article is published). */
export const articleUrl = (ctx: Where, id: string): string => `${siteUrl(ctx)}articles/${id}/`;

/** Where the public comment form of an article posts (WEB-07). */
export const commentPostUrl = (ctx: Where, id: string): string => `${origin(ctx)}/api/s/${ctx.school.code}/site/articles/${id}/comments`;

/**
 * The public address of an image of the site: root-relative, so it loads from whatever host
 * the site is read on (the site and the API share an origin on both runtimes).
 */
export const mediaPath = (code: string, fileId: string): string => `/api/s/${code}/site/media/${fileId}`;
