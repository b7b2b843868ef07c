import { For } from 'solid-js';
import { t } from '../../lib/i18n';
import type { TagMember } from '../../lib/tags-client';
import MemberState from './MemberState';

/** The members of a tag on one page: who, title, departments, identity, state, 移除. */
export default function MemberTable(props: {
  items: TagMember[] | undefined;
  searching: boolean;
  /** How a department reads (with its section when two share a name). */
  label: (d: { id: string; name: string }) => string;
  onRemove: (m: TagMember) => void;
}) {
  return (
    <div class="table-wrap">
      <table class="table table--dense">
        <thead>
          <tr>
            <th scope="col">{t('members.name')}</th>
            <th scope="col">{t('contacts.jobTitle')}</th>
            <th scope="col">{t('contacts.departments')}</th>
            <th scope="col">{t('tags.identities')}</th>
            <th scope="col">{t('members.status')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.items} fallback={<tr><td colspan="6" class="table__empty">{props.searching ? t('common.empty') : t('tags.noMembers')}</td></tr>}>
            {(m) => (
              <tr classList={{ 'row--muted': m.status === 'disabled' }}>
                <th scope="row">
                  <span class="tg-member">
                    <span class="avatar avatar--small" aria-hidden="true">
                      {m.name.slice(0, 1)}
                    </span>
                    {m.name}
                  </span>
                </th>
                <td class="cell-title">{m.title || '—'}</td>
                <td class="cell-wrap">{m.departments.map(props.label).join('、') || '—'}</td>
                <td class="nowrap">{m.identities.map((i) => t(`tags.identity.${i}`)).join('、') || '—'}</td>
                <td>
                  <MemberState member={m} />
                </td>
                <td class="actions">
                  <button type="button" class="button button--small button--danger-text" onClick={() => props.onRemove(m)}>
                    {t('tags.remove')}
                    <span class="visually-hidden"> {m.name}</span>
                  </button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
