import { Show } from 'solid-js';
import type { Member } from '../../lib/client';
import { formatDateTime, hasKey, t } from '../../lib/i18n';
import { roleKey } from '../../lib/session';

export type MemberAction = 'disable' | 'enable' | 'remove';

/** One member in the table, with the actions an admin may take on them. */
export default function MemberRow(props: { member: Member; selfId?: string; onAction: (action: MemberAction) => void }) {
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
      <td>{label(`kind.${m().kind}`)}</td>
      <td class="nowrap">{m().phone ? `+${m().areaCode ?? ''} ${m().phone}` : '—'}</td>
      <td>{m().account || '—'}</td>
      <td>{identities()}</td>
      <td>{m().adminRole ? t(roleKey(m().adminRole)) : '—'}</td>
      <td>
        <span class={`badge badge--${m().status}`}>{label(`status.${m().status}`)}</span>
      </td>
      <td class="nowrap">{formatDateTime(m().joinedAt) || '—'}</td>
      <td class="actions">
        <Show when={!locked()} fallback={<span class="muted">—</span>}>
          <div class="actions__row">
            <Show
              when={disabled()}
              fallback={
                <button type="button" class="button button--small" onClick={() => props.onAction('disable')}>
                  {t('members.disable')}
                  <span class="visually-hidden"> {m().name}</span>
                </button>
              }
            >
              <button type="button" class="button button--small" onClick={() => props.onAction('enable')}>
                {t('members.enable')}
                <span class="visually-hidden"> {m().name}</span>
              </button>
            </Show>
            <button type="button" class="button button--small button--danger-text" onClick={() => props.onAction('remove')}>
              {t('members.remove')}
              <span class="visually-hidden"> {m().name}</span>
            </button>
          </div>
        </Show>
      </td>
    </tr>
  );
}
