import { createAsync, useParams, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, For, Show } from 'solid-js';
import { ApiError } from '../../../lib/client';
import { homeworkApi } from '../../../lib/homework-client';
import { formatDateTime, t } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';
import { useTitle } from '../../../lib/title';
import { currentChild, myChildren } from '../../more/children';
import PageHeader from '../../more/PageHeader';
import { fmtScore, isPast } from '../format';
import AttemptTabs from '../shared/AttemptTabs';
import QuestionCard from '../shared/QuestionCard';
import { AssignmentTag, LateTag, SubmissionTag } from '../shared/Tags';
import type { MineView } from '../types';
import AnswerForm from './AnswerForm';
import QuestionTexts from './QuestionTexts';
import '../homework.css';
import Clip from '../shared/Clip';

/**
 * One homework on the student's (or parent's) phone: the questions to answer and 保存 / 提交;
 * after 發佈分數 the score, remark and marks, 第N次作答, and 需訂正 → correct and submit again;
 * read-only once handed in or 已完結.
 */
export default function MyHomework() {
  const params = useParams<{ school: string; id: string }>();
  const [search] = useSearchParams<{ student?: string }>();
  const session = useSession();
  const api = () => homeworkApi(params.school);
  const [error, setError] = createSignal('');
  const [saved, setSaved] = createSignal<MineView | null>(null);
  const [flash, setFlash] = createSignal('');
  const load = async (): Promise<MineView | null> => {
    const get = async (studentId?: string) => api().mine.get(params.id, studentId);
    try {
      return await get(search.student || undefined);
    } catch (e) {
      // opened from a message, and two children have it: the child being looked at
      if (e instanceof ApiError && e.code === 'homework_child_required') {
        const kids = await myChildren(params.school, session()?.member.kind ?? '');
        const child = currentChild(params.school, session()?.member.id ?? '', kids);
        if (child) return get(child.id).catch(() => null);
      }
      setError(e instanceof Error ? e.message : String(e));
      return null;
    }
  };
  const loaded = createAsync(load);
  const view = () => saved() ?? loaded();
  useTitle(() => view()?.title ?? t('hwm.title'));

  return (
    <>
      <PageHeader title={t('hwm.title')} back={`/${params.school}/m/apps/homework`} />
      <main class="m-body">
        <Show when={view() !== undefined} fallback={<p class="loading">{t('common.loading')}</p>}>
          <Show when={view()} fallback={<p class="m-empty">{error() || t('hwm.missing')}</p>}>
            {(v) => (
              <MineBody
                school={params.school}
                view={v()}
                forChild={session()?.member.kind === 'parent'}
                flash={flash()}
                onSaved={(next, message) => (setSaved(next), setFlash(message))}
              />
            )}
          </Show>
        </Show>
      </main>
    </>
  );
}

function MineBody(props: { school: string; view: MineView; forChild: boolean; flash: string; onSaved: (v: MineView, message: string) => void }) {
  const v = () => props.view;
  const sub = () => v().submission;
  const history = () => v().attempts.filter((a) => a.status === 'submitted');
  const tabs = () => [...history(), ...(sub().canSubmit ? [{ number: -1, status: 'saved' as const, submittedAt: null }] : [])];
  const [shown, setShown] = createSignal(-1);
  createEffect(() => setShown(sub().canSubmit ? -1 : (history().at(-1)?.number ?? -1)));
  const attempt = () => history().find((a) => a.number === shown());
  const questions = () => v().sections.flatMap((s) => s.items);
  const numberOf = (id: string) => questions().findIndex((q) => q.questionId === id) + 1;

  return (
    <>
      <section class="hwm-card hwm-head">
        <div class="hwm-card__head">
          <h2 class="hwm-card__title">{v().title}</h2>
          <span class="hwm-row__tags">
            <LateTag late={sub().late} />
            <Show when={v().status === 'closed'} fallback={<SubmissionTag status={sub().status} />}>
              <AssignmentTag status="closed" />
            </Show>
          </span>
        </div>
        <p class="hwm-card__meta">
          {v().subject.name} · {t(`hw.as.kind.${v().kind}`)}
          <Show when={props.forChild}> · {t('hwm.forChild', { name: v().student.name })}</Show>
        </p>
        <p class="hwm-card__meta" classList={{ 'hwm-card__meta--past': sub().canSubmit && isPast(v().deadline) }}>
          {v().deadline ? t('hwm.deadlineAt', { at: formatDateTime(v().deadline) }) : t('hwm.noDeadline')}
        </p>
        <Show when={sub().scoresVisible}>
          <div class="hwm-result" classList={{ 'hwm-result--correction': sub().verdict === 'correction' }}>
            <Show when={v().scored}>
              <p class="hwm-big-score">
                <strong>{fmtScore(sub().score)}</strong> / {fmtScore(v().totalScore)}
              </p>
            </Show>
            <p class="hwm-result__verdict">{sub().verdict === 'correction' ? t('hwm.needCorrection') : t('hwm.gradedDone')}</p>
            <Show when={sub().remark}>
              <p class="hwm-result__remark">
                <span>{t('hw.tr.remark')}：</span>
                {sub().remark}
              </p>
            </Show>
          </div>
        </Show>
        <p class="hwm-status" role="status">
          {props.flash}
        </p>
        <Show when={v().status === 'closed'}>
          <p class="hwm-note">{t('hwm.closedNote')}</p>
        </Show>
        <Show when={sub().canSubmit && isPast(v().deadline)}>
          <p class="hwm-note hwm-note--warn">{t('hwm.lateNote')}</p>
        </Show>
        <Show when={!props.flash && !sub().canSubmit && v().status !== 'closed' && (sub().status === 'submitted' || sub().status === 'graded') && !sub().scoresVisible}>
          <p class="hwm-note">{t('hwm.waitingNote')}</p>
        </Show>
      </section>
      <Show when={tabs().length > 1}>
        <AttemptTabs attempts={tabs()} shown={shown()} onShow={setShown} draftLabel={sub().status === 'correction' ? t('hwm.correctTab') : t('hwm.answerTab')} />
      </Show>
      <Show
        when={shown() === -1 && sub().canSubmit}
        fallback={
          <Show when={attempt()}>
            {(a) => (
              <>
                <Show when={v().kind === 'upload'}>
                  <section class="hwm-card">
                    <h3 class="hwm-section__title">{t('hw.gr.files')}</h3>
                    <ul class="hwm-files" role="list">
                      <For each={a().files}>
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
                <Show when={v().kind === 'upload'}>
                  <QuestionTexts view={v()} />
                </Show>
                <For each={v().kind === 'answer' ? v().sections : []}>
                  {(s) => (
                    <section class="hwm-section" aria-label={s.title}>
                      <h3 class="hwm-section__title">{s.title}</h3>
                      <For each={s.items}>
                        {(q) => (
                          <QuestionCard
                            n={numberOf(q.questionId)}
                            question={{ ...q, id: q.questionId }}
                            answer={a().answers[q.questionId]}
                            files={a().files}
                            mark={a().marks?.[q.questionId]}
                            scored={v().scored}
                            editable={false}
                            showMark={a().marks !== null}
                            draft={{ score: '', remark: '' }}
                          />
                        )}
                      </For>
                    </section>
                  )}
                </For>
              </>
            )}
          </Show>
        }
      >
        <AnswerForm school={props.school} view={v()} forChild={props.forChild} onSaved={props.onSaved} />
      </Show>
    </>
  );
}
