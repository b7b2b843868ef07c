import { createEffect, createSignal, type JSX, Show } from 'solid-js';
import { t } from '../../lib/i18n';
import FormError from '../../components/FormError';

/**
 * A modal form: a title, the fields, 取消 and the submit button. It stays open while the
 * submit runs and shows `error` above the fields; `onSubmit` returning true closes it.
 * Escape and 取消 close it unless it is busy.
 */
export default function FormDialog(props: {
  open: boolean;
  title: string;
  submitLabel: string;
  /** Shown above the fields (a refusal that names no field). */
  error?: string;
  wide?: boolean;
  danger?: boolean;
  /** A note under the fields, above the buttons. */
  footer?: JSX.Element;
  /** A dialog that only shows something (no submit button). */
  readOnly?: boolean;
  /** More buttons, left of 取消 (e.g. 下載). */
  actions?: JSX.Element;
  onSubmit?: () => Promise<boolean>;
  onClose: () => void;
  children: JSX.Element;
}) {
  let dialog!: HTMLDialogElement;
  const [busy, setBusy] = createSignal(false);
  const id = `form-dialog-${Math.random().toString(36).slice(2, 8)}`;

  createEffect(() => {
    if (props.open && !dialog.open) dialog.showModal();
    else if (!props.open && dialog.open) dialog.close();
  });

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    if (busy() || !props.onSubmit) return;
    setBusy(true);
    try {
      if (await props.onSubmit()) props.onClose();
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      class="dialog"
      classList={{ 'dialog--wide': !!props.wide }}
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        if (busy()) e.preventDefault();
      }}
      onClose={() => props.open && props.onClose()}
    >
      <form class="dialog__form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{props.title}</h2>
        <FormError message={props.error} />
        <div class="dialog__body">
          <Show when={props.open}>{props.children}</Show>
        </div>
        {props.footer}
        <div class="dialog__actions">
          {props.actions}
          <button type="button" class="button" disabled={busy()} onClick={() => props.onClose()}>
            {props.readOnly ? t('contacts.close') : t('common.cancel')}
          </button>
          <Show when={!props.readOnly}>
            <button
              type="submit"
              class="button"
              classList={{ 'button--primary': !props.danger, 'button--danger': !!props.danger }}
              disabled={busy()}
              aria-busy={busy()}
            >
              {busy() ? t('contacts.saving') : props.submitLabel}
            </button>
          </Show>
        </div>
      </form>
    </dialog>
  );
}
