import { Show } from 'solid-js';
import { t } from '../../lib/i18n';
import type { NoticeItem } from '../../lib/notices-client';

/** 已發送 / 已關閉 / 已回收 / 定時發送, as a badge. */
export function StatusBadge(props: { notice: Pick<NoticeItem, 'status' | 'closed'> }) {
  const key = () => (props.notice.status === 'sent' && props.notice.closed ? 'closed' : props.notice.status);
  return (
    <span class="badge" classList={{ 'badge--active': key() === 'sent', 'badge--disabled': key() !== 'sent' }}>
      {t(`nt.st.${key()}` as 'nt.st.sent')}
    </span>
  );
}

/** The icon that tells a notice with a form from one without (N-02). */
export function FormIcon(props: { hasForm: boolean }) {
  return (
    <span class="nt-icon" classList={{ 'nt-icon--form': props.hasForm }} title={t(props.hasForm ? 'nt.formIcon' : 'nt.noFormIcon')}>
      <Show when={props.hasForm} fallback={<span aria-hidden="true">✉</span>}>
        <span aria-hidden="true">☑</span>
      </Show>
      <span class="visually-hidden">{t(props.hasForm ? 'nt.formIcon' : 'nt.noFormIcon')}</span>
    </span>
  );
}
