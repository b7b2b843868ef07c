import { createAsync, query, revalidate, useIsRouting, useParams } from '@solidjs/router';
import { createSignal, For } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import EmptyRow from '../../components/EmptyRow';
import FilterSelect from '../../components/FilterSelect';
import ListPager from '../../components/ListPager';
import SearchBox from '../../components/SearchBox';
import StatusNote from '../../components/StatusNote';
import TableShell from '../../components/TableShell';
import { type Member, schoolApi } from '../../lib/client';
import { contactsApi, type MemberQuery } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { useSession } from '../../lib/session';
import { filterOf } from '../contacts/DepartmentMembers';
import { departmentLabeler } from '../contacts/department-labels';
import { departmentTree } from '../contacts/queries';
import MemberFormDialog from './MemberFormDialog';
import MemberRow, { type MemberAction } from './MemberRow';
import '../contacts/contacts.css';

// with each member's departments (the contacts API's list)
const listMembers = query((school: string, filter: MemberQuery) => contactsApi(school).staff.list(filter), 'members');

const KINDS = ['staff', 'parent', 'student'] as const;

// The words of each action: the question, its button, and the note once done.
const WORDS = {
  disable: { title: 'members.confirmDisableTitle', body: 'members.confirmDisable', label: 'members.disable', done: 'members.disabled' },
  enable: { title: 'members.confirmEnableTitle', body: 'members.confirmEnable', label: 'members.enable', done: 'members.enabled' },
  remove: { title: 'members.confirmRemoveTitle', body: 'members.confirmRemove', label: 'members.remove', done: 'members.removed' },
} as const;
const STATUSES = ['active', 'disabled'] as const;

/**
 * 通訊錄 / 成員: every member of the school, searchable and paged, filtered by kind, status,
 * department (and those below it) and 未加入 / 未激活; 添加成員, edit staff, disable, enable, remove.
 */
export default function Members() {
  const params = useParams<{ school: string }>();
  const list = useListParams(['kind', 'status', 'dept', 'filter'] as const);
  const page = createAsync(() => {
    const { dept, filter, ...rest } = list.query();
    return listMembers(params.school, { ...rest, departmentId: dept || undefined, ...filterOf(filter) });
  });
  const tree = createAsync(() => departmentTree(params.school));
  const [editing, setEditing] = createSignal<string | null>(null);
  const session = useSession();
  const routing = useIsRouting();
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const [notice, setNotice] = createSignal('');

  function ask(member: Member, action: Exclude<MemberAction, 'edit'>) {
    const api = schoolApi(params.school).members;
    const name = member.name;
    const words = WORDS[action];
    setNotice('');
    setRequest({
      title: t(words.title),
      body: t(words.body, { name }),
      confirmLabel: t(words.label),
      danger: action !== 'enable',
      run: async () => {
        await api[action](member.id);
        setNotice(t(words.done, { name }));
        // The last row of a page gone: step back rather than show an empty page.
        const current = page();
        if (action === 'remove' && current && current.items.length === 1 && current.page > 1) list.setPage(current.page - 1);
        await revalidate(listMembers.key);
      },
    });
  }

  return (
    <section aria-labelledby="members-title">
      <div class="page-head">
        <h1 id="members-title">{t('members.title')}</h1>
        <button type="button" class="button button--primary" onClick={() => setEditing('new')}>
          {t('contacts.addMember')}
        </button>
      </div>
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('members.search')} onSearch={(q) => list.setFilter('q', q)} />
        <FilterSelect
          label={t('members.kind')}
          value={list.query().kind}
          options={[{ value: '', label: t('common.all') }, ...KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
          onChange={(v) => list.setFilter('kind', v)}
        />
        <FilterSelect
          label={t('members.status')}
          value={list.query().status}
          options={[{ value: '', label: t('common.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
          onChange={(v) => list.setFilter('status', v)}
        />
        <label class="toolbar__filter">
          {t('contacts.departments')}:
          <select value={list.query().dept} onChange={(e) => list.setFilter('dept', e.currentTarget.value)}>
            <option value="">{t('contacts.allDepartments')}</option>
            <For each={tree()?.items.filter((d) => d.depth > 0)}>
              {(d) => <option value={d.id}>{`${'\u3000'.repeat(d.depth - 1)}${d.name}`}</option>}
            </For>
          </select>
        </label>
        <FilterSelect
          label={t('contacts.filter')}
          value={list.query().filter}
          options={[{ value: '', label: t('common.all') }, { value: 'not-joined', label: t('contacts.notJoined') }, { value: 'not-activated', label: t('contacts.notActivated') }]}
          onChange={(v) => list.setFilter('filter', v)}
        />
      </div>
      <StatusNote>{notice()}</StatusNote>
      <TableShell
        class="table--dense"
        busy={routing()}
        columns={[t('members.name'), t('members.kind'), t('contacts.departments'), t('members.phone'), t('members.account'), t('members.identity'), t('members.status'), t('members.joinedAt'), t('common.actions')]}
      >
        <For each={page()?.items} fallback={<EmptyRow columns={9} />}>
          {(member) => (
            <MemberRow
              school={params.school}
              member={member}
              departmentLabel={departmentLabeler(tree()?.items ?? [])}
              selfId={session()?.member.id}
              onAction={(a) => (a === 'edit' ? setEditing(member.id) : ask(member, a))}
            />
          )}
        </For>
      </TableShell>
      <ListPager page={page()} list={list} />
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
      <MemberFormDialog
        school={params.school}
        target={editing()}
        departments={tree()?.items ?? []}
        onClose={() => setEditing(null)}
        onSaved={(name, created) => {
          setNotice(t(created ? 'contacts.memberAdded' : 'contacts.memberSaved', { name }));
          void revalidate([listMembers.key, departmentTree.key]);
        }}
      />
    </section>
  );
}
