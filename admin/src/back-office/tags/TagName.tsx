import { Show } from 'solid-js';
import { t } from '../../lib/i18n';
import type { Tag } from '../../lib/tags-client';

/** A tag's name with its icon, and 系統標籤 for the built-in 管理員. */
export default function TagName(props: { tag: Pick<Tag, 'name' | 'builtIn'> }) {
  return (
    <span class="tg-name">
      <svg class="tg-name__icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
        <path d="M3 3h6.2l7.5 7.5-6.2 6.2L3 9.2z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
        <circle cx="6.6" cy="6.6" r="1.3" fill="currentColor" />
      </svg>
      {props.tag.name}
      <Show when={props.tag.builtIn}>
        <span class="badge badge--role" title={t('tags.builtInHint')}>
          {t('tags.builtIn')}
        </span>
      </Show>
    </span>
  );
}
