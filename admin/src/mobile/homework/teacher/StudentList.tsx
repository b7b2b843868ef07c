import { A, createAsync } from '@solidjs/router';
import { createSignal, For, Show, Suspense } from 'solid-js';
import type { SubmissionRow, SubmissionStatus } from '../../../lib/homework-client';
import { formatDateTime, type MessageKey, t } from '../../../lib/i18n';
import { fmtScore } from '../format';
import { submissionsOf } from '../queries';
import { LateTag, SubmissionTag } from '../shared/Tags';
import type { AssignmentItem } from '../types';

type Filter = 'all' | 'pending' | 'submitted' | 'graded' | 'correction';
const FILTERS: { id: Filter; label: MessageKey; has: (s: SubmissionStatus) => boolean }[] = [
  { id: 'all', label: 'hw.all', has: () => true },
  { id: 'pending', label: 'hwm.notSubmitted', has: (s) => s === 'not_started' || s === 'saved' },
  { id: 'submitted', label: 'hwm.toGrade', has: (s) => s === 'submitted' },
  { id: 'graded', label: 'hw.sub.st.graded', has: (s) => s === 'graded' },
  { id: 'correction', label: 'hw.sub.st.correction', has: (s) => s === 'correction' },
];

/** The students of a homework (manual §9 b, c): filtered by state and class; each opens their answers (d). */
export default function StudentList(props: { school: string; assignment: AssignmentItem }) {
  const rows = createAsync(() => submissionsOf(props.school, props.assignment.id));
  const [filter, setFilter] = createSignal<Filter>('all');
  const [cls, setCls] = createSignal('');
  const inClass = () => (rows() ?? []).filter((r) => !cls() || r.classId === cls());
  const count = (f: Filter) => inClass().filter((r) => FILTERS.find((x) => x.id === f)?.has(r.status)).length;
  const shown = () => inClass().filter((r) => FILTERS.find((x) => x.id === filter())?.has(r.status));
  const href = (r: SubmissionRow) => `/${props.school}/m/apps/homework/${props.assignment.id}/s/${r.id}`;

  return (
    <section class="hwm-students" aria-labelledby="hwm-students-title">
      <div class="hwm-students__head">
        <h2 id="hwm-students-title">{t('hwm.studentsTitle')}</h2>
        <Show when={props.assignment.classes.length > 1}>
          <label class="hwm-select">
            <span class="visually-hidden">{t('hw.as.class')}</span>
            <select value={cls()} onChange={(e) => setCls(e.currentTarget.value)}>
              <option value="">{t('hwm.allClasses')}</option>
              <For each={props.assignment.classes}>{(c) => <option value={c.id}>{c.name}</option>}</For>
            </select>
          </label>
        </Show>
      </div>
      <div class="hwm-chips" role="group" aria-label={t('hw.status')}>
        <For each={FILTERS}>
          {(f) => (
            <button type="button" aria-pressed={filter() === f.id} onClick={() => setFilter(f.id)}>
              {t(f.label)} <span class="hwm-chips__n">{count(f.id)}</span>
            </button>
          )}
        </For>
      </div>
      <Suspense fallback={<p class="loading">{t('common.loading')}</p>}>
        <ul class="hwm-rows" role="list">
          <For each={shown()} fallback={<li class="hwm-rows__empty">{t('hwm.noStudents')}</li>}>
            {(r) => (
              <li>
                <A href={href(r)} class="hwm-row">
                  <span class="m-child__avatar" aria-hidden="true">
                    {r.student.name.slice(0, 1)}
                  </span>
                  <span class="hwm-row__main">
                    <span class="hwm-row__name">{r.student.name}</span>
                    <span class="hwm-row__sub">
                      {r.className}
                      <Show when={r.attemptCount > 1}> · {t('hw.gr.attempt', { n: r.attemptCount })}</Show>
                      <Show when={r.status !== 'not_started'}> · {formatDateTime(r.updatedAt)}</Show>
                    </span>
                  </span>
                  <span class="hwm-row__end">
                    <Show when={r.score !== null}>
                      <strong class="hwm-row__score">{t('hwm.points', { n: fmtScore(r.score) })}</strong>
                    </Show>
                    <span class="hwm-row__tags">
                      <LateTag late={r.late} />
                      <SubmissionTag status={r.status} />
                    </span>
                  </span>
                </A>
              </li>
            )}
          </For>
        </ul>
      </Suspense>
    </section>
  );
}
