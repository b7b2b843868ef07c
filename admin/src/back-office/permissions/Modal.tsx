import { createEffect, createSignal, type JSX, Show, Suspense } from 'solid-js';
import { t } from '../../lib/i18n';

/**
 * A modal form of these screens: title, fields, 取消 and the submit button. It stays open while
 * `onSubmit` runs and shows its refusal above the buttons; `onSubmit` resolving true closes it.
 * Escape and 取消 close it unless it is busy.
 */
export default function Modal(props: {
  open: boolean;
  title: string;
  submitLabel: string;
  /** A refusal that names no field, shown above the buttons. */
  error?: string;
  wide?: boolean;
  danger?: boolean;
  submitDisabled?: boolean;
  onSubmit: () => Promise<boolean>;
  onClose: () => void;
  children: JSX.Element;
}) {
  let dialog!: HTMLDialogElement;
  const [busy, setBusy] = createSignal(false);
  const id = `pm-modal-${Math.random().toString(36).slice(2, 8)}`;

  createEffect(() => {
    if (props.open && !dialog.open) dialog.showModal();
    else if (!props.open && dialog.open) dialog.close();
  });

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    if (busy()) return;
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
      class="dialog pm-modal"
      classList={{ 'pm-modal--wide': !!props.wide }}
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        if (busy()) e.preventDefault();
      }}
      onClose={() => props.open && props.onClose()}
    >
      <form class="pm-modal__form" onSubmit={submit} novalidate>
        <h2 id={`${id}-title`} class="pm-modal__title">
          {props.title}
        </h2>
        <div class="pm-modal__body">
          {/* the dialog's own loading line: a lookup in it must not blank the screen behind */}
          <Suspense fallback={<p class="loading">{t('common.loading')}</p>}>{props.open && props.children}</Suspense>
        </div>
        <Show when={props.error}>
          <p class="form-error pm-modal__error" role="alert">
            {props.error}
          </p>
        </Show>
        <div class="dialog__actions pm-modal__actions">
          <button type="button" class="button" disabled={busy()} onClick={() => props.onClose()}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            class="button"
            classList={{ 'button--danger': !!props.danger, 'button--primary': !props.danger }}
            disabled={busy() || !!props.submitDisabled}
            aria-busy={busy()}
          >
            {busy() ? t('perm.saving') : props.submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
