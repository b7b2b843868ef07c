import { For, Show } from 'solid-js';
import { formatDateTime, t } from '../../lib/i18n';
import type { NoticeSummary } from '../../lib/notices-client';
import Modal from '../permissions/Modal';

/**
 * 提交 → 確認 (N-01): who receives the notice (by class), CC, form, when it is sent and when it
 * arrives (quiet hours); 確認 sends it.
 */
export default function SummaryDialog(props: { title: string; summary: NoticeSummary | null; error: string; onSend: () => Promise<boolean>; onClose: () => void }) {
  return (
    <Modal open={!!props.summary} title={t('nt.summaryTitle')} submitLabel={t('nt.confirm')} error={props.error} onSubmit={props.onSend} onClose={props.onClose}>
      <Show when={props.summary}>
        {(s) => (
          <div class="nt-summary">
            <p>
              <strong>{props.title}</strong>
            </p>
            <p data-testid="nt-summary-count">{t('nt.summaryRecipients', { n: s().recipients, students: s().students, parents: s().parents, accounts: s().studentAccounts })}</p>
            <Show when={s().students > s().reachedStudents}>
              <p class="nt-warn">{t('nt.summaryUnreached', { n: s().students - s().reachedStudents })}</p>
            </Show>
            <ul>
              <For each={s().byClass}>
                {(c) => (
                  <li>
                    {c.className}: {c.students} {t('nt.student')} / {c.recipients} {t('nt.member')}
                  </li>
                )}
              </For>
            </ul>
            <Show when={s().cc > 0}>
              <p>{t('nt.summaryCc', { n: s().cc })}</p>
            </Show>
            <Show when={s().hasForm}>
              <p>{t('nt.summaryForm')}</p>
            </Show>
            <p>{t('nt.summarySendAt', { at: formatDateTime(s().sendAt) })}</p>
            <Show when={s().heldByQuietHours} fallback={<p>{t('nt.summaryDeliverAt', { at: formatDateTime(s().deliverAt) })}</p>}>
              <p class="nt-warn">{t('nt.summaryQuiet', { at: formatDateTime(s().deliverAt) })}</p>
            </Show>
          </div>
        )}
      </Show>
    </Modal>
  );
}
