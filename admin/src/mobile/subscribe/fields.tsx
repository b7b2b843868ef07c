import { For, type JSX, Show } from 'solid-js';
import type { ClassChoice } from '../../lib/subscription-client';

/** The B08 classes as a <select>, grouped by grade (SUB-05). */
export function ClassOptions(props: { classes: ClassChoice[] }) {
  const grades = () => [...new Set(props.classes.map((c) => `${c.campusName} ${c.gradeName}`))];
  return (
    <For each={grades()}>
      {(g) => (
        <optgroup label={g}>
          <For each={props.classes.filter((c) => `${c.campusName} ${c.gradeName}` === g)}>{(c) => <option value={c.id}>{c.name}</option>}</For>
        </optgroup>
      )}
    </For>
  );
}

/** A labelled <select> with its error under it; a component, so it is not rebuilt on each change. */
export function SelectField(props: { id: string; label: string; value: string; error?: string; onChange: (v: string) => void; children: JSX.Element }) {
  return (
    <div class="field" classList={{ 'field--invalid': !!props.error }}>
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} aria-invalid={props.error ? 'true' : undefined} aria-describedby={props.error ? `${props.id}-error` : undefined}>
        {props.children}
      </select>
      <Show when={props.error}>
        <p class="field__error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  );
}
