import type { ServiceContext } from '../lib/context';

/**
 * Tells the runtime that a school's public site data changed, so it rebuilds that school's
 * site in the background (Bun: local-site-builder.ts). Call it only AFTER the transaction
 * committed: the build reads the database, and it must see the change. It never fails or
 * delays the request that made the change.
 */
export function siteChanged(ctx: Pick<ServiceContext, 'school' | 'config'>): void {
  try {
    ctx.config.onSiteChanged?.(ctx.school.code);
  } catch (error) {
    console.error(`could not ask for a rebuild of the micro-site of ${ctx.school.code}`, error);
  }
}
