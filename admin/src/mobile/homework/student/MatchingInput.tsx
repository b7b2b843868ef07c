import { For } from 'solid-js';
import { t } from '../../../lib/i18n';

type Item = { id: string; text: string };

/** 配對題: each left item gets one right item from a list (the right side may hold distractors). */
export default function MatchingInput(props: { left: Item[]; right: Item[]; value: Record<string, string>; onChange: (v: Record<string, string>) => void }) {
  function set(left: string, right: string) {
    const next = { ...props.value };
    if (right) next[left] = right;
    else delete next[left];
    props.onChange(next);
  }
  return (
    <ul class="hwm-match" role="list">
      <For each={props.left}>
        {(l) => (
          <li class="hwm-match__row">
            <label class="hwm-match__left" for={`hwm-match-${l.id}`}>
              {l.text}
            </label>
            <span aria-hidden="true">→</span>
            <select id={`hwm-match-${l.id}`} onChange={(e) => set(l.id, e.currentTarget.value)}>
              <option value="" selected={!props.value[l.id]}>
                {t('hwm.pick')}
              </option>
              <For each={props.right}>
                {(r) => (
                  <option value={r.id} selected={props.value[l.id] === r.id}>
                    {r.text}
                  </option>
                )}
              </For>
            </select>
          </li>
        )}
      </For>
    </ul>
  );
}
