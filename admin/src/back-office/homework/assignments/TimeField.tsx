import { Show } from 'solid-js';
import { t } from '../../../lib/i18n';

/** A date-time row of the homework form (Macao time) with ✕ to clear it, as in the manual. */
export default function TimeField(props: { id: string; label: string; value: string; onChange: (v: string) => void; hint?: string; error?: string }) {
  return (
    <div class="hw-form__row">
      <label class="hw-form__label" for={props.id}>
        {props.label}
      </label>
      <div class="hw-form__field">
        <div class="hw-time">
          <input id={props.id} type="datetime-local" value={props.value} aria-invalid={props.error ? 'true' : undefined} onInput={(e) => props.onChange(e.currentTarget.value)} />
          <Show when={props.value}>
            <button type="button" class="button button--small button--ghost" aria-label={`${t('hw.as.clear')} ${props.label}`} onClick={() => props.onChange('')}>
              ✕
            </button>
          </Show>
        </div>
        <Show when={props.hint}>
          <p class="hw-hint">ⓘ {props.hint}</p>
        </Show>
        <Show when={props.error}>
          <p class="field__error" role="alert">
            {props.error}
          </p>
        </Show>
      </div>
    </div>
  );
}
