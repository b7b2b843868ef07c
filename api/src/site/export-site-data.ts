import type { SiteData } from '../../../site/src/data';
import type { ServiceContext } from '../lib/context';

/**
 * What a school's public micro-site is built from: only public things (listed showcases,
 * enabled article types, published and sanitised articles). The micro-site module (WEB-01..07)
 * fills showcases and articles; until then a school's site is its home page and name.
 */
export async function exportSiteData(ctx: Pick<ServiceContext, 'school' | 'config'>): Promise<SiteData> {
  return {
    school: { code: ctx.school.code, name: ctx.school.name },
    showcases: [],
    articleTypes: [],
    articles: [],
    baseUrl: `${ctx.config.publicUrl}/site/${ctx.school.code}/`,
  };
}
