import type { Locale } from '../lib/i18n';

type Audience = 'all' | 'students' | 'parents';

const SUFFIX: Record<Exclude<Audience, 'all'>, Record<Locale, string>> = {
  students: { 'zh-Hant': '（學生）', en: ' (Students)', pt: ' (Alunos)' },
  parents: { 'zh-Hant': '（家長）', en: ' (Parents)', pt: ' (Pais)' },
};

/** A synced class's name in the chosen language; separate classes say whom they are for. */
export function syncedClassName(name: Record<Locale, string>, language: Locale, audience: Audience): string {
  return audience === 'all' ? name[language] : `${name[language]}${SUFFIX[audience][language]}`;
}
