import type { apps, workbenchGroups } from '../../../db/schema';
import type { CatalogueApp } from './catalogue';
import type { VisibleRange } from './schemas';

/** An app as admins see it (APP-01): catalogue entry and the school's settings. */
export function presentApp(app: CatalogueApp, row: typeof apps.$inferSelect | undefined, range: VisibleRange, manageable: boolean) {
  return {
    key: app.key,
    name: app.name,
    audience: app.audience,
    enabled: row?.enabled ?? false,
    parentsAllowed: row?.parentsAllowed ?? false,
    visibleRange: range,
    manageable,
  };
}

/** A workbench app tile: what the mobile home page needs. */
export const presentTile = (app: CatalogueApp) => ({ key: app.key, name: app.name });

/** A workbench group with its apps in order (APP-02). */
export function presentGroup(g: typeof workbenchGroups.$inferSelect, appKeys: string[]) {
  return { id: g.id, name: g.name, translations: g.translations, sortOrder: g.sortOrder, appKeys, createdAt: g.createdAt.toISOString() };
}
