import { createAsync, query, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import EmptyRow from '../../components/EmptyRow';
import FilterSelect from '../../components/FilterSelect';
import ListPager from '../../components/ListPager';
import SearchBox from '../../components/SearchBox';
import StatusNote from '../../components/StatusNote';
import TableShell from '../../components/TableShell';
import { homeworkApi, type Subject, type SubjectQuery } from '../../lib/homework-client';
import { t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { useSession } from '../../lib/session';
import { enabledSubjects } from '../homework/queries';
import SubjectDialog from './SubjectDialog';
import '../contacts/contacts.css';
import '../homework/homework.css';

const listSubjects = query((school: string, q: SubjectQuery) => homeworkApi(school).subjects.list(q), 'subjects');

/** 科目管理 (TT-07, manual §5): 科目 編碼 狀態 操作; super admins add, edit, enable and disable. */
export default function Subjects() {
  const params = useParams<{ school: string }>();
  const session = useSession();
  const list = useListParams(['enabled'] as const);
  const page = createAsync(() => listSubjects(params.school, { ...list.query(), enabled: list.query().enabled as SubjectQuery['enabled'] }));
  const manages = () => ['creator', 'super'].includes(session()?.member.adminRole ?? '');
  const [editing, setEditing] = createSignal<Subject | 'new' | null>(null);
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const [note, setNote] = createSignal('');

  const refresh = () => revalidate([listSubjects.key, enabledSubjects.key]);

  function toggle(s: Subject) {
    setRequest({
      title: t(s.enabled ? 'hw.subj.disableTitle' : 'hw.subj.enableTitle'),
      body: t(s.enabled ? 'hw.subj.disableBody' : 'hw.subj.enableBody', { name: s.name }),
      confirmLabel: t(s.enabled ? 'hw.subj.disable' : 'hw.subj.enable'),
      danger: s.enabled,
      run: async () => {
        await homeworkApi(params.school).subjects.update(s.id, { enabled: !s.enabled });
        setNote(t('hw.subj.saved', { name: s.name }));
        await refresh();
      },
    });
  }

  return (
    <div class="hw-screen">
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('hw.subj.search')} onSearch={(q) => list.setFilter('q', q)} />
        <FilterSelect
          label={t('hw.status')}
          value={list.query().enabled}
          options={[{ value: '', label: t('hw.all') }, { value: '1', label: t('hw.subj.enabled') }, { value: '0', label: t('hw.subj.disabled') }]}
          onChange={(v) => list.setFilter('enabled', v)}
        />
        <span class="toolbar__spacer" />
        <Show when={manages()}>
          <button type="button" class="button button--primary" onClick={() => setEditing('new')}>
            + {t('hw.add')}
          </button>
        </Show>
      </div>
      <StatusNote>{note()}</StatusNote>
      <TableShell columns={[t('hw.subj.name'), t('hw.subj.code'), t('hw.status'), manages() && t('hw.actions')]}>
        <For each={page()?.items} fallback={<EmptyRow columns={4} />}>
          {(s) => (
            <tr classList={{ 'row--muted': !s.enabled }}>
              <th scope="row">{s.name}</th>
              <td>
                <span class="code-tag">{s.code}</span>
              </td>
              <td>
                <span class="badge" classList={{ 'badge--active': s.enabled, 'badge--disabled': !s.enabled }}>
                  {t(s.enabled ? 'hw.subj.enabled' : 'hw.subj.disabled')}
                </span>
              </td>
              <Show when={manages()}>
                <td class="actions">
                  <div class="actions__row">
                    <button type="button" class="button button--small" onClick={() => setEditing(s)} aria-label={`${t('hw.edit')} ${s.name}`}>
                      {t('hw.edit')}
                    </button>
                    <button
                      type="button"
                      class="button button--small"
                      classList={{ 'button--danger-text': s.enabled }}
                      onClick={() => toggle(s)}
                      aria-label={`${t(s.enabled ? 'hw.subj.disable' : 'hw.subj.enable')} ${s.name}`}
                    >
                      {t(s.enabled ? 'hw.subj.disable' : 'hw.subj.enable')}
                    </button>
                  </div>
                </td>
              </Show>
            </tr>
          )}
        </For>
      </TableShell>
      <ListPager page={page()} list={list} />
      <p class="hw-note">{manages() ? t('hw.subj.note') : `${t('hw.subj.note')} ${t('hw.subj.readOnly')}`}</p>
      <SubjectDialog
        school={params.school}
        subject={editing()}
        onClose={() => setEditing(null)}
        onSaved={async (s) => {
          setNote(t('hw.subj.saved', { name: s.name }));
          await refresh();
        }}
      />
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </div>
  );
}
