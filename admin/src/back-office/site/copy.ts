import { createSignal } from 'solid-js';
import { t } from '../../lib/i18n';

/**
 * Copies a link with navigator.clipboard and says so; where the browser refuses (no secure
 * context, no permission) the link is shown to copy by hand.
 */
export function useCopy() {
  const [note, setNote] = createSignal('');
  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setNote(t('site.copied', { url }));
    } catch {
      setNote(t('site.copyFailed', { url }));
    }
  }
  return { note, setNote, copy };
}
