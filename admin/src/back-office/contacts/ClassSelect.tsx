import { For, Show } from 'solid-js';
import type { HomeSchoolTree } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import { classOptions } from './home-school-tree';

/** A class picker: the classes grouped under "校部 / 年級 · 學年". */
export default function ClassSelect(props: {
  id: string;
  label: string;
  tree: HomeSchoolTree;
  value: string;
  error?: string;
  /** A class not to offer (the one the students are in). */
  exclude?: string;
  onChange: (id: string) => void;
}) {
  const groups = () => {
    const out = new Map<string, { id: string; label: string }[]>();
    for (const o of classOptions(props.tree)) {
      if (o.id === props.exclude) continue;
      out.set(o.group, [...(out.get(o.group) ?? []), o]);
    }
    return [...out.entries()];
  };
  return (
    <div class="field" classList={{ 'field--invalid': !!props.error }}>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <option value="" disabled>
          {t('contacts.chooseClass')}
        </option>
        <For each={groups()}>
          {([group, list]) => (
            <optgroup label={group}>
              <For each={list}>{(o) => <option value={o.id}>{o.label}</option>}</For>
            </optgroup>
          )}
        </For>
      </select>
      <Show when={props.error}>
        <p class="field__error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  );
}
