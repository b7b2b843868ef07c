import { For, Index, Show } from 'solid-js';
import { countBlanks } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import type { EditorProps } from './ChoiceEditor';

/** 判斷題: 正確 or 錯誤. */
export function TrueFalseEditor(props: EditorProps) {
  return (
    <div class="hw-choices" role="radiogroup" aria-label={t('hw.q.answer')}>
      <For each={[true, false]}>
        {(value) => (
          <label class="hw-check hw-pill" classList={{ 'hw-pill--on': props.state.truth === value }}>
            <input type="radio" name="hw-truth" checked={props.state.truth === value} onChange={() => props.update({ truth: value })} />
            {t(value ? 'hw.q.true' : 'hw.q.false')}
          </label>
        )}
      </For>
    </div>
  );
}

/** 附件上傳題: how many files a student may upload; marked by hand. */
export function FileEditor(props: EditorProps) {
  return (
    <div class="hw-rows">
      <label class="hw-inline">
        {t('hw.q.maxFiles')}
        <input
          type="number"
          min="1"
          max="10"
          value={props.state.maxFiles}
          onInput={(e) => props.update({ maxFiles: Math.min(10, Math.max(1, Math.round(Number(e.currentTarget.value)) || 1)) })}
        />
      </label>
      <p class="hw-hint">{t('hw.q.fileHint')}</p>
    </div>
  );
}

/** 填空題: the blanks are the ____ of the text; accepted answers per blank ("a|b"). */
export function FillEditor(props: EditorProps & { text: string; insertBlank: () => void }) {
  const n = () => countBlanks(props.text);
  return (
    <div class="hw-rows">
      <div class="hw-row-actions">
        <button type="button" class="button button--small" onClick={() => props.insertBlank()}>
          + {t('hw.q.insertBlank')}
        </button>
        <span class="hw-hint">{t('hw.q.fillHint')}</span>
      </div>
      <Show when={n() > 0} fallback={<p class="hw-hint">{t('hw.q.noBlanks')}</p>}>
        <Index each={Array.from({ length: n() })}>
          {(_, i) => (
            <div class="hw-row">
              <span class="hw-row__mark hw-row__mark--wide" aria-hidden="true">
                {t('hw.q.blank', { n: i + 1 })}
              </span>
              <input
                value={props.state.blanks[i] ?? ''}
                aria-label={t('hw.q.blankAnswers', { n: i + 1 })}
                placeholder={t('hw.q.blankAnswers', { n: i + 1 })}
                maxLength={2000}
                onInput={(e) => {
                  const blanks = [...props.state.blanks];
                  while (blanks.length <= i) blanks.push('');
                  blanks[i] = e.currentTarget.value;
                  props.update({ blanks });
                }}
              />
            </div>
          )}
        </Index>
      </Show>
    </div>
  );
}
