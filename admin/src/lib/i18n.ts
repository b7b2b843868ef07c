import { createSignal } from 'solid-js';
import { en } from './locales/en';
import { contacts } from './locales/modules/contacts';
import { homework } from './locales/modules/homework';
import { notices } from './locales/modules/notices';
import { permissions } from './locales/modules/permissions';
import { site } from './locales/modules/site';
import { subscription } from './locales/modules/subscription';
import { tags } from './locales/modules/tags';
import { pt } from './locales/pt';
import { type MessageKey as CoreKey, zhHant } from './locales/zh-Hant';

export type Locale = 'zh-Hant' | 'en' | 'pt';
/** Every UI string's key: the core dictionary's and each module's. */
export type MessageKey = CoreKey | keyof (typeof contacts)['zh-Hant'] | keyof (typeof permissions)['zh-Hant'] | keyof (typeof site)['zh-Hant'] | keyof (typeof subscription)['zh-Hant'] | keyof (typeof notices)['zh-Hant'] | keyof (typeof homework)['zh-Hant'] | keyof (typeof tags)['zh-Hant'];
type Dictionary = Record<MessageKey, string>;

/** The switcher's choices, each named in its own language. */
export const LOCALES: { id: Locale; label: string; htmlLang: string }[] = [
  { id: 'zh-Hant', label: '繁體中文', htmlLang: 'zh-Hant-MO' },
  { id: 'en', label: 'English', htmlLang: 'en' },
  { id: 'pt', label: 'Português', htmlLang: 'pt-MO' },
];

const dictionaries: Record<Locale, Dictionary> = {
  'zh-Hant': { ...zhHant, ...contacts['zh-Hant'], ...permissions['zh-Hant'], ...site['zh-Hant'], ...subscription['zh-Hant'], ...notices['zh-Hant'], ...homework['zh-Hant'], ...tags['zh-Hant'] },
  en: { ...en, ...contacts.en, ...permissions.en, ...site.en, ...subscription.en, ...notices.en, ...homework.en, ...tags.en },
  pt: { ...pt, ...contacts.pt, ...permissions.pt, ...site.pt, ...subscription.pt, ...notices.pt, ...homework.pt, ...tags.pt },
};
const STORAGE_KEY = 'smart-campus.locale';
const TIME_ZONE = 'Asia/Macau';

function stored(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (value && value in dictionaries) return value as Locale;
  } catch {
    // Storage may be blocked (private mode, WebView policy): fall back to the default.
  }
  return 'zh-Hant';
}

const [locale, setLocaleSignal] = createSignal<Locale>(stored());
export { locale };

function applyHtmlLang(id: Locale): void {
  const entry = LOCALES.find((l) => l.id === id);
  if (entry && typeof document !== 'undefined') document.documentElement.lang = entry.htmlLang;
}
applyHtmlLang(locale());

/** Switches the UI language and remembers it on this device. */
export function setLocale(id: Locale): void {
  setLocaleSignal(id);
  applyHtmlLang(id);
  try {
    localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Not remembered, but the switch still applies to this visit.
  }
}

/** The UI string for `key` in the current language, `{name}` placeholders filled. Reactive. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[locale()][key] ?? dictionaries['zh-Hant'][key];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** True when `key` names a UI string (for labels built from API values, e.g. `status.${s}`). */
export function hasKey(key: string): key is MessageKey {
  return key in dictionaries['zh-Hant'];
}

/** A date-time in Macao time, written the local way ("2024-03-09 08:45"). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** A long date in the UI language, e.g. "2024年3月9日 星期六". */
export function formatLongDate(date: Date): string {
  const tag = LOCALES.find((l) => l.id === locale())?.htmlLang ?? 'zh-Hant-MO';
  return new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, dateStyle: 'full' }).format(date);
}

/** The hour of day in Macao (0–23), for greetings. */
export function macauHour(date: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(date));
}
