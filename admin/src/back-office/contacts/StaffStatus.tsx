import type { Member } from '../../lib/client';
import { t } from '../../lib/i18n';

type Status = Pick<Member, 'status' | 'joinedAt'> & { activatedAt?: string | null };

/** Where a staff member stands: 已停用, 未加入 (never joined), 未激活 (never signed in) or 已加入. */
export default function StaffStatus(props: { member: Status }) {
  const state = () => {
    const m = props.member;
    if (m.status === 'disabled') return { cls: 'disabled', label: t('status.disabled') };
    if (!m.joinedAt) return { cls: 'pending', label: t('contacts.notJoined') };
    if (m.activatedAt === null) return { cls: 'quiet', label: t('contacts.notActivated') };
    return { cls: 'active', label: t('contacts.joined') };
  };
  return <span class={`badge badge--${state().cls}`}>{state().label}</span>;
}
