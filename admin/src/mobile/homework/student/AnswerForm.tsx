import { revalidate } from '@solidjs/router';
import { createEffect, createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../../components/ConfirmDialog';
import FormError from '../../../components/FormError';
import { DetailedApiError } from '../../../lib/client';
import { type AnswerValue, homeworkApi } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import { mineOf } from '../queries';
import type { Answers, MineView } from '../types';
import FileInput from './FileInput';
import QuestionField from './QuestionField';
import QuestionTexts from './QuestionTexts';

const answered = (v: AnswerValue | undefined) =>
  v !== undefined && v !== '' && !(Array.isArray(v) && v.every((x) => x === '')) && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

/**
 * The answers being written (HW-07, HW-09): from the draft saved last, or for a correction
 * from the attempt returned; 保存 keeps them, 提交 hands them in after asking (saying how many
 * are left blank). A 附件上傳 homework is answered with files.
 */
export default function AnswerForm(props: { school: string; view: MineView; forChild: boolean; onSaved: (v: MineView, message: string) => void }) {
  const api = () => homeworkApi(props.school);
  const questions = () => props.view.sections.flatMap((s) => s.items);
  const [answers, setAnswers] = createSignal<Answers>({});
  const [fileIds, setFileIds] = createSignal<string[]>([]);
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [busy, setBusy] = createSignal(false);
  const [ask, setAsk] = createSignal<ConfirmRequest | null>(null);
  const upload = (f: File) => api().upload(f);
  const last = () => props.view.attempts.at(-1);

  createEffect(() => {
    const from = last();
    const start = { ...((from?.answers ?? {}) as Answers) };
    // an ordering is answered as shown until moved: what the student sees is what is sent
    for (const q of questions()) if (q.type === 'ordering' && !start[q.questionId]) start[q.questionId] = ((q.body.items as { id: string }[]) ?? []).map((i) => i.id);
    setAnswers(start);
    setFileIds(props.view.kind === 'upload' ? (from?.files.map((f) => f.id) ?? []) : []);
  });
  const blank = () => (props.view.kind === 'upload' ? 0 : questions().filter((q) => !answered(answers()[q.questionId])).length);

  async function send(submit: boolean) {
    setBusy(true);
    setErrors({});
    try {
      const body = Object.fromEntries(Object.entries(answers()).filter((e): e is [string, AnswerValue] => e[1] !== undefined));
      const next = await api().mine.save(props.view.id, {
        studentId: props.forChild ? props.view.student.id : undefined,
        answers: props.view.kind === 'upload' ? {} : body,
        fileIds: fileIds(),
        submit,
      });
      void revalidate(mineOf.key);
      props.onSaved(next, submit ? t('hwm.submittedDone') : t('hwm.savedDone'));
    } catch (e) {
      const field = e instanceof DetailedApiError ? e.field : undefined;
      const message = e instanceof Error ? e.message : String(e);
      setErrors(field?.startsWith('answers.') ? { [field.split('.')[1]]: message } : field === 'fileIds' ? { files: message } : { form: message });
      throw e;
    } finally {
      setBusy(false);
    }
  }

  function submit() {
    if (props.view.kind === 'upload' && fileIds().length === 0) return setErrors({ files: t('hwm.needFiles') });
    const n = blank();
    setAsk({
      title: t('hwm.submitTitle'),
      body: [n ? t('hwm.blankLeft', { n }) : '', props.forChild ? t('hwm.submitForChild', { name: props.view.student.name }) : t('hwm.submitBody')].filter(Boolean).join(' '),
      confirmLabel: t('hwm.submit'),
      run: () => send(true),
    });
  }

  return (
    <form class="hwm-answer" novalidate onSubmit={(e) => (e.preventDefault(), submit())}>
      <Show
        when={props.view.kind === 'answer'}
        fallback={
          <>
            <QuestionTexts view={props.view} />
            <section class="hwm-card" aria-labelledby="hwm-upload-title">
              <h3 id="hwm-upload-title" class="hwm-section__title">
                {t('hwm.uploadWork')}
              </h3>
              <FileInput max={20} value={fileIds()} known={last()?.files ?? []} disabled={busy()} label={t('hwm.uploadWork')} upload={upload} onChange={(ids) => (setErrors({}), setFileIds(ids))} />
              <Show when={errors().files}>
                <p class="field__error" role="alert">
                  {errors().files}
                </p>
              </Show>
            </section>
          </>
        }
      >
        <For each={props.view.sections}>
          {(s) => (
            <section class="hwm-section" aria-label={s.title}>
              <h3 class="hwm-section__title">{s.title}</h3>
              <For each={s.items}>
                {(q) => (
                  <QuestionField
                    n={questions().indexOf(q) + 1}
                    question={q}
                    scored={props.view.scored}
                    value={answers()[q.questionId]}
                    files={last()?.files ?? []}
                    disabled={busy()}
                    error={errors()[q.questionId]}
                    upload={upload}
                    onChange={(v) => setAnswers((a) => ({ ...a, [q.questionId]: v }))}
                  />
                )}
              </For>
            </section>
          )}
        </For>
      </Show>
      <FormError message={errors().form} />
      <div class="hwm-actions hwm-actions--end">
        <button type="button" class="button button--large" disabled={busy()} onClick={() => void send(false).catch(() => undefined)}>
          {t('hwm.save')}
        </button>
        <button type="submit" class="button button--primary button--large" disabled={busy()}>
          {props.view.submission.status === 'correction' ? t('hwm.resubmit') : t('hwm.submit')}
        </button>
      </div>
      <ConfirmDialog request={ask()} onClose={() => setAsk(null)} />
    </form>
  );
}
