import { Index } from 'solid-js';
import { t } from '../../../lib/i18n';
import type { EditorProps } from './ChoiceEditor';
import { newChoice } from './content';

/** 配對題: pairs of a left item and its right match, and optional extra right items. */
export default function MatchingEditor(props: EditorProps) {
  const pairs = () => props.state.pairs;
  const extra = () => props.state.distractors;
  const takenRight = () => [...pairs().map((p) => p.right), ...extra()];
  const setSide = (i: number, side: 'left' | 'right', text: string) =>
    props.update({ pairs: pairs().map((p, j) => (j === i ? { ...p, [side]: { ...p[side], text } } : p)) });
  return (
    <div class="hw-rows">
      <p class="hw-hint">{t('hw.q.pairs')}</p>
      <Index each={pairs()}>
        {(p, i) => (
          <div class="hw-row hw-row--pair">
            <span class="hw-row__mark" aria-hidden="true">
              {i + 1}
            </span>
            <input value={p().left.text} aria-label={t('hw.q.left', { n: i + 1 })} placeholder={t('hw.q.left', { n: i + 1 })} maxLength={2000} onInput={(e) => setSide(i, 'left', e.currentTarget.value)} />
            <span class="hw-row__arrow" aria-hidden="true">
              →
            </span>
            <input value={p().right.text} aria-label={t('hw.q.right', { n: i + 1 })} placeholder={t('hw.q.right', { n: i + 1 })} maxLength={2000} onInput={(e) => setSide(i, 'right', e.currentTarget.value)} />
            <button
              type="button"
              class="button button--small button--danger-text"
              disabled={pairs().length <= 2}
              aria-label={`${t('hw.remove')} ${t('hw.q.left', { n: i + 1 })}`}
              onClick={() => props.update({ pairs: pairs().filter((_, j) => j !== i) })}
            >
              ✕
            </button>
          </div>
        )}
      </Index>
      <div class="hw-row-actions">
        <button
          type="button"
          class="button button--small"
          disabled={pairs().length >= 26}
          onClick={() => props.update({ pairs: [...pairs(), { left: newChoice('l', pairs().map((x) => x.left)), right: newChoice('r', takenRight()) }] })}
        >
          + {t('hw.q.addPair')}
        </button>
      </div>
      <p class="hw-hint">{t('hw.q.distractors')}</p>
      <Index each={extra()}>
        {(d, i) => (
          <div class="hw-row">
            <span class="hw-row__mark" aria-hidden="true">
              +
            </span>
            <input
              value={d().text}
              aria-label={t('hw.q.distractor', { n: i + 1 })}
              maxLength={2000}
              onInput={(e) => props.update({ distractors: extra().map((x, j) => (j === i ? { ...x, text: e.currentTarget.value } : x)) })}
            />
            <button
              type="button"
              class="button button--small button--danger-text"
              aria-label={`${t('hw.remove')} ${t('hw.q.distractor', { n: i + 1 })}`}
              onClick={() => props.update({ distractors: extra().filter((_, j) => j !== i) })}
            >
              ✕
            </button>
          </div>
        )}
      </Index>
      <div class="hw-row-actions">
        <button type="button" class="button button--small" disabled={takenRight().length >= 26} onClick={() => props.update({ distractors: [...extra(), newChoice('r', takenRight())] })}>
          + {t('hw.q.addDistractor')}
        </button>
      </div>
    </div>
  );
}
