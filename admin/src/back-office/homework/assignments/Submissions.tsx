import { A, createAsync, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import EmptyRow from '../../../components/EmptyRow';
import FilterSelect from '../../../components/FilterSelect';
import FormError from '../../../components/FormError';
import ListPager from '../../../components/ListPager';
import SearchBox from '../../../components/SearchBox';
import StatusNote from '../../../components/StatusNote';
import TableShell from '../../../components/TableShell';
import { homeworkApi } from '../../../lib/homework-client';
import { formatDateTime, t } from '../../../lib/i18n';
import { useListParams } from '../../../lib/list-params';
import { saveFile } from '../../contacts/save-file';
import { AssignmentBadge, formatScore, SubmissionBadge } from '../labels';
import { getAssignment, listSubmissions } from '../queries';
import AssignmentActions from './actions';
import { classLabel } from './AssignmentList';
import '../homework.css';

const STATUSES = ['not_started', 'saved', 'submitted', 'graded', 'correction'] as const;

/** 學生作業 / 詳情 (答題詳情, HW-07, HW-11): each student's homework; 查看 to grade, 成績單, 導出Excel. */
export default function Submissions() {
  const params = useParams<{ school: string; id: string }>();
  const list = useListParams(['status', 'classId'] as const, 20);
  const assignment = createAsync(() => getAssignment(params.school, params.id));
  const page = createAsync(() => listSubmissions(params.school, params.id, list.query()));
  const [note, setNote] = createSignal('');
  const [error, setError] = createSignal('');
  const base = () => `/${params.school}/homework/assignments/${params.id}`;

  async function exportExcel() {
    setError('');
    try {
      const { q, status, classId } = list.query();
      saveFile(await homeworkApi(params.school).assignments.export(params.id, { q, status, classId }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div class="hw-screen">
      <Show when={assignment()}>
        {(a) => (
          <div class="panel hw-summary">
            <div class="hw-head">
              <div>
                <h2 class="hw-def-title">
                  {a().title} <AssignmentBadge status={a().status} />
                </h2>
                <p class="hw-head__sub">
                  {a().subject.name} · {t(`hw.as.kind.${a().kind}`)} · {a().classes.map(classLabel).join('、')} · {a().definition.title}
                  <Show when={a().deadline}>
                    {' '}
                    · {t('hw.as.deadline')} {formatDateTime(a().deadline)}
                  </Show>
                  <Show when={a().scored}>
                    {' '}
                    · {t('hw.def.total')} {formatScore(a().totalScore)}
                  </Show>
                </p>
                <p class="hw-head__sub">{t('hw.sub.counts', { students: a().counts.students, submitted: a().counts.submitted, graded: a().counts.graded })}</p>
              </div>
              <A class="button" href={`/${params.school}/homework/assignments`}>
                {t('hw.back')}
              </A>
            </div>
            <AssignmentActions school={params.school} assignment={a()} onDone={setNote} hide={['details']} />
            <Show when={a().status === 'closed'}>
              <p class="hw-lock" role="note">
                {t('hw.sub.closedNote')}
              </p>
            </Show>
          </div>
        )}
      </Show>
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('hw.sub.search')} onSearch={(q) => list.setFilter('q', q)} />
        <FilterSelect
          label={t('hw.status')}
          value={list.query().status}
          options={[{ value: '', label: t('hw.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`hw.sub.st.${s}`) }))]}
          onChange={(v) => list.setFilter('status', v)}
        />
        <Show when={(assignment()?.classes.length ?? 0) > 1}>
          <FilterSelect
            label={t('hw.as.class')}
            value={list.query().classId}
            options={[{ value: '', label: t('hw.all') }, ...(assignment()?.classes ?? []).map((c) => ({ value: c.id, label: classLabel(c) }))]}
            onChange={(v) => list.setFilter('classId', v)}
          />
        </Show>
        <span class="toolbar__spacer" />
        <button type="button" class="button" onClick={() => void exportExcel()}>
          {t('hw.sub.export')}
        </button>
      </div>
      <StatusNote>{note()}</StatusNote>
      <FormError message={error()} />
      <TableShell columns={[t('hw.sub.name'), t('hw.sub.class'), t('hw.status'), t('hw.sub.score'), t('hw.sub.updatedAt'), t('hw.actions')]}>
        <For each={page()?.items} fallback={<EmptyRow columns={6} />}>
          {(s) => (
            <tr>
              <th scope="row">{s.student.name}</th>
              <td>{s.className}</td>
              <td>
                <SubmissionBadge status={s.status} late={s.late} />
              </td>
              <td>{formatScore(s.score)}</td>
              <td class="nowrap">{formatDateTime(s.updatedAt)}</td>
              <td class="actions">
                <div class="actions__row">
                  <A class="button button--small" href={`${base()}/submissions/${s.id}`} aria-label={`${t('hw.view')} ${s.student.name}`}>
                    {t('hw.view')}
                  </A>
                  <A class="button button--small" href={`${base()}/submissions/${s.id}/transcript`} aria-label={`${t('hw.sub.transcript')} ${s.student.name}`}>
                    {t('hw.sub.transcript')}
                  </A>
                </div>
              </td>
            </tr>
          )}
        </For>
      </TableShell>
      <ListPager page={page()} list={list} />
    </div>
  );
}
