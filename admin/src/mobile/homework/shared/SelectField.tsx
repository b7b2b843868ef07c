import { For, Show } from 'solid-js';

/** An error under a field, announced and tied to it by id. */
export function FieldError(props: { id: string; error?: string }) {
  return (
    <Show when={props.error}>
      <p class="field__error" id={props.id} role="alert">
        {props.error}
      </p>
    </Show>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A labelled select with its error beside it (Field's look, for choices that may load late). */
export function SelectField(props: { id: string; label: string; value: string; options: Choice[]; error?: string; onChange: (v: string) => void }) {
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
        <For each={props.options}>
          {(o) => (
            <option value={o.value} selected={o.value === props.value}>
              {o.label}
            </option>
          )}
        </For>
      </select>
      <FieldError id={`${props.id}-error`} error={props.error} />
    </div>
  );
}
