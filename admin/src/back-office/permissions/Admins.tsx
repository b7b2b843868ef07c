import { createAsync, revalidate, useIsRouting, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import EmptyRow from '../../components/EmptyRow';
import FilterSelect from '../../components/FilterSelect';
import ListPager from '../../components/ListPager';
import RowButton from '../../components/RowButton';
import SearchBox from '../../components/SearchBox';
import StatusNote from '../../components/StatusNote';
import TableShell from '../../components/TableShell';
import { t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { type Admin, permissionsApi } from '../../lib/permissions-client';
import { roleKey, useSession } from '../../lib/session';
import AdminDialog from './AdminDialog';
import CreatorZone from './CreatorZone';
import PermissionTableView from './PermissionTableView';
import { listAdmins, myPermissions } from './queries';
import ScopeSummary, { useScopeSources } from './ScopeSummary';
import './permissions.css';

const ROLES = ['creator', 'super', 'scoped'] as const;

/**
 * 權限管理 / 管理員 (ADM-01, manual §15): the creator first, then super and scoped admins with
 * their scopes and groups; add, edit, remove; the §15 table; the creator's own actions.
 */
export default function Admins() {
  const params = useParams<{ school: string }>();
  const list = useListParams(['role'] as const, 20);
  const page = createAsync(() => listAdmins(params.school, list.query()));
  const me = createAsync(() => myPermissions(params.school));
  const sources = useScopeSources(() => params.school);
  const session = useSession();
  const routing = useIsRouting();
  const [editing, setEditing] = createSignal<{ admin: Admin | null } | null>(null);
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const [notice, setNotice] = createSignal('');

  function remove(admin: Admin) {
    const self = admin.member.id === session()?.member.id;
    setNotice('');
    setRequest({
      title: t('perm.removeTitle'),
      body: t(self ? 'perm.removeSelf' : 'perm.removeBody', { name: admin.member.name }),
      confirmLabel: t('perm.remove'),
      danger: true,
      run: async () => {
        await permissionsApi(params.school).roles.removeAdmin(admin.member.id);
        if (self) return window.location.assign(`/admin/${params.school}`);
        setNotice(t('perm.removed', { name: admin.member.name }));
        const current = page();
        if (current && current.items.length === 1 && current.page > 1) list.setPage(current.page - 1);
        await revalidate(listAdmins.key);
      },
    });
  }

  return (
    <section aria-labelledby="admins-title">
      <div class="pm-head">
        <div>
          <h1 id="admins-title">{t('perm.adminsTitle')}</h1>
          <p class="muted pm-head__intro">{t('perm.adminsIntro')}</p>
        </div>
        <button type="button" class="button button--primary" onClick={() => (setNotice(''), setEditing({ admin: null }))}>
          + {t('perm.addAdmin')}
        </button>
      </div>
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('perm.searchAdmins')} onSearch={(q) => list.setFilter('q', q)} />
        <FilterSelect
          label={t('perm.role')}
          value={list.query().role}
          options={[{ value: '', label: t('common.all') }, ...ROLES.map((r) => ({ value: r, label: t(roleKey(r)) }))]}
          onChange={(v) => list.setFilter('role', v)}
        />
      </div>
      <StatusNote>{notice()}</StatusNote>
      <TableShell class="pm-admins" busy={routing()} columns={[t('perm.member'), t('perm.role'), t('perm.scope'), t('perm.groups'), t('common.actions')]}>
        <For each={page()?.items} fallback={<EmptyRow columns={5} />}>
          {(admin) => (
            <tr>
              <th scope="row">
                <span class="pm-person">
                  <span class="avatar" aria-hidden="true">
                    {admin.member.name.slice(0, 1)}
                  </span>
                  <span>
                    {admin.member.name}
                    <Show when={admin.member.id === session()?.member.id}>
                      <span class="pm-you">{t('perm.you')}</span>
                    </Show>
                    <small>{admin.member.title || '—'}</small>
                  </span>
                </span>
              </th>
              <td>
                <span class={`badge pm-role-badge pm-role-badge--${admin.role}`}>{t(roleKey(admin.role))}</span>
              </td>
              <td>
                <Show when={admin.role === 'scoped'} fallback={<span>{t('perm.scopeAll')}</span>}>
                  <ScopeSummary scope={admin.scope} sources={sources()} />
                </Show>
              </td>
              <td>
                <Show when={admin.groups.length > 0} fallback={<span class="muted">—</span>}>
                  {admin.groups.map((g) => g.name).join('、')}
                </Show>
              </td>
              <td class="actions">
                <Show when={admin.role !== 'creator'} fallback={<span class="muted pm-locked">{t('perm.creatorLocked')}</span>}>
                  <div class="actions__row">
                    <RowButton label={t('perm.edit')} name={admin.member.name} onClick={() => (setNotice(''), setEditing({ admin }))} />
                    <RowButton label={t('perm.remove')} name={admin.member.name} danger onClick={() => remove(admin)} />
                  </div>
                </Show>
              </td>
            </tr>
          )}
        </For>
      </TableShell>
      <ListPager page={page()} list={list} />

      <PermissionTableView current={me()?.role} />
      <Show when={me()?.canTransferCreator || me()?.canDissolve}>
        <CreatorZone onNotice={setNotice} ask={setRequest} />
      </Show>

      <Show when={editing()}>
        {(state) => (
          <AdminDialog
            open
            admin={state().admin}
            sources={sources()}
            onClose={() => setEditing(null)}
            onSaved={async (name) => {
              // read before waiting: the dialog (and this Show's value) is gone by then
              const done = t(state().admin ? 'perm.updated' : 'perm.added', { name });
              await revalidate(listAdmins.key);
              setNotice(done);
            }}
          />
        )}
      </Show>
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </section>
  );
}
