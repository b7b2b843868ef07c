import { For } from 'solid-js';
import { LOCALES, type Locale, locale, setLocale, t } from '../lib/i18n';

/** The UI language picker; the choice is remembered on this device. */
export default function LanguageSwitch() {
  return (
    <label class="lang-switch">
      <span class="visually-hidden">{t('lang.label')}</span>
      <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
        <path
          fill="currentColor"
          d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm5.9 7.7h-2.5a13 13 0 0 0-1.1-5 7 7 0 0 1 3.6 5Zm-5.9 7.8c-.8-1-1.7-3-1.9-6.3h3.8c-.2 3.3-1.1 5.3-1.9 6.3ZM8.1 9.2C8.3 5.9 9.2 4 10 3c.8 1 1.7 2.9 1.9 6.2H8.1ZM7.7 4.2a13 13 0 0 0-1.1 5H4.1a7 7 0 0 1 3.6-5Zm-3.6 6.6h2.5a13 13 0 0 0 1.1 5 7 7 0 0 1-3.6-5Zm8.2 5a13 13 0 0 0 1.1-5h2.5a7 7 0 0 1-3.6 5Z"
        />
      </svg>
      <select value={locale()} onChange={(e) => setLocale(e.currentTarget.value as Locale)}>
        <For each={LOCALES}>{(l) => <option value={l.id}>{l.label}</option>}</For>
      </select>
    </label>
  );
}
