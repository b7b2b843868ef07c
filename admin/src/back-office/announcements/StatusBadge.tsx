import { t } from '../../lib/i18n';
import type { AnnouncementStatus } from '../../lib/announcements-client';

/** 已發送 / 定時發送 / 草稿 / 已撤回, as a badge. */
export function StatusBadge(props: { status: AnnouncementStatus }) {
  return (
    <span class="badge an-badge" classList={{ 'badge--active': props.status === 'sent', 'badge--disabled': props.status === 'recalled', [`an-badge--${props.status}`]: true }}>
      {t(`an.st.${props.status}`)}
    </span>
  );
}
