import { createAsync, revalidate, useIsRouting } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import EmptyRow from '../../components/EmptyRow';
import FilterSelect from '../../components/FilterSelect';
import FormError from '../../components/FormError';
import ListPager from '../../components/ListPager';
import RowButton from '../../components/RowButton';
import SearchBox from '../../components/SearchBox';
import TableShell from '../../components/TableShell';
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
        <FilterSelect
          label={t('contacts.filter')}
          value={props.list.query().filter}
          options={[{ value: '', label: t('common.all') }, { value: 'not-joined', label: t('contacts.notJoined') }, { value: 'not-activated', label: t('contacts.notActivated') }]}
          onChange={(v) => props.list.setFilter('filter', v)}
        />
      </div>
      <FormError message={error()} />
      <TableShell
        class="table--dense"
        busy={routing()}
        columns={[t('members.name'), t('contacts.jobTitle'), t('contacts.departments'), t('members.phone'), t('contacts.isHead'), t('members.status'), t('common.actions')]}
      >
        <For
          each={page()?.items}
          fallback={<EmptyRow columns={7}>{props.list.query().q || props.list.query().filter ? t('common.empty') : t('contacts.noMembers')}</EmptyRow>}
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
                  <RowButton label={t('contacts.edit')} name={m.name} onClick={() => props.onEdit(m.id)} />
                  <Show when={!m.joinedAt && m.status === 'active'}>
                    <RowButton label={t('contacts.inviteOne')} name={m.name} onClick={() => inviteOne(m)} />
                  </Show>
                </div>
              </td>
            </tr>
          )}
        </For>
      </TableShell>
      <ListPager page={page()} list={props.list} />
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </div>
  );
}
