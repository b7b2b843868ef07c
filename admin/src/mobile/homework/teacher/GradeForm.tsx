import { revalidate } from '@solidjs/router';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../../components/ConfirmDialog';
import FormError from '../../../components/FormError';
import { DetailedApiError } from '../../../lib/client';
import { type GradeInput, homeworkApi, type Verdict } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import { fmtScore } from '../format';
import { assignmentOf, assignmentsOf, submissionsOf } from '../queries';
import type { GraderView } from '../types';
import type { MarkDraft } from '../shared/QuestionCard';

/**
 * 備注 and the verdict of a student's latest attempt, and 保存 (HW-07). Before 發佈分數 the
 * teacher picks 完結 or 需訂正; after it (manual §9 圖3) 保存 closes it and 退回訂正 returns
 * it, which tells the student at once, so it asks first.
 */
export default function GradeForm(props: {
  school: string;
  view: GraderView;
  drafts: Record<string, MarkDraft>;
  onErrors: (e: Record<string, string>) => void;
  onSaved: () => void;
}) {
  const [remark, setRemark] = createSignal('');
  const [verdict, setVerdict] = createSignal<Verdict>('done');
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [ask, setAsk] = createSignal<ConfirmRequest | null>(null);
  createEffect(() => {
    setRemark(props.view.remark ?? '');
    setVerdict(props.view.verdict ?? 'done');
  });
  // a changed mark may be the fix: the old complaint goes
  createEffect(on(() => props.drafts, () => setError(''), { defer: true }));
  const released = () => props.view.assignment.status === 'feedback';
  const questions = () => props.view.sections.flatMap((s) => s.questions);
  const latest = () => props.view.attempts.at(-1);

  /** The hand marks (auto ones stay), checked against each question's score. */
  function marks(): GradeInput['marks'] | null {
    const out: GradeInput['marks'] = {};
    const bad: Record<string, string> = {};
    for (const q of questions()) {
      if (latest()?.marks[q.id]?.auto) continue;
      const d = props.drafts[q.id] ?? { score: '', remark: '' };
      const n = d.score.trim() === '' ? undefined : Number(d.score);
      if (n !== undefined && (!Number.isFinite(n) || n < 0 || (q.score !== null && n > q.score))) bad[q.id] = t('hw.gr.tooHigh', { n: fmtScore(q.score) });
      out[q.id] = { ...(props.view.assignment.scored && n !== undefined ? { score: n } : {}), remark: d.remark.trim() };
    }
    props.onErrors(bad);
    return Object.keys(bad).length ? null : out;
  }

  async function save(v: Verdict) {
    const m = marks();
    setStatus('');
    setError('');
    if (!m) throw new Error(t('hwm.fixMarks'));
    setBusy(true);
    try {
      await homeworkApi(props.school).assignments.grade(props.view.assignment.id, props.view.id, { marks: m, remark: remark().trim(), verdict: v });
      setStatus(v === 'correction' && released() ? t('hwm.returned') : t('hw.gr.saved'));
      void revalidate([submissionsOf.key, assignmentOf.key, assignmentsOf.key]);
      props.onSaved();
    } catch (e) {
      const field = e instanceof DetailedApiError ? e.field : undefined;
      const qid = field?.startsWith('marks.') ? field.split('.')[1] : undefined;
      const message = e instanceof Error ? e.message : String(e);
      if (qid) props.onErrors({ [qid]: message });
      setError(message);
      throw e;
    } finally {
      setBusy(false);
    }
  }

  const run = (v: Verdict) => void save(v).catch((e) => setError(e instanceof Error ? e.message : String(e)));

  return (
    <section class="hwm-card hwm-grade" aria-labelledby="hwm-grade-title">
      <h3 id="hwm-grade-title" class="hwm-section__title">
        {t('hw.gr.overall')}
      </h3>
      <label class="hwm-label" for="hwm-remark">
        {t('hw.gr.remark')}
      </label>
      <textarea id="hwm-remark" class="hwm-textarea" rows="3" maxLength={2000} value={remark()} onInput={(e) => setRemark(e.currentTarget.value)} />
      <Show when={!released()}>
        <fieldset class="hwm-verdict">
          <legend>{t('hw.gr.verdict')}</legend>
          <For each={['done', 'correction'] as const}>
            {(k) => (
              <label class="hwm-kind__option">
                <input type="radio" name="hwm-verdict" checked={verdict() === k} onChange={() => setVerdict(k)} />
                <span>{k === 'done' ? t('hw.gr.done') : t('hw.gr.correction')}</span>
              </label>
            )}
          </For>
          <p class="field__hint">{t('hw.gr.correctionHint')}</p>
        </fieldset>
      </Show>
      <FormError message={error()} />
      <p class="hwm-status" role="status">
        {status()}
      </p>
      <div class="hwm-actions">
        <Show when={released()}>
          <button
            type="button"
            class="button button--large button--danger-text"
            disabled={busy()}
            onClick={() => setAsk({ title: t('hwm.returnTitle'), body: t('hwm.returnBody', { name: props.view.student.name }), confirmLabel: t('hwm.return'), run: () => save('correction') })}
          >
            {t('hwm.return')}
          </button>
        </Show>
        <button type="button" class="button button--primary button--large" disabled={busy()} onClick={() => run(released() ? 'done' : verdict())}>
          {t('hw.gr.save')}
        </button>
      </div>
      <ConfirmDialog request={ask()} onClose={() => setAsk(null)} />
    </section>
  );
}
