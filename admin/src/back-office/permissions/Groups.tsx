import { createAsync, revalidate, useIsRouting, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import EmptyRow from '../../components/EmptyRow';
import Icon from '../../components/Icon';
import ListPager from '../../components/ListPager';
import RowButton from '../../components/RowButton';
import SearchBox from '../../components/SearchBox';
import StatusNote from '../../components/StatusNote';
import TableShell from '../../components/TableShell';
import { formatDateTime, t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { type AdminGroup, permissionsApi } from '../../lib/permissions-client';
import GroupDialog from './GroupDialog';
import { listAdmins, listGroups } from './queries';
import ScopeSummary, { useScopeSources } from './ScopeSummary';
import './permissions.css';

/** 權限管理 / 管理組 (ADM-01): groups that lend one scope to several scoped admins. */
export default function Groups() {
  const params = useParams<{ school: string }>();
  const list = useListParams([] as const, 20);
  const page = createAsync(() => listGroups(params.school, list.query()));
  const sources = useScopeSources(() => params.school);
  const routing = useIsRouting();
  const [editing, setEditing] = createSignal<{ group: AdminGroup | null } | null>(null);
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const [notice, setNotice] = createSignal('');
  const empty = () => page()?.total === 0 && !list.query().q;

  function remove(group: AdminGroup) {
    setNotice('');
    setRequest({
      title: t('perm.deleteGroupTitle'),
      body: t('perm.deleteGroupBody', { name: group.name }),
      confirmLabel: t('perm.delete'),
      danger: true,
      run: async () => {
        await permissionsApi(params.school).roles.deleteGroup(group.id);
        setNotice(t('perm.groupDeleted', { name: group.name }));
        const current = page();
        if (current && current.items.length === 1 && current.page > 1) list.setPage(current.page - 1);
        await revalidate([listGroups.key, listAdmins.key]);
      },
    });
  }

  return (
    <section aria-labelledby="groups-title">
      <div class="pm-head">
        <div>
          <h1 id="groups-title">{t('perm.groupsTitle')}</h1>
          <p class="muted pm-head__intro">{t('perm.groupsIntro')}</p>
        </div>
        <button type="button" class="button button--primary" onClick={() => (setNotice(''), setEditing({ group: null }))}>
          + {t('perm.addGroup')}
        </button>
      </div>
      <Show
        when={!empty()}
        fallback={
          <div class="panel empty-state">
            <Icon name="users" size={40} class="empty-state__icon" />
            <h2>{t('perm.noGroups')}</h2>
            <p class="muted">{t('perm.noGroupsHint')}</p>
            <button type="button" class="button button--primary" onClick={() => setEditing({ group: null })}>
              + {t('perm.addGroup')}
            </button>
          </div>
        }
      >
        <div class="toolbar">
          <SearchBox value={list.query().q} placeholder={t('perm.searchGroups')} onSearch={(q) => list.setFilter('q', q)} />
        </div>
        <StatusNote>{notice()}</StatusNote>
        <TableShell busy={routing()} columns={[t('perm.groupName'), t('perm.scope'), t('perm.groupMembers'), t('perm.createdAt'), t('common.actions')]}>
          <For each={page()?.items} fallback={<EmptyRow columns={5} />}>
            {(group) => (
              <tr>
                <th scope="row">{group.name}</th>
                <td>
                  <ScopeSummary scope={group.scope} sources={sources()} />
                </td>
                <td>
                  <Show when={group.members.length > 0} fallback={<span class="muted">{t('perm.noMembers')}</span>}>
                    {group.members.map((m) => m.name).join('、')}
                  </Show>
                </td>
                <td class="nowrap">{formatDateTime(group.createdAt)}</td>
                <td class="actions">
                  <div class="actions__row">
                    <RowButton label={t('perm.edit')} name={group.name} onClick={() => (setNotice(''), setEditing({ group }))} />
                    <RowButton label={t('perm.delete')} name={group.name} danger onClick={() => remove(group)} />
                  </div>
                </td>
              </tr>
            )}
          </For>
        </TableShell>
        <ListPager page={page()} list={list} />
      </Show>
      <Show when={empty() && notice()}>
        <StatusNote>{notice()}</StatusNote>
      </Show>
      <Show when={editing()}>
        {(state) => (
          <GroupDialog
            group={state().group}
            sources={sources()}
            onClose={() => setEditing(null)}
            onSaved={async (name) => {
              // read before waiting: the dialog (and this Show's value) is gone by then
              const done = t(state().group ? 'perm.groupUpdated' : 'perm.groupAdded', { name });
              await revalidate([listGroups.key, listAdmins.key]);
              setNotice(done);
            }}
          />
        )}
      </Show>
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </section>
  );
}
