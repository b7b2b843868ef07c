import { Index, Show } from 'solid-js';
import { t } from '../../../lib/i18n';
import { type EditorState, letter, newChoice } from './content';

export interface EditorProps {
  state: EditorState;
  update: (patch: Partial<EditorState>) => void;
}

/**
 * 單選 / 多選 (manual §5 添加單選): options A, B, C …; a: 添加選項, b: 設為答案 (one for 單選,
 * several for 多選), c: delete an option (two at least stay).
 */
export default function ChoiceEditor(props: EditorProps) {
  const s = () => props.state;
  const multiple = () => s().type === 'multiple';
  const isAnswer = (id: string) => s().answers.includes(id);
  const toggle = (id: string) => {
    if (!multiple()) props.update({ answers: isAnswer(id) ? [] : [id] });
    else props.update({ answers: isAnswer(id) ? s().answers.filter((a) => a !== id) : [...s().answers, id] });
  };
  return (
    <div class="hw-rows">
      <Index each={s().options}>
        {(o, i) => (
          <div class="hw-row" classList={{ 'hw-row--answer': isAnswer(o().id) }}>
            <span class="hw-row__mark" aria-hidden="true">
              {letter(i)}
            </span>
            <input
              value={o().text}
              aria-label={t('hw.q.option', { label: letter(i) })}
              maxLength={2000}
              onInput={(e) => props.update({ options: s().options.map((x, j) => (j === i ? { ...x, text: e.currentTarget.value } : x)) })}
            />
            <button
              type="button"
              class="button button--small hw-answer-toggle"
              classList={{ 'hw-answer-toggle--on': isAnswer(o().id) }}
              aria-pressed={isAnswer(o().id)}
              aria-label={`${t('hw.q.setAnswer')} ${letter(i)}`}
              onClick={() => toggle(o().id)}
            >
              {isAnswer(o().id) ? `✓ ${t('hw.q.isAnswer')}` : t('hw.q.setAnswer')}
            </button>
            <button
              type="button"
              class="button button--small button--danger-text"
              disabled={s().options.length <= 2}
              aria-label={t('hw.q.removeOption', { label: letter(i) })}
              onClick={() => props.update({ options: s().options.filter((_, j) => j !== i), answers: s().answers.filter((a) => a !== o().id) })}
            >
              ✕
            </button>
          </div>
        )}
      </Index>
      <div class="hw-row-actions">
        <button type="button" class="button button--small" disabled={s().options.length >= 26} onClick={() => props.update({ options: [...s().options, newChoice('o', s().options)] })}>
          + {t('hw.q.addOption')}
        </button>
        <Show when={multiple()}>
          <span class="hw-hint">{t('hw.q.multipleHint')}</span>
        </Show>
      </div>
    </div>
  );
}
