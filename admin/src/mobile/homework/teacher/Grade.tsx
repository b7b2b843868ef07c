import { A, createAsync, revalidate, useParams } from '@solidjs/router';
import { createEffect, createSignal, For, Show } from 'solid-js';
import { t } from '../../../lib/i18n';
import { useTitle } from '../../../lib/title';
import PageHeader from '../../more/PageHeader';
import { fmtScore } from '../format';
import { submissionOf } from '../queries';
import AttemptTabs from '../shared/AttemptTabs';
import { LateTag, SubmissionTag } from '../shared/Tags';
import type { GraderView } from '../types';
import GradeForm from './GradeForm';
import QuestionCard, { type MarkDraft } from '../shared/QuestionCard';
import '../homework.css';
import Clip from '../shared/Clip';

/**
 * A student's answers on the grader's phone (manual §9 d, HW-07 … HW-09): 第N次作答 with the
 * keys and automatic marks; on the latest attempt a score for each question marked by hand,
 * remarks, and 保存 (完結 / 需訂正) — after 發佈分數 保存 or 退回訂正; then the next student.
 */
export default function Grade() {
  const params = useParams<{ school: string; id: string; submissionId: string }>();
  const [error, setError] = createSignal('');
  const view = createAsync(() =>
    submissionOf(params.school, params.id, params.submissionId).catch((e) => {
      setError(e instanceof Error ? e.message : String(e));
      return null;
    }),
  );
  useTitle(() => (view() ? `${view()?.student.name} · ${t('hw.gr.title')}` : t('hw.gr.title')));
  const back = () => `/${params.school}/m/apps/homework/${params.id}`;
  return (
    <>
      <PageHeader title={t('hw.gr.title')} back={back()} />
      <main class="m-body">
        <Show when={view() !== undefined} fallback={<p class="loading">{t('common.loading')}</p>}>
          <Show when={view()} fallback={<p class="m-empty">{error() || t('hwm.missing')}</p>}>
            {(v) => <GradeBody school={params.school} assignmentId={params.id} view={v()} />}
          </Show>
        </Show>
      </main>
    </>
  );
}

function GradeBody(props: { school: string; assignmentId: string; view: GraderView }) {
  const v = () => props.view;
  const latest = () => v().attempts.at(-1);
  const [shown, setShown] = createSignal(0);
  const [drafts, setDrafts] = createSignal<Record<string, MarkDraft>>({});
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  // a new student, or the same one saved: start from what is stored
  createEffect(() => {
    const last = v().attempts.at(-1);
    setShown(last?.number ?? 0);
    setErrors({});
    const marks = last?.marks ?? {};
    setDrafts(Object.fromEntries(Object.entries(marks).map(([id, m]) => [id, { score: m.score === null || m.score === undefined ? '' : String(m.score), remark: m.remark ?? '' }])));
  });
  const attempt = () => v().attempts.find((a) => a.number === shown());
  const editable = () => v().canGrade && shown() === latest()?.number;
  const questions = () => v().sections.flatMap((s) => s.questions);
  const numberOf = (id: string) => questions().findIndex((q) => q.id === id) + 1;
  const prefix = `/${props.school}/m/apps/homework/${props.assignmentId}/s/`;

  return (
    <>
      <section class="hwm-card hwm-student">
        <div class="hwm-card__head">
          <span class="hwm-student__who">
            <span class="m-child__avatar" aria-hidden="true">
              {v().student.name.slice(0, 1)}
            </span>
            <span>
              <strong class="hwm-student__name">{v().student.name}</strong>
              <span class="hwm-row__sub">{v().className}</span>
            </span>
          </span>
          <span class="hwm-row__tags">
            <LateTag late={latest()?.late ?? false} />
            <SubmissionTag status={v().status} />
          </span>
        </div>
        <p class="hwm-student__title">{v().assignment.title}</p>
        <Show when={v().assignment.scored}>
          <Show
            when={v().score !== null}
            fallback={<p class="hwm-big-score hwm-big-score--none">{t('hwm.notScoredYet', { total: fmtScore(v().assignment.totalScore) })}</p>}
          >
            <p class="hwm-big-score">
              <strong>{fmtScore(v().score)}</strong> / {fmtScore(v().assignment.totalScore)}
            </p>
          </Show>
        </Show>
        <Show when={v().assignment.status === 'closed'}>
          <p class="hwm-note">{t('hw.gr.locked')}</p>
        </Show>
      </section>
      <Show when={v().attempts.length > 0} fallback={<p class="hwm-note">{t('hw.gr.notSubmitted')}</p>}>
        <AttemptTabs attempts={v().attempts} shown={shown()} onShow={setShown} />
        <Show when={v().assignment.kind === 'upload'}>
          <section class="hwm-card">
            <h3 class="hwm-section__title">{t('hw.gr.files')}</h3>
            <ul class="hwm-files" role="list">
              <For each={attempt()?.files} fallback={<li class="muted">{t('hw.gr.noAnswer')}</li>}>
                {(f) => (
                  <li>
                    <a href={f.url} target="_blank" rel="noopener">
                      <Clip /> {f.name}
                    </a>
                  </li>
                )}
              </For>
            </ul>
          </section>
        </Show>
        <For each={v().sections}>
          {(s) => (
            <section class="hwm-section" aria-label={s.title}>
              <h3 class="hwm-section__title">{s.title}</h3>
              <For each={s.questions}>
                {(q) => (
                  <QuestionCard
                    n={numberOf(q.id)}
                    question={q}
                    answer={attempt()?.answers[q.id]}
                    files={attempt()?.files ?? []}
                    mark={attempt()?.marks[q.id]}
                    scored={v().assignment.scored}
                    editable={editable()}
                    draft={drafts()[q.id] ?? { score: '', remark: '' }}
                    error={errors()[q.id]}
                    onDraft={(d) => (setDrafts((all) => ({ ...all, [q.id]: d })), setErrors((e) => ({ ...e, [q.id]: '' })))}
                  />
                )}
              </For>
            </section>
          )}
        </For>
        <Show when={editable()}>
          <GradeForm
            school={props.school}
            view={v()}
            drafts={drafts()}
            onErrors={setErrors}
            onSaved={() => void revalidate(submissionOf.key)}
          />
        </Show>
      </Show>
      <nav class="hwm-pager" aria-label={t('hwm.otherStudents')}>
        <Show when={v().prevId} fallback={<span />}>
          <A class="button" href={`${prefix}${v().prevId}`}>
            ← {t('hw.gr.prev')}
          </A>
        </Show>
        <Show when={v().nextId}>
          <A class="button button--outline" href={`${prefix}${v().nextId}`}>
            {t('hw.gr.next')} →
          </A>
        </Show>
      </nav>
    </>
  );
}
