import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { announcements, appVisibility } from '../../../db/schema';
import { catalogueApp } from '../apps/catalogue';
import type { Locale } from '../lib/i18n';

/**
 * Where a tag is named: the visible ranges of apps (APP-01, rows of app_visibility) and the send
 * ranges of announcements not yet sent (ANN-01, a JSON `range.tagIds`). A sent or recalled
 * announcement keeps its range as the record of what was chosen; its recipients are stored.
 */
export interface TagUses {
  apps: { key: string; name: string; only: boolean }[];
  announcements: { id: string; title: string; status: 'draft' | 'scheduled'; only: boolean; range: typeof announcements.$inferSelect.range }[];
}

export async function tagUses(tx: SchoolDbOrTx, tagId: string, locale: Locale): Promise<TagUses> {
  const keys = (
    await tx
      .select({ key: appVisibility.appKey })
      .from(appVisibility)
      .where(and(eq(appVisibility.kind, 'tag'), eq(appVisibility.ref, tagId)))
      .all()
  ).map((r) => r.key);
  const sizes = keys.length
    ? await tx.select({ key: appVisibility.appKey, n: count() }).from(appVisibility).where(inArray(appVisibility.appKey, keys)).groupBy(appVisibility.appKey).all()
    : [];
  const size = new Map(sizes.map((s) => [s.key, s.n]));
  const pending = await tx
    .select({ id: announcements.id, title: announcements.title, status: announcements.status, range: announcements.range })
    .from(announcements)
    .where(
      and(
        inArray(announcements.status, ['draft', 'scheduled']),
        sql`exists (select 1 from json_each(${announcements.range}, '$.tagIds') where value = ${tagId})`,
      ),
    )
    .all();
  return {
    apps: keys.map((key) => ({ key, name: catalogueApp(key)?.name[locale] ?? key, only: size.get(key) === 1 })),
    announcements: pending.map((a) => ({
      id: a.id,
      title: a.title,
      status: a.status as 'draft' | 'scheduled',
      // a draft may have an empty range (it is checked when sent); a scheduled one would go to nobody
      only: a.range.departmentIds.length + a.range.memberIds.length === 0 && a.range.tagIds.every((t) => t === tagId),
      range: a.range,
    })),
  };
}

const USE_WORDS: Record<Locale, { app: (n: string) => string; scheduled: (n: string) => string; and: string }> = {
  'zh-Hant': { app: (n) => `應用「${n}」`, scheduled: (n) => `定時公告「${n}」`, and: '、' },
  en: { app: (n) => `the app “${n}”`, scheduled: (n) => `the scheduled announcement “${n}”`, and: ', ' },
  pt: { app: (n) => `a aplicação «${n}»`, scheduled: (n) => `o comunicado agendado «${n}»`, and: ', ' },
};

/**
 * What deleting the tag may not do: leave an app's visible range empty (which means every
 * staff member, so the app would open to all) or a scheduled announcement with nobody to
 * send to. Those ranges, named in the caller's language for the refusal; empty when none.
 */
export function soleUses(uses: TagUses, locale: Locale): string {
  const w = USE_WORDS[locale];
  return [
    ...uses.apps.filter((a) => a.only).map((a) => w.app(a.name)),
    ...uses.announcements.filter((a) => a.only && a.status === 'scheduled').map((a) => w.scheduled(a.title)),
  ].join(w.and);
}

/** Takes the tag out of every range that names it (in the caller's transaction). */
export async function dropFromRanges(tx: SchoolDbOrTx, tagId: string, uses: TagUses, now: Date): Promise<void> {
  if (uses.apps.length) await tx.delete(appVisibility).where(and(eq(appVisibility.kind, 'tag'), eq(appVisibility.ref, tagId)));
  for (const a of uses.announcements) {
    const range = { ...a.range, tagIds: a.range.tagIds.filter((t) => t !== tagId) };
    await tx.update(announcements).set({ range, updatedAt: now }).where(eq(announcements.id, a.id));
  }
}
