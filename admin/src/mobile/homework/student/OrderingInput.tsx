import { For } from 'solid-js';
import { t } from '../../../lib/i18n';

type Item = { id: string; text: string };

/** 排序題: the items in the student's order, each moved with 上移 / 下移 (buttons, not dragging: works with any hand and a screen reader). */
export default function OrderingInput(props: { items: Item[]; value: string[]; disabled: boolean; onChange: (order: string[]) => void }) {
  // the answer once given, else the order shown (the API shuffles it per student)
  const order = () => {
    const known = new Set(props.items.map((i) => i.id));
    const v = props.value.filter((id) => known.has(id));
    return v.length === props.items.length ? v : props.items.map((i) => i.id);
  };
  const textOf = (id: string) => props.items.find((i) => i.id === id)?.text ?? id;
  function move(from: number, by: number) {
    const next = [...order()];
    const to = from + by;
    if (to < 0 || to >= next.length) return;
    [next[from], next[to]] = [next[to], next[from]];
    props.onChange(next);
  }
  return (
    <>
      <p class="hwm-hint">{t('hwm.orderHint')}</p>
      <ol class="hwm-order">
        <For each={order()}>
          {(id, i) => (
            <li class="hwm-order__item">
              <span class="hwm-order__n" aria-hidden="true">
                {i() + 1}
              </span>
              <span class="hwm-order__text">{textOf(id)}</span>
              <button type="button" class="hwm-order__btn" disabled={props.disabled || i() === 0} aria-label={t('hwm.moveUp', { item: textOf(id) })} onClick={() => move(i(), -1)}>
                ↑
              </button>
              <button
                type="button"
                class="hwm-order__btn"
                disabled={props.disabled || i() === order().length - 1}
                aria-label={t('hwm.moveDown', { item: textOf(id) })}
                onClick={() => move(i(), 1)}
              >
                ↓
              </button>
            </li>
          )}
        </For>
      </ol>
    </>
  );
}
