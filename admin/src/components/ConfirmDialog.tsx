import { createEffect, createSignal, Show } from 'solid-js';
import { t } from '../lib/i18n';

/** What to ask, and what to do once the user says yes. */
export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  run: () => Promise<void>;
}

/**
 * A modal question before an action. It stays open while the action runs and shows its error
 * if it fails; it closes when the action succeeds. Cancel has the focus, so Enter is harmless.
 */
export default function ConfirmDialog(props: { request: ConfirmRequest | null; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');

  createEffect(() => {
    if (props.request) {
      setError('');
      if (!dialog.open) dialog.showModal();
    } else if (dialog.open) {
      dialog.close();
    }
  });

  async function confirm() {
    const request = props.request;
    if (!request || busy()) return;
    setBusy(true);
    setError('');
    try {
      await request.run();
      props.onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(e) => {
        if (busy()) e.preventDefault();
      }}
      onClose={() => props.request && props.onClose()}
    >
      <h2 id="confirm-title">{props.request?.title}</h2>
      <p id="confirm-body">{props.request?.body}</p>
      <Show when={error()}>
        <p class="dialog__error" role="alert">
          {error()}
        </p>
      </Show>
      <div class="dialog__actions">
        <button type="button" class="button" autofocus disabled={busy()} onClick={() => props.onClose()}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          class="button"
          classList={{ 'button--danger': !!props.request?.danger, 'button--primary': !props.request?.danger }}
          disabled={busy()}
          aria-busy={busy()}
          onClick={confirm}
        >
          {props.request?.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
