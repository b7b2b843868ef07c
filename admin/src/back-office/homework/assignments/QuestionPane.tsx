import { For, Show } from 'solid-js';
import type { Attempt, GradingQuestion } from '../../../lib/homework-client';
import { formatDateTime, t } from '../../../lib/i18n';
import { formatScore, markResult, typeLabel } from '../labels';
import Attachments from '../questions/Attachments';
import ContentView, { TextWithBlanks } from '../questions/ContentView';
import AnswerView from './AnswerView';

/**
 * One question of a student's homework (manual §5 批改學生作業): 題目 (N分), 題型, 選項/答案,
 * each attempt's answer (第1次作答 …) with its mark, and the score and remark being given.
 */
export default function QuestionPane(props: {
  question: GradingQuestion;
  attempts: Attempt[];
  scored: boolean;
  canGrade: boolean;
  score: string;
  remark: string;
  error?: string;
  onScore: (v: string) => void;
  onRemark: (v: string) => void;
}) {
  const q = () => props.question;
  const mark = (a: Attempt) => a.marks[q().id];
  return (
    <div class="hw-question-pane">
      <dl class="hw-facts">
        <dt>{t('hw.gr.question')}</dt>
        <dd class="hw-question-text">
          <TextWithBlanks text={q().text} fill={q().type === 'fill'} />
          <Show when={props.scored && q().score !== null}>
            <span class="hw-points"> ({t('hw.points', { n: formatScore(q().score) })})</span>
          </Show>
        </dd>
        <dt>{t('hw.type')}</dt>
        <dd>{typeLabel(q().type)}</dd>
        <dt>{t('hw.gr.optionsAnswer')}</dt>
        <dd>
          <ContentView text={q().text} content={q()} />
        </dd>
        <Show when={q().attachments.length}>
          <dt>{t('hw.q.attachments')}</dt>
          <dd>
            <Attachments school="" files={q().attachments} onChange={() => undefined} readOnly />
          </dd>
        </Show>
        <For each={props.attempts} fallback={<><dt>{t('hw.gr.attempt', { n: 1 })}</dt><dd class="muted">{t('hw.gr.notSubmitted')}</dd></>}>
          {(a) => (
            <>
              <dt>{t('hw.gr.attempt', { n: a.number })}</dt>
              <dd class="hw-attempt">
                <AnswerView question={q()} answer={a.answers[q().id]} files={a.files} />
                <span class="hw-attempt__meta">
                  <Show when={markResult(mark(a))}>{(r) => <span class={`badge hw-result hw-result--${r().tone}`}>{r().label}</span>}</Show>
                  <Show when={props.scored && mark(a)?.score !== null && mark(a)?.score !== undefined}>
                    <span class="hw-points">{t('hw.points', { n: formatScore(mark(a)?.score) })}</span>
                  </Show>
                  <Show when={mark(a)?.auto}>
                    <span class="muted">{t('hw.gr.auto')}</span>
                  </Show>
                  <Show when={a.submittedAt}>
                    <span class="muted">{t('hw.gr.submittedAt', { at: formatDateTime(a.submittedAt) })}</span>
                  </Show>
                  <Show when={a.late}>
                    <span class="badge hw-badge hw-badge--late">{t('hw.sub.late')}</span>
                  </Show>
                </span>
              </dd>
            </>
          )}
        </For>
      </dl>
      <Show when={props.canGrade}>
        <div class="hw-mark">
          <Show when={props.scored && q().score !== null}>
            <label class="hw-inline">
              {t('hw.gr.scoreOf', { n: formatScore(q().score) })}
              <input type="number" min="0" max={q().score ?? undefined} step="0.5" value={props.score} aria-invalid={props.error ? 'true' : undefined} onInput={(e) => props.onScore(e.currentTarget.value)} />
            </label>
          </Show>
          <label class="hw-mark__remark">
            {t('hw.gr.questionRemark')}
            <input value={props.remark} maxLength={2000} onInput={(e) => props.onRemark(e.currentTarget.value)} />
          </label>
          <Show when={props.error}>
            <p class="field__error" role="alert">
              {props.error}
            </p>
          </Show>
        </div>
      </Show>
    </div>
  );
}
