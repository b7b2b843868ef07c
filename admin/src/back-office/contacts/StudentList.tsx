import { createAsync, useIsRouting } from '@solidjs/router';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import EmptyRow from '../../components/EmptyRow';
import FilterSelect from '../../components/FilterSelect';
import FormError from '../../components/FormError';
import ListPager from '../../components/ListPager';
import RowButton from '../../components/RowButton';
import SearchBox from '../../components/SearchBox';
import { contactsApi, type HomeSchoolTree } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import type { useListParams } from '../../lib/list-params';
import GuardianChips from './GuardianChips';
import ImportDialog from './ImportDialog';
import InviteDialog from './InviteDialog';
import { studentList } from './queries';
import { saveFile } from './save-file';
import SetClassDialog from './SetClassDialog';
import StudentFormDialog from './StudentFormDialog';

type ListParams = ReturnType<typeof useListParams<'node' | 'student' | 'view' | 'joined'>>;

/**
 * The students of a class (or of the whole school) with their parents: search, 已加入 / 未加入,
 * paging; 添加學生家長, 批量導入, 導出, 邀請加入, and 設置所在班級 for the ticked students.
 */
export default function StudentList(props: {
  school: string;
  tree: HomeSchoolTree;
  classId?: string;
  className?: string;
  list: ListParams;
  onOpen: (id: string) => void;
  onNotice: (text: string) => void;
  onChanged: () => Promise<void>;
}) {
  const routing = useIsRouting();
  const q = () => props.list.query();
  const page = createAsync(() =>
    studentList(props.school, { classId: props.classId, q: q().q, joined: q().joined, page: q().page, pageSize: q().pageSize }),
  );
  const [ticked, setTicked] = createSignal<string[]>([]);
  const [dialog, setDialog] = createSignal<'add' | 'import' | 'invite' | 'class' | null>(null);
  const [exporting, setExporting] = createSignal(false);
  const [error, setError] = createSignal('');
  createEffect(on([() => props.classId, () => q().page, () => q().q, () => q().joined], () => setTicked([])));

  const items = () => page()?.items ?? [];
  const allTicked = () => items().length > 0 && items().every((s) => ticked().includes(s.id));
  const tick = (id: string, on: boolean) => setTicked((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  const filtered = () => !!(q().q || q().joined);

  async function exportExcel() {
    setExporting(true);
    setError('');
    try {
      saveFile(await contactsApi(props.school).homeSchool.export(props.classId));
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
          {t('contacts.students')}
          <Show when={page()}>{(p) => <span class="section-bar__count">{p().total}</span>}</Show>
        </h3>
        <div class="section-bar__actions">
          <button type="button" class="button button--primary" disabled={props.tree.campuses.length === 0} onClick={() => setDialog('add')}>
            {t('contacts.addStudent')}
          </button>
          <button type="button" class="button" onClick={() => setDialog('import')}>
            {t('contacts.import')}
          </button>
          <button type="button" class="button" disabled={exporting()} aria-busy={exporting()} onClick={exportExcel}>
            {exporting() ? t('contacts.exporting') : t('contacts.export')}
          </button>
          <button type="button" class="button" disabled={ticked().length === 0} onClick={() => setDialog('class')}>
            {t('contacts.setClass')}
          </button>
          <Show when={props.classId}>
            <button type="button" class="button" onClick={() => setDialog('invite')}>
              {t('contacts.invite')}
            </button>
          </Show>
        </div>
      </div>
      <div class="toolbar">
        <SearchBox value={q().q} placeholder={t('contacts.searchStudents')} onSearch={(v) => props.list.setFilter('q', v)} />
        <FilterSelect
          label={t('contacts.joinFilter')}
          value={q().joined}
          options={[{ value: '', label: t('common.all') }, { value: '1', label: t('contacts.joined') }, { value: '0', label: t('contacts.notJoined') }]}
          onChange={(v) => props.list.setFilter('joined', v)}
        />
        <Show when={ticked().length}>
          <span class="muted" role="status">
            {t('contacts.selectedCount', { n: ticked().length })}
          </span>
        </Show>
      </div>
      <FormError message={error()} />
      <div class="table-wrap" aria-busy={routing()}>
        <table class="table table--dense" classList={{ 'table--stale': routing() }}>
          <thead>
            <tr>
              <th scope="col" class="cell-check">
                <input
                  type="checkbox"
                  aria-label={t('contacts.selectPage')}
                  checked={allTicked()}
                  disabled={items().length === 0}
                  onChange={(e) => setTicked(e.currentTarget.checked ? items().map((s) => s.id) : [])}
                />
              </th>
              <th scope="col">{t('contacts.student')}</th>
              <Show when={!props.classId}>
                <th scope="col">{t('contacts.class')}</th>
              </Show>
              <th scope="col">{t('contacts.educationId')}</th>
              <th scope="col">{t('contacts.parents')}</th>
              <th scope="col">{t('contacts.joinState')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={items()}
              fallback={<EmptyRow columns={props.classId ? 6 : 7}>{filtered() || !props.classId ? t('common.empty') : t('contacts.noStudents')}</EmptyRow>}
            >
              {(s) => (
                <tr>
                  <td class="cell-check">
                    <input
                      type="checkbox"
                      aria-label={t('contacts.selectStudent', { name: s.name })}
                      checked={ticked().includes(s.id)}
                      onChange={(e) => tick(s.id, e.currentTarget.checked)}
                    />
                  </td>
                  <th scope="row">{s.name}</th>
                  <Show when={!props.classId}>
                    <td class="nowrap">{s.class?.name ?? '—'}</td>
                  </Show>
                  <td class="nowrap">{s.educationId ?? s.tempNumber ?? '—'}</td>
                  <td>
                    <GuardianChips guardians={s.guardians} />
                  </td>
                  <td>
                    <span class={`badge badge--${s.joined ? 'active' : 'pending'}`}>{s.joined ? t('contacts.joined') : t('contacts.notJoined')}</span>
                  </td>
                  <td class="actions">
                    <RowButton label={t('contacts.view')} name={s.name} onClick={() => props.onOpen(s.id)} />
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <ListPager page={page()} list={props.list} />
      <StudentFormDialog
        open={dialog() === 'add'}
        school={props.school}
        tree={props.tree}
        classId={props.classId}
        onClose={() => setDialog(null)}
        onSaved={async (name) => {
          props.onNotice(t('contacts.studentAdded', { name }));
          await props.onChanged();
        }}
      />
      <ImportDialog
        open={dialog() === 'import'}
        school={props.school}
        onClose={() => setDialog(null)}
        onImported={async (text) => {
          props.onNotice(text);
          await props.onChanged();
        }}
      />
      <SetClassDialog
        open={dialog() === 'class'}
        school={props.school}
        tree={props.tree}
        studentIds={ticked()}
        onClose={() => setDialog(null)}
        onSaved={async (text) => {
          props.onNotice(text);
          setTicked([]);
          await props.onChanged();
        }}
      />
      <Show when={props.classId}>
        {(id) => <InviteDialog open={dialog() === 'invite'} school={props.school} classId={id()} className={props.className ?? ''} onClose={() => setDialog(null)} />}
      </Show>
    </div>
  );
}
