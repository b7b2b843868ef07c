import { Show } from 'solid-js';
import type { StaffMember } from '../../lib/contacts-client';
import Confidential from '../contacts/Confidential';
import { formatDateTime, hasKey, t } from '../../lib/i18n';
import { roleKey } from '../../lib/session';
import RowButton from '../../components/RowButton';

export type MemberAction = 'edit' | 'disable' | 'enable' | 'remove';

/** One member in the table, with the actions an admin may take on them. */
export default function MemberRow(props: {
  school: string;
  member: StaffMember;
  selfId?: string;
  departmentLabel?: (d: { id: string; name: string }) => string;
  onAction: (action: MemberAction) => void;
}) {
  const m = () => props.member;
  const label = (key: string) => (hasKey(key) ? t(key) : key.split('.').pop());
  const identities = () =>
    [m().isTeacher ? t('identity.teacher') : '', m().isStaff ? t('identity.staff') : ''].filter(Boolean).join('、') || '—';
  // Nobody disables or removes themselves or the creator (that needs a transfer first).
  const locked = () => String(m().id) === String(props.selfId) || m().adminRole === 'creator';
  const disabled = () => m().status === 'disabled';
  return (
    <tr classList={{ 'row--muted': disabled() }}>
      <th scope="row">{m().name}</th>
      <td class="nowrap">{label(`kind.${m().kind}`)}</td>
      <td class="cell-wrap">{m().departments?.map((d) => props.departmentLabel?.(d) ?? d.name).join('、') || '—'}</td>
      <td class="nowrap">
        <Confidential school={props.school} member={m()} field="phone">
          {m().phone ? `+${m().areaCode ?? ''} ${m().phone}` : '—'}
        </Confidential>
      </td>
      <td>
        <Confidential school={props.school} member={m()} field="account">
          {m().account || '—'}
        </Confidential>
      </td>
      <td>
        <span class="cell-stack">
          <span>{identities()}</span>
          <Show when={m().adminRole}>
            <span class="badge badge--role">{t(roleKey(m().adminRole))}</span>
          </Show>
        </span>
      </td>
      <td>
        <span class={`badge badge--${m().status}`}>{label(`status.${m().status}`)}</span>
      </td>
      <td class="nowrap">
        <Show when={m().joinedAt} fallback={<span class="badge badge--pending">{t('contacts.notJoined')}</span>}>
          <time datetime={m().joinedAt ?? ''} title={formatDateTime(m().joinedAt)}>
            {formatDateTime(m().joinedAt).slice(0, 10)}
          </time>
        </Show>
      </td>
      <td class="actions">
        <div class="actions__row">
          <Show when={m().kind === 'staff'}>
            <RowButton label={t('contacts.edit')} name={m().name} onClick={() => props.onAction('edit')} />
          </Show>
          <Show when={!locked()}>
            <Show
              when={disabled()}
              fallback={
                <RowButton label={t('members.disable')} name={m().name} onClick={() => props.onAction('disable')} />
              }
            >
              <RowButton label={t('members.enable')} name={m().name} onClick={() => props.onAction('enable')} />
            </Show>
            <RowButton label={t('members.remove')} name={m().name} danger onClick={() => props.onAction('remove')} />
          </Show>
        </div>
      </td>
    </tr>
  );
}
