import { A, createAsync, revalidate, useNavigate, useParams } from '@solidjs/router';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { ApiError } from '../../../lib/client';
import { type GradeInput, homeworkApi, type SubmissionDetail, type Verdict } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import Tree from '../../contacts/Tree';
import { SubmissionBadge } from '../labels';
import { getSubmission, listAssignments, listSubmissions } from '../queries';
import { firstQuestion, gradingNodes, type Scores } from './grading-tree';
import QuestionPane from './QuestionPane';
import FormError from '../../../components/FormError';
import StatusNote from '../../../components/StatusNote';
import '../../contacts/contacts.css';
import '../homework.css';

/**
 * 查看 = 批改學生作業 (HW-07, HW-09; manual §5): the homework tree with 總分 / 分數 on the left;
 * the chosen question, its answer per attempt and its mark on the right; 備注, 完結 / 需訂正,
 * 保存 and 下一份作業. Read-only once 已完結 (HW-10) or before anything was handed in.
 */
export default function Grading() {
  const params = useParams<{ school: string; id: string; submissionId: string }>();
  const navigate = useNavigate();
  const detail = createAsync(() => getSubmission(params.school, params.id, params.submissionId));
  const [node, setNode] = createSignal('root');
  const [scores, setScores] = createSignal<Scores>({});
  const [remarks, setRemarks] = createSignal<Record<string, string>>({});
  const [dirty, setDirty] = createSignal<string[]>([]);
  const [remark, setRemark] = createSignal('');
  const [verdict, setVerdict] = createSignal<Verdict>('done');
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [note, setNote] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  let shown = '';
  createEffect(
    on(detail, (d) => {
      if (!d) return;
      // a new student: start at the first question; a save keeps the place
      const fresh = d.id !== shown;
      shown = d.id;
      const marks = d.attempts.at(-1)?.marks ?? {};
      const questions = d.sections.flatMap((s) => s.questions);
      setScores(Object.fromEntries(questions.map((q) => [q.id, marks[q.id]?.score === null || marks[q.id]?.score === undefined ? '' : String(marks[q.id]?.score)])));
      setRemarks(Object.fromEntries(questions.map((q) => [q.id, marks[q.id]?.remark ?? ''])));
      setDirty([]);
      setRemark(d.remark);
      setVerdict(d.verdict ?? 'done');
      setErrors({});
      if (fresh) {
        setNote('');
        setNode(questions[0] ? `q:${questions[0].id}` : 'root');
      }
    }),
  );
  const questionId = () => (detail() ? firstQuestion(detail() as SubmissionDetail, node()) : null);
  const question = () => detail()?.sections.flatMap((s) => s.questions).find((q) => q.id === questionId());
  const touch = (id: string) => setDirty((d) => (d.includes(id) ? d : [...d, id]));

  async function save() {
    const d = detail();
    if (!d) return;
    const marks: GradeInput['marks'] = {};
    for (const id of dirty()) {
      const raw = scores()[id];
      marks[id] = { remark: remarks()[id] ?? '', ...(d.assignment.scored ? { score: raw === '' ? null : Number(raw) } : {}) };
    }
    setBusy(true);
    setErrors({});
    try {
      await homeworkApi(params.school).assignments.grade(d.assignment.id, d.id, { marks, remark: remark().trim(), verdict: verdict() });
      setNote(t('hw.gr.saved'));
      await revalidate([getSubmission.key, listSubmissions.key, listAssignments.key]);
    } catch (e) {
      const m = e instanceof ApiError ? /^marks\.([^.]+)/.exec(e.field ?? '') : null;
      if (m) setNode(`q:${m[1]}`);
      setErrors({ [m ? m[1] : 'form']: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  const locked = () => {
    const d = detail();
    if (!d || d.canGrade) return '';
    return d.assignment.status === 'closed' ? t('hw.gr.locked') : d.attempts.length === 0 ? t('hw.gr.notSubmitted') : '';
  };
  const go = (id: string | null) => id && navigate(`/${params.school}/homework/assignments/${params.id}/submissions/${id}`);

  return (
    <Show when={detail()}>
      {(d) => (
        <div class="hw-screen">
          <div class="hw-head">
            <div>
              <h2 class="hw-def-title">
                {d().student.name} <SubmissionBadge status={d().status} late={d().attempts.at(-1)?.late} />
              </h2>
              <p class="hw-head__sub">
                {d().assignment.title} · {d().className}
              </p>
            </div>
            <div class="hw-toolbar-actions">
              <A class="button" href={`/${params.school}/homework/assignments/${params.id}/submissions/${d().id}/transcript`}>
                {t('hw.sub.transcript')}
              </A>
              <A class="button" href={`/${params.school}/homework/assignments/${params.id}`}>
                {t('hw.back')}
              </A>
            </div>
          </div>
          <Show when={locked()}>
            <p class="hw-lock" role="note">
              {locked()}
            </p>
          </Show>
          <div class="hw-split">
            <section class="panel hw-tree-panel" aria-label={t('hw.gr.tree')}>
              <Tree label={t('hw.gr.tree')} nodes={gradingNodes(d(), scores())} selected={questionId() ? `q:${questionId()}` : node()} onSelect={setNode} initiallyOpen={['root', ...d().sections.map((s) => s.id)]} />
            </section>
            <section class="panel hw-items-panel" aria-label={t('hw.gr.title')}>
              <Show when={question()} fallback={<p class="hw-hint hw-empty">{t('hw.gr.pickQuestion')}</p>}>
                {(q) => (
                  <QuestionPane
                    question={q()}
                    attempts={d().attempts}
                    scored={d().assignment.scored}
                    canGrade={d().canGrade}
                    score={scores()[q().id] ?? ''}
                    remark={remarks()[q().id] ?? ''}
                    error={errors()[q().id]}
                    onScore={(v) => (setScores((s) => ({ ...s, [q().id]: v })), touch(q().id))}
                    onRemark={(v) => (setRemarks((r) => ({ ...r, [q().id]: v })), touch(q().id))}
                  />
                )}
              </Show>
              <Show when={d().canGrade}>
                <fieldset class="hw-grade">
                  <legend>{t('hw.gr.title')}</legend>
                  <label class="hw-grade__remark">
                    {t('hw.gr.remark')}
                    <textarea rows="2" maxLength={2000} value={remark()} onInput={(e) => setRemark(e.currentTarget.value)} />
                  </label>
                  <div class="hw-choices" role="radiogroup" aria-label={t('hw.gr.verdict')}>
                    <span class="hw-form__label">{t('hw.gr.verdict')}</span>
                    <For each={['done', 'correction'] as const}>
                      {(v) => (
                        <label class="hw-pill" classList={{ 'hw-pill--on': verdict() === v }}>
                          <input type="radio" name="hw-verdict" class="visually-hidden" checked={verdict() === v} onChange={() => setVerdict(v)} />
                          {t(v === 'done' ? 'hw.gr.done' : 'hw.gr.correction')}
                        </label>
                      )}
                    </For>
                  </div>
                  <Show when={verdict() === 'correction'}>
                    <p class="hw-hint">{t('hw.gr.correctionHint')}</p>
                  </Show>
                  <FormError message={errors().form} />
                  <StatusNote>{note()}</StatusNote>
                  <div class="hw-toolbar-actions">
                    <button type="button" class="button button--primary" disabled={busy()} onClick={() => void save()}>
                      {t('hw.gr.save')}
                    </button>
                    <button type="button" class="button" disabled={!d().prevId} onClick={() => go(d().prevId)}>
                      ← {t('hw.gr.prev')}
                    </button>
                    <button type="button" class="button" disabled={!d().nextId} onClick={() => go(d().nextId)}>
                      {t('hw.gr.next')} →
                    </button>
                  </div>
                </fieldset>
              </Show>
              <Show when={!d().canGrade}>
                <div class="hw-toolbar-actions hw-grade">
                  <button type="button" class="button" disabled={!d().prevId} onClick={() => go(d().prevId)}>
                    ← {t('hw.gr.prev')}
                  </button>
                  <button type="button" class="button" disabled={!d().nextId} onClick={() => go(d().nextId)}>
                    {t('hw.gr.next')} →
                  </button>
                </div>
              </Show>
            </section>
          </div>
        </div>
      )}
    </Show>
  );
}
