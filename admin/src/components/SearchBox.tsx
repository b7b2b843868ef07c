import { createEffect, createSignal } from 'solid-js';
import { t } from '../lib/i18n';

/** "搜索:" with a field; submits on Enter or the button. */
export default function SearchBox(props: { value: string; placeholder: string; onSearch: (q: string) => void }) {
  const [draft, setDraft] = createSignal(props.value);
  createEffect(() => setDraft(props.value));
  return (
    <form
      class="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSearch(draft().trim());
      }}
    >
      <label for="search-q">{t('common.search')}:</label>
      <input
        id="search-q"
        type="search"
        value={draft()}
        placeholder={props.placeholder}
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <button type="submit" class="button">
        {t('common.search')}
      </button>
    </form>
  );
}
