import { type JSX, Show, splitProps } from 'solid-js';

type Props = JSX.InputHTMLAttributes<HTMLInputElement> & {
  /** The visible label. */
  label: string;
  /** The input's id; also names the error and hint elements. */
  id: string;
  /** An error for this field, shown under it and announced. */
  error?: string;
  hint?: string;
  /** Something to place right of the input (e.g. a "get code" button). */
  addon?: JSX.Element;
};

/** A labelled input with its hint and its error beside it. */
export default function Field(props: Props) {
  const [local, input] = splitProps(props, ['label', 'id', 'error', 'hint', 'addon']);
  const describedBy = () =>
    [local.error ? `${local.id}-error` : '', local.hint ? `${local.id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field" classList={{ 'field--invalid': !!local.error }}>
      <label for={local.id}>{local.label}</label>
      <div class="field__row">
        <input id={local.id} aria-invalid={local.error ? 'true' : undefined} aria-describedby={describedBy()} {...input} />
        {local.addon}
      </div>
      <Show when={local.hint}>
        <p class="field__hint" id={`${local.id}-hint`}>
          {local.hint}
        </p>
      </Show>
      <Show when={local.error}>
        <p class="field__error" id={`${local.id}-error`} role="alert">
          {local.error}
        </p>
      </Show>
    </div>
  );
}
