import { t } from '../../lib/i18n';
import type { TagMember } from '../../lib/tags-client';

/** Where a member of a tag stands: 已停用, 未加入 or 已加入. */
export default function MemberState(props: { member: Pick<TagMember, 'status' | 'joined'> }) {
  const state = () => {
    if (props.member.status === 'disabled') return { cls: 'disabled', label: t('status.disabled') };
    if (!props.member.joined) return { cls: 'pending', label: t('contacts.notJoined') };
    return { cls: 'active', label: t('contacts.joined') };
  };
  return <span class={`badge badge--${state().cls}`}>{state().label}</span>;
}
