import type { SchoolDbOrTx } from '../client';
import { apps, workbenchGroups, workbenchItems } from '../schema';
import { CATALOGUE } from '../../api/src/apps/catalogue';
import { newId } from '../../api/src/lib/ids';

/** The workbench group of manual §19 (分組名稱 智慧校園, 分組英文名 Macao Smart Campus). */
export const DEMO_WORKBENCH_GROUP = '智慧校園';

/**
 * APP-01 / APP-02 for the demo school: every catalogue app enabled, open to parents and
 * students where the manual says 家長學生及教職員, visible to all staff (no range), and one
 * workbench group holding them in the order of the manual's 智慧校園 group. Inserts only
 * what is missing, so running it twice changes nothing.
 */
export async function seedDemoApps(tx: SchoolDbOrTx, now: Date): Promise<void> {
  await tx
    .insert(apps)
    .values(CATALOGUE.map((a) => ({ key: a.key, enabled: true, parentsAllowed: a.audience === 'all', updatedAt: now })))
    .onConflictDoNothing({ target: apps.key });
  const existing = await tx.select({ id: workbenchGroups.id }).from(workbenchGroups).limit(1).all();
  if (existing.length > 0) return;
  const groupId = newId(now.getTime());
  await tx.insert(workbenchGroups).values({ id: groupId, name: DEMO_WORKBENCH_GROUP, translations: { en: 'Macao Smart Campus', pt: 'Campus Inteligente de Macau' }, sortOrder: 0, createdAt: now });
  await tx.insert(workbenchItems).values(CATALOGUE.map((a, i) => ({ groupId, appKey: a.key, sortOrder: i })));
}
