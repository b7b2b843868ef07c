import { createEffect } from 'solid-js';
import { t } from './i18n';

/** Keeps the tab's title on the current screen, in the current language: "成員 · 智慧校園". */
export function useTitle(title: () => string | undefined): void {
  createEffect(() => {
    document.title = [title(), t('app.name')].filter(Boolean).join(' · ');
  });
}
