import { Show } from 'solid-js';
import type { HwFile, QuestionMarks } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import { fmtScore } from '../format';
import AnswerView from './AnswerView';
import type { QuestionView } from '../types';

export interface MarkDraft {
  score: string;
  remark: string;
}

/**
 * One question of a handed-in homework: the question, the answer (with the key on the
 * grader's side) and its mark: automatic or given (read-only), or a score and remark to give
 * when `editable`.
 */
export default function QuestionCard(props: {
  n: number;
  question: QuestionView;
  answer: unknown;
  files: HwFile[];
  mark: QuestionMarks[string] | undefined;
  scored: boolean;
  editable: boolean;
  draft: MarkDraft;
  error?: string;
  /** false: marks are not released yet (the student's side), so none is shown. */
  showMark?: boolean;
  onDraft?: (d: MarkDraft) => void;
}) {
  const q = () => props.question;
  const id = () => `hwm-mark-${q().id}`;
  const auto = () => !!props.mark?.auto;
  /** right, wrong, or partly right (some of the score): how the mark reads. */
  const verdict = () => {
    const m = props.mark;
    if (!m || m.correct === undefined || m.correct === null) return undefined;
    if (m.correct) return 'right';
    return (m.score ?? 0) > 0 ? 'partial' : 'wrong';
  };
  return (
    <article class="hwm-q" classList={{ 'hwm-q--invalid': !!props.error }} aria-labelledby={`${id()}-title`}>
      <h4 class="hwm-q__text" id={`${id()}-title`}>
        <span class="hwm-q__n">{props.n}.</span> {q().type === 'fill' ? q().text.replace(/_{4,}/g, '＿＿') : q().text}
        <Show when={props.scored && q().score !== null}>
          <span class="hwm-q__pts">（{t('hwm.points', { n: fmtScore(q().score) })}）</span>
        </Show>
      </h4>
      <p class="hwm-q__type">{t(`hw.type.${q().type}`)}</p>
      <AnswerView question={q()} answer={props.answer} files={props.files} />
      <Show
        when={props.editable && !auto()}
        fallback={
          <Show when={props.showMark !== false}>
            <p class="hwm-mark" classList={{ [`hwm-mark--${verdict()}`]: !!verdict() }}>
              <Show when={auto()}>
                <span>{t('hw.gr.auto')} · </span>
              </Show>
              <Show when={verdict()}>
                <span>{verdict() === 'right' ? `✓ ${t('hw.gr.correct')}` : verdict() === 'partial' ? `◐ ${t('hwm.partly')}` : `✗ ${t('hw.gr.wrong')}`}</span>
              </Show>
              <Show when={props.scored && props.mark?.score !== null && props.mark?.score !== undefined}>
                <strong> {t('hwm.scoreOf', { score: fmtScore(props.mark?.score), max: fmtScore(q().score) })}</strong>
              </Show>
              <Show when={!props.mark || (props.mark.score === null && !auto())}>
                <span class="muted">{t('hwm.notMarked')}</span>
              </Show>
              <Show when={props.mark?.remark}>
                <span class="hwm-mark__remark">
                  {t('hw.gr.remark')}：{props.mark?.remark}
                </span>
              </Show>
            </p>
          </Show>
        }
      >
        <div class="hwm-mark-form">
          <Show when={props.scored && q().score !== null}>
            <label for={`${id()}-score`}>{t('hw.gr.scoreOf', { n: fmtScore(q().score) })}</label>
            <input
              id={`${id()}-score`}
              type="number"
              inputmode="decimal"
              min="0"
              max={q().score ?? undefined}
              step="0.5"
              value={props.draft.score}
              aria-invalid={props.error ? 'true' : undefined}
              aria-describedby={props.error ? `${id()}-error` : undefined}
              onInput={(e) => props.onDraft?.({ ...props.draft, score: e.currentTarget.value })}
            />
          </Show>
          <label for={`${id()}-remark`}>{t('hw.gr.questionRemark')}</label>
          <input id={`${id()}-remark`} value={props.draft.remark} maxLength={2000} onInput={(e) => props.onDraft?.({ ...props.draft, remark: e.currentTarget.value })} />
          <Show when={props.error}>
            <p class="field__error" id={`${id()}-error`} role="alert">
              {props.error}
            </p>
          </Show>
        </div>
      </Show>
    </article>
  );
}
