import type { ServiceContext } from '../lib/context';
import { forbidden } from '../lib/errors';
import { canWriteArticles } from './policy';
import { siteUrl } from './urls';

/** WEB-05 複製微官網對外鏈接: the site's public home page, for anyone who writes for it. */
export function getSiteLink(ctx: ServiceContext): { url: string } {
  if (!canWriteArticles(ctx.actor)) throw forbidden();
  return { url: siteUrl(ctx) };
}
