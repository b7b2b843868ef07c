import { Show } from 'solid-js';

/**
 * An error for the whole form or screen — `<p class="form-error" role="alert">` — shown only while
 * there is a message (an empty string, null or undefined shows nothing). Field errors go next to
 * their field instead (Field, form-errors.ts).
 */
export default function FormError(props: { message?: string | null | false }) {
  return (
    <Show when={props.message}>
      <p class="form-error" role="alert">
        {props.message}
      </p>
    </Show>
  );
}
