import { A, createAsync, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import EmptyRow from '../../../components/EmptyRow';
import FilterSelect from '../../../components/FilterSelect';
import ListPager from '../../../components/ListPager';
import SearchBox from '../../../components/SearchBox';
import StatusNote from '../../../components/StatusNote';
import TableShell from '../../../components/TableShell';
import type { AssignmentClass } from '../../../lib/homework-client';
import { formatDateTime, t } from '../../../lib/i18n';
import { useListParams } from '../../../lib/list-params';
import { AssignmentBadge } from '../labels';
import { enabledSubjects, listAssignments, myTeaching, takeFlash } from '../queries';
import AssignmentActions from './actions';
import '../homework.css';

/** 小三/小三甲班, as the manual's 班級 column writes a class. */
export const classLabel = (c: AssignmentClass) => (c.gradeName ? `${c.gradeName}/${c.name}` : c.name);

/** 學生作業 (HW-05, HW-06, HW-10; manual §5): search, 科目 狀態 類型 班級, the rows and their actions. */
export default function AssignmentList() {
  const params = useParams<{ school: string }>();
  const list = useListParams(['subjectId', 'status', 'kind', 'classId'] as const);
  const page = createAsync(() => listAssignments(params.school, list.query()));
  const subjects = createAsync(() => enabledSubjects(params.school));
  const teaching = createAsync(() => myTeaching(params.school).catch(() => []));
  const classes = () => {
    const seen = new Map<string, AssignmentClass>();
    for (const s of teaching() ?? []) for (const c of s.classes) seen.set(c.id, c);
    return [...seen.values()];
  };
  const [note, setNote] = createSignal(takeFlash());
  const [adding, setAdding] = createSignal(false);

  const filter = (label: string, name: 'subjectId' | 'status' | 'kind' | 'classId', options: { value: string; label: string }[]) => (
    <FilterSelect label={label} value={list.query()[name]} options={options} onChange={(v) => list.setFilter(name, v)} />
  );

  return (
    <div class="hw-screen">
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('hw.as.search')} onSearch={(q) => list.setFilter('q', q)} />
        {filter(t('hw.subject'), 'subjectId', [{ value: '', label: t('hw.all') }, ...(subjects() ?? []).map((s) => ({ value: s.id, label: s.name }))])}
        {filter(t('hw.status'), 'status', [{ value: '', label: t('hw.all') }, ...(['draft', 'published', 'feedback', 'closed'] as const).map((s) => ({ value: s, label: t(`hw.as.st.${s}`) }))])}
        {filter(t('hw.as.kind'), 'kind', [{ value: '', label: t('hw.all') }, ...(['answer', 'upload'] as const).map((k) => ({ value: k, label: t(`hw.as.kind.${k}`) }))])}
        {filter(t('hw.as.class'), 'classId', [{ value: '', label: t('hw.all') }, ...classes().map((c) => ({ value: c.id, label: classLabel(c) }))])}
        <span class="toolbar__spacer" />
        <div
          class="hw-menu"
          onKeyDown={(e) => e.key === 'Escape' && setAdding(false)}
          onFocusOut={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setAdding(false);
          }}
        >
          <button type="button" class="button button--primary" aria-expanded={adding()} aria-controls="hw-add-menu" onClick={() => setAdding(!adding())}>
            + {t('hw.add')}
          </button>
          <Show when={adding()}>
            <ul id="hw-add-menu" class="hw-menu__list">
              <For each={['answer', 'upload'] as const}>
                {(kind) => (
                  <li>
                    <A href={`/${params.school}/homework/assignments/new?kind=${kind}`}>{t(`hw.as.kind.${kind}`)}</A>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </div>
      </div>
      <StatusNote>{note()}</StatusNote>
      <TableShell
        columns={[t('hw.title'), t('hw.subject'), t('hw.as.kind'), t('hw.as.class'), t('hw.as.deadline'), t('hw.as.remindAt'), t('hw.as.scored'), t('hw.status'), t('hw.actions')]}
      >
        <For each={page()?.items} fallback={<EmptyRow columns={9} />}>
          {(a) => (
            <tr>
              <td class="hw-cell-title">
                <A href={`/${params.school}/homework/assignments/${a.id}`}>{a.title}</A>
                <Show when={a.status === 'draft' && a.scheduledAt}>
                  <div class="hw-sub-line">
                    {t('hw.as.scheduledAt')} {formatDateTime(a.scheduledAt)}
                  </div>
                </Show>
              </td>
              <td class="nowrap">{a.subject.name}</td>
              <td class="nowrap">{t(`hw.as.kind.${a.kind}`)}</td>
              <td class="hw-classes">{a.classes.map(classLabel).join('、')}</td>
              <td class="nowrap">{formatDateTime(a.deadline)}</td>
              <td class="nowrap">{formatDateTime(a.remindAt)}</td>
              <td>{t(a.scored ? 'common.yes' : 'common.no')}</td>
              <td>
                <AssignmentBadge status={a.status} />
                <Show when={a.status !== 'draft'}>
                  <div class="hw-sub-line">{t('hw.as.progress', { submitted: a.counts.submitted, students: a.counts.students })}</div>
                </Show>
              </td>
              <td class="actions hw-row-actions-cell">
                <AssignmentActions school={params.school} assignment={a} onDone={setNote} />
              </td>
            </tr>
          )}
        </For>
      </TableShell>
      <ListPager page={page()} list={list} />
      <p class="hw-note">{t('hw.as.note')}</p>
    </div>
  );
}
