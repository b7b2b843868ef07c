import { createAsync, revalidate, useIsRouting } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import Pager from '../../components/Pager';
import SearchBox from '../../components/SearchBox';
import { contactsApi, type StaffMember } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import type { useListParams } from '../../lib/list-params';
import Confidential from './Confidential';
import { staffMembers } from './queries';
import { saveFile } from './save-file';
import StaffStatus from './StaffStatus';

type ListParams = ReturnType<typeof useListParams<'dept' | 'filter'>>;

/** 篩選: everyone, 未加入 (never joined) or 未激活 (never signed in). */
export const MEMBER_FILTERS = { '': {}, 'not-joined': { joined: '0' }, 'not-activated': { activated: '0' } } as const;
export type MemberFilter = keyof typeof MEMBER_FILTERS;
export const filterOf = (value: string) => MEMBER_FILTERS[(value in MEMBER_FILTERS ? value : '') as MemberFilter];

/**
 * The members of a department and its sub-departments: search, 未加入 / 未激活, paging;
 * 添加成員, 編輯, 再次邀請 (one, or everyone not joined, after a confirmation with the count),
 * 導出 (the same filters, as Excel).
 */
export default function DepartmentMembers(props: {
  school: string;
  departmentId: string;
  /** Names a department (with its parent when the name repeats). */
  label: (d: { id: string; name: string }) => string;
  list: ListParams;
  onNotice: (text: string) => void;
  onAdd: () => void;
  onEdit: (id: string) => void;
}) {
  const api = () => contactsApi(props.school).staff;
  const routing = useIsRouting();
  const filters = () => ({ q: props.list.query().q, departmentId: props.departmentId, ...filterOf(props.list.query().filter) });
  const page = createAsync(() =>
    staffMembers(props.school, { ...filters(), kind: 'staff', page: props.list.query().page, pageSize: props.list.query().pageSize }),
  );
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const [exporting, setExporting] = createSignal(false);
  const [error, setError] = createSignal('');

  function inviteOne(m: StaffMember) {
    setRequest({
      title: t('contacts.inviteAgain'),
      body: t('contacts.confirmInviteOne', { name: m.name }),
      confirmLabel: t('contacts.sendInvite'),
      run: async () => {
        await api().invite(m.id);
        props.onNotice(t('contacts.invitedOne', { name: m.name }));
        await revalidate(staffMembers.key);
      },
    });
  }

  async function inviteAll() {
    setError('');
    try {
      const pending = await api().list({ kind: 'staff', status: 'active', joined: '0', pageSize: 1 });
      if (pending.total === 0) return props.onNotice(t('contacts.noneToInvite'));
      setRequest({
        title: t('contacts.inviteAgainAll'),
        body: t('contacts.confirmInviteAll', { n: pending.total }),
        confirmLabel: t('contacts.sendInvites', { n: pending.total }),
        run: async () => {
          const done = await api().inviteNotJoined();
          props.onNotice(t('contacts.invitedAll', { n: done.count }));
          await revalidate(staffMembers.key);
        },
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function exportExcel() {
    setExporting(true);
    setError('');
    try {
      saveFile(await api().export(filters()));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  }

  return (
    <div class="pane-section">
      <div class="section-bar">
        <h3 class="section-bar__title">
          {t('nav.members')}
          <Show when={page()}>{(p) => <span class="section-bar__count">{p().total}</span>}</Show>
        </h3>
        <div class="section-bar__actions">
          <button type="button" class="button button--primary" onClick={() => props.onAdd()}>
            {t('contacts.addMember')}
          </button>
          <button type="button" class="button" onClick={inviteAll}>
            {t('contacts.inviteAgain')}
          </button>
          <button type="button" class="button" disabled={exporting()} aria-busy={exporting()} onClick={exportExcel}>
            {exporting() ? t('contacts.exporting') : t('contacts.export')}
          </button>
        </div>
      </div>
      <div class="toolbar">
        <SearchBox value={props.list.query().q} placeholder={t('members.search')} onSearch={(q) => props.list.setFilter('q', q)} />
        <label class="toolbar__filter">
          {t('contacts.filter')}:
          <select value={props.list.query().filter} onChange={(e) => props.list.setFilter('filter', e.currentTarget.value)}>
            <option value="">{t('common.all')}</option>
            <option value="not-joined">{t('contacts.notJoined')}</option>
            <option value="not-activated">{t('contacts.notActivated')}</option>
          </select>
        </label>
      </div>
      <Show when={error()}>
        <p class="form-error" role="alert">
          {error()}
        </p>
      </Show>
      <div class="table-wrap" aria-busy={routing()}>
        <table class="table table--dense" classList={{ 'table--stale': routing() }}>
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('contacts.jobTitle')}</th>
              <th scope="col">{t('contacts.departments')}</th>
              <th scope="col">{t('members.phone')}</th>
              <th scope="col">{t('contacts.isHead')}</th>
              <th scope="col">{t('members.status')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={page()?.items}
              fallback={
                <tr>
                  <td colspan="7" class="table__empty">
                    {props.list.query().q || props.list.query().filter ? t('common.empty') : t('contacts.noMembers')}
                  </td>
                </tr>
              }
            >
              {(m) => (
                <tr classList={{ 'row--muted': m.status === 'disabled' }}>
                  <th scope="row">{m.name}</th>
                  <td class="cell-title">{m.title || '—'}</td>
                  <td class="cell-wrap">{m.departments.map(props.label).join('、') || '—'}</td>
                  <td class="nowrap">
                    <Confidential school={props.school} member={m} field="phone">
                      {m.phone ? `+${m.areaCode ?? ''} ${m.phone}` : '—'}
                    </Confidential>
                  </td>
                  <td class="nowrap">{m.departments.some((d) => d.isHead) ? t('common.yes') : t('common.no')}</td>
                  <td>
                    <StaffStatus member={m} />
                  </td>
                  <td class="actions">
                    <div class="actions__row">
                      <button type="button" class="button button--small" onClick={() => props.onEdit(m.id)}>
                        {t('contacts.edit')}
                        <span class="visually-hidden"> {m.name}</span>
                      </button>
                      <Show when={!m.joinedAt && m.status === 'active'}>
                        <button type="button" class="button button--small" onClick={() => inviteOne(m)}>
                          {t('contacts.inviteOne')}
                          <span class="visually-hidden"> {m.name}</span>
                        </button>
                      </Show>
                    </div>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={page()}>
        {(p) => (
          <Pager page={p().page} pageSize={p().pageSize} total={p().total} onPage={props.list.setPage} onPageSize={props.list.setPageSize} />
        )}
      </Show>
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </div>
  );
}
