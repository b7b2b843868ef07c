import { Index } from 'solid-js';
import { t } from '../../../lib/i18n';
import type { EditorProps } from './ChoiceEditor';
import { newChoice } from './content';

/** 排序題: the items in the right order (students see them shuffled); ↑ ↓ to reorder. */
export function OrderingEditor(props: EditorProps) {
  const items = () => props.state.items;
  const move = (i: number, by: number) => {
    const next = [...items()];
    const [x] = next.splice(i, 1);
    next.splice(i + by, 0, x);
    props.update({ items: next });
  };
  return (
    <div class="hw-rows">
      <p class="hw-hint">{t('hw.q.items')}</p>
      <Index each={items()}>
        {(item, i) => (
          <div class="hw-row">
            <span class="hw-row__mark" aria-hidden="true">
              {i + 1}
            </span>
            <input
              value={item().text}
              aria-label={t('hw.q.item', { n: i + 1 })}
              maxLength={2000}
              onInput={(e) => props.update({ items: items().map((x, j) => (j === i ? { ...x, text: e.currentTarget.value } : x)) })}
            />
            <button type="button" class="button button--small" disabled={i === 0} aria-label={`${t('hw.moveUp')} ${i + 1}`} onClick={() => move(i, -1)}>
              ↑
            </button>
            <button type="button" class="button button--small" disabled={i === items().length - 1} aria-label={`${t('hw.moveDown')} ${i + 1}`} onClick={() => move(i, 1)}>
              ↓
            </button>
            <button
              type="button"
              class="button button--small button--danger-text"
              disabled={items().length <= 2}
              aria-label={`${t('hw.remove')} ${t('hw.q.item', { n: i + 1 })}`}
              onClick={() => props.update({ items: items().filter((_, j) => j !== i) })}
            >
              ✕
            </button>
          </div>
        )}
      </Index>
      <div class="hw-row-actions">
        <button type="button" class="button button--small" disabled={items().length >= 26} onClick={() => props.update({ items: [...items(), newChoice('i', items())] })}>
          + {t('hw.q.addItem')}
        </button>
      </div>
    </div>
  );
}

/** 簡答題: accepted answers; none means the teacher marks it by hand. */
export function ShortEditor(props: EditorProps) {
  const list = () => props.state.accepted;
  return (
    <div class="hw-rows">
      <p class="hw-hint">{t('hw.q.acceptedHint')}</p>
      <Index each={list()}>
        {(a, i) => (
          <div class="hw-row">
            <span class="hw-row__mark" aria-hidden="true">
              {i + 1}
            </span>
            <input
              value={a()}
              aria-label={t('hw.q.acceptedN', { n: i + 1 })}
              maxLength={500}
              onInput={(e) => props.update({ accepted: list().map((x, j) => (j === i ? e.currentTarget.value : x)) })}
            />
            <button
              type="button"
              class="button button--small button--danger-text"
              aria-label={`${t('hw.remove')} ${t('hw.q.acceptedN', { n: i + 1 })}`}
              onClick={() => props.update({ accepted: list().filter((_, j) => j !== i) })}
            >
              ✕
            </button>
          </div>
        )}
      </Index>
      <div class="hw-row-actions">
        <button type="button" class="button button--small" disabled={list().length >= 20} onClick={() => props.update({ accepted: [...list(), ''] })}>
          + {t('hw.q.addAccepted')}
        </button>
      </div>
    </div>
  );
}
