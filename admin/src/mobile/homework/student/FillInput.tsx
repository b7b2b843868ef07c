import { Index, Show } from 'solid-js';
import { splitBlanks } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';

/** 填空題: the text with a field in each ____, typed in place; blanks the text does not mark follow it. */
export default function FillInput(props: { text: string; blanks: number; value: string[]; onChange: (v: string[]) => void }) {
  const pieces = () => splitBlanks(props.text);
  const inText = () => pieces().length - 1;
  const count = () => Math.max(props.blanks, inText());
  function set(i: number, text: string) {
    const next = Array.from({ length: count() }, (_, k) => props.value[k] ?? '');
    next[i] = text;
    props.onChange(next);
  }
  const field = (i: number) => (
    <input
      class="hwm-blank"
      aria-label={t('hw.q.blank', { n: i + 1 })}
      value={props.value[i] ?? ''}
      maxLength={500}
      size={Math.max(4, (props.value[i] ?? '').length + 1)}
      onInput={(e) => set(i, e.currentTarget.value)}
    />
  );
  return (
    <>
      <p class="hwm-fill">
        <Index each={pieces()}>
          {(piece, i) => (
            <>
              <span>{piece()}</span>
              <Show when={i < inText()}>{field(i)}</Show>
            </>
          )}
        </Index>
      </p>
      <Index each={Array.from({ length: count() - inText() })}>
        {(_, k) => (
          <label class="hwm-blank-row">
            <span>{t('hw.q.blank', { n: inText() + k + 1 })}</span>
            {field(inText() + k)}
          </label>
        )}
      </Index>
    </>
  );
}
