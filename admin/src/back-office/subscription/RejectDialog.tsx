import { createEffect, createSignal, Show } from 'solid-js';
import { t } from '../../lib/i18n';

/** Who is being refused, and what to do with the reason once the admin confirms. */
export interface RejectRequest {
  name: string;
  run: (reason: string) => Promise<void>;
}

/**
 * 拒絕 (SUB-01): a modal asking first, with an optional reason that the applicant receives by
 * SMS. It stays open while the refusal runs and shows the API's error if it fails.
 */
export default function RejectDialog(props: { request: RejectRequest | null; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  const [reason, setReason] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');

  createEffect(() => {
    if (props.request) {
      setError('');
      setReason('');
      if (!dialog.open) dialog.showModal();
    } else if (dialog.open) {
      dialog.close();
    }
  });

  async function confirm(e: SubmitEvent) {
    e.preventDefault();
    const request = props.request;
    if (!request || busy()) return;
    setBusy(true);
    setError('');
    try {
      await request.run(reason().trim());
      props.onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} class="dialog" aria-labelledby="reject-title" aria-describedby="reject-body" onCancel={(e) => busy() && e.preventDefault()} onClose={() => props.request && props.onClose()}>
      <form onSubmit={confirm}>
        <h2 id="reject-title">{t('sub.req.rejectTitle')}</h2>
        <p id="reject-body">{t('sub.req.rejectBody', { name: props.request?.name ?? '' })}</p>
        <div class="field">
          <label for="reject-reason">{t('sub.req.reason')}</label>
          <textarea id="reject-reason" class="req__reason" rows="3" maxlength="200" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
        </div>
        <Show when={error()}>
          <p class="dialog__error" role="alert">
            {error()}
          </p>
        </Show>
        <div class="dialog__actions">
          <button type="button" class="button" autofocus disabled={busy()} onClick={() => props.onClose()}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="button button--danger" disabled={busy()} aria-busy={busy()}>
            {t('sub.req.reject')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
