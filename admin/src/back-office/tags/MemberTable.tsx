import { For } from 'solid-js';
import { t } from '../../lib/i18n';
import type { TagMember } from '../../lib/tags-client';
import MemberState from './MemberState';
import EmptyRow from '../../components/EmptyRow';
import RowButton from '../../components/RowButton';
import TableShell from '../../components/TableShell';

/** The members of a tag on one page: who, title, departments, identity, state, 移除. */
export default function MemberTable(props: {
  items: TagMember[] | undefined;
  searching: boolean;
  /** How a department reads (with its section when two share a name). */
  label: (d: { id: string; name: string }) => string;
  onRemove: (m: TagMember) => void;
}) {
  return (
    <TableShell
      class="table--dense"
      columns={[t('members.name'), t('contacts.jobTitle'), t('contacts.departments'), t('tags.identities'), t('members.status'), t('common.actions')]}
    >
      <For each={props.items} fallback={<EmptyRow columns={6}>{props.searching ? t('common.empty') : t('tags.noMembers')}</EmptyRow>}>
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
              <RowButton label={t('tags.remove')} name={m.name} danger onClick={() => props.onRemove(m)} />
            </td>
          </tr>
        )}
      </For>
    </TableShell>
  );
}
