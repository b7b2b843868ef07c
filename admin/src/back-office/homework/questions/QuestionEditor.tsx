import { A, createAsync, revalidate, useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, type JSX, Match, Show, Switch } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../../components/ConfirmDialog';
import { ApiError } from '../../../lib/client';
import { homeworkApi, QUESTION_TYPES, type QuestionDetail, type QuestionType } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import { typeLabel } from '../labels';
import { enabledSubjects, getQuestion, listQuestions, setFlash } from '../queries';
import Attachments, { type AttachedFile } from './Attachments';
import ChoiceEditor from './ChoiceEditor';
import { blankState, type EditorField, type EditorState, editorProblems, fieldOf, fromContent, toContent } from './content';
import { OrderingEditor, ShortEditor } from './ListEditors';
import MatchingEditor from './MatchingEditor';
import { FileEditor, FillEditor, TrueFalseEditor } from './SimpleEditors';

/**
 * 添加 / 編輯 a question (HW-01, manual §5 添加單選): 題目, 科目, the type's options and answer,
 * 附件; 保存草稿 or 發佈 (asked first: a published question never changes, HW-02).
 */
export default function QuestionEditor(props: { question?: QuestionDetail; type?: QuestionType }) {
  const params = useParams<{ school: string }>();
  const navigate = useNavigate();
  const subjects = createAsync(() => enabledSubjects(params.school));
  const q = props.question;
  const [text, setText] = createSignal(q?.text ?? '');
  const [subjectId, setSubjectId] = createSignal(q?.subject.id ?? '');
  const [state, setState] = createSignal<EditorState>(q ? fromContent(q) : blankState(props.type ?? 'single'));
  const [files, setFiles] = createSignal<AttachedFile[]>(q?.attachments ?? []);
  const [errors, setErrors] = createSignal<Partial<Record<EditorField, string>>>({});
  const [busy, setBusy] = createSignal(false);
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  let textArea!: HTMLTextAreaElement;

  const update = (patch: Partial<EditorState>) => {
    setState((s) => ({ ...s, ...patch }));
    setErrors(({ content: _c, answer: _a, ...rest }) => rest);
  };
  const switchType = (type: QuestionType) => {
    if (type !== state().type) setState(blankState(type));
    setErrors({});
  };
  const insertBlank = () => {
    const at = textArea.selectionStart ?? text().length;
    const end = textArea.selectionEnd ?? at;
    setText(`${text().slice(0, at)}____${text().slice(end)}`);
    textArea.focus();
    textArea.setSelectionRange(at + 4, at + 4);
  };

  async function save(publish: boolean) {
    const payload = { subjectId: subjectId(), text: text().trim(), ...toContent(state(), text()), attachmentIds: files().map((f) => f.id) };
    const api = homeworkApi(params.school).questions;
    const saved = q ? await api.update(q.id, { ...payload, publish }) : await api.create({ ...payload, publish });
    setFlash(t(publish ? 'hw.q.publishedDone' : 'hw.q.savedDraft'));
    await revalidate([listQuestions.key, getQuestion.keyFor(params.school, saved.id)]);
    navigate(`/${params.school}/homework/questions`);
  }

  async function submit(publish: boolean) {
    const problems = editorProblems(state(), text(), subjectId());
    setErrors(problems ?? {});
    if (problems) return;
    if (publish) {
      setRequest({ title: t('hw.q.publishTitle'), body: t('hw.q.publishBody'), confirmLabel: t('hw.q.publish'), run: () => save(true) });
      return;
    }
    setBusy(true);
    try {
      await save(false);
    } catch (e) {
      setErrors({ [fieldOf(e instanceof ApiError ? e.field : undefined)]: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  const err = (k: EditorField) => (
    <Show when={errors()[k]}>
      <p class="field__error" role="alert">
        {errors()[k]}
      </p>
    </Show>
  );
  const row = (label: string, forId: string | undefined, body: JSX.Element, required = false) => (
    <div class="hw-form__row">
      <Show when={forId} fallback={<span class="hw-form__label">{label}{required ? ' *' : ''}</span>}>
        <label class="hw-form__label" for={forId}>
          {label}
          {required ? ' *' : ''}
        </label>
      </Show>
      <div class="hw-form__field">{body}</div>
    </div>
  );

  return (
    <form class="hw-screen hw-form" onSubmit={(e) => (e.preventDefault(), void submit(false))} novalidate>
      <div class="hw-head">
        <h2>{t(q ? 'hw.q.editTitle' : 'hw.q.addTitle', { type: typeLabel(state().type) })}</h2>
        <A href={`/${params.school}/homework/questions`}>{t('hw.back')}</A>
      </div>
      <div class="panel hw-form__panel">
        {row(
          t('hw.q.pickType'),
          undefined,
          <div class="hw-choices" role="radiogroup" aria-label={t('hw.q.pickType')}>
            <For each={QUESTION_TYPES}>
              {(type) => (
                <label class="hw-pill" classList={{ 'hw-pill--on': state().type === type }}>
                  <input type="radio" name="hw-type" class="visually-hidden" checked={state().type === type} onChange={() => switchType(type)} />
                  {typeLabel(type)}
                </label>
              )}
            </For>
          </div>,
        )}
        {row(
          t('hw.q.text'),
          'hw-q-text',
          <>
            <textarea
              ref={textArea}
              id="hw-q-text"
              rows="3"
              maxLength={2000}
              value={text()}
              aria-invalid={errors().text ? 'true' : undefined}
              onInput={(e) => (setText(e.currentTarget.value), setErrors(({ text: _t, ...rest }) => rest))}
            />
            {err('text')}
          </>,
          true,
        )}
        {row(
          t('hw.subject'),
          'hw-q-subject',
          <>
            <select id="hw-q-subject" value={subjectId()} aria-invalid={errors().subjectId ? 'true' : undefined} onChange={(e) => (setSubjectId(e.currentTarget.value), setErrors(({ subjectId: _s, ...rest }) => rest))}>
              <option value="">{t('hw.pickSubject')}</option>
              <For each={subjects()}>{(s) => <option value={s.id}>{s.name}</option>}</For>
              <Show when={q && !subjects()?.some((s) => s.id === q.subject.id)}>
                <option value={q?.subject.id}>{q?.subject.name}</option>
              </Show>
            </select>
            {err('subjectId')}
          </>,
          true,
        )}
        {row(
          state().type === 'single' || state().type === 'multiple' ? t('hw.q.options') : t('hw.q.answer'),
          undefined,
          <>
            <Switch>
              <Match when={state().type === 'single' || state().type === 'multiple'}>
                <ChoiceEditor state={state()} update={update} />
              </Match>
              <Match when={state().type === 'ordering'}>
                <OrderingEditor state={state()} update={update} />
              </Match>
              <Match when={state().type === 'short'}>
                <ShortEditor state={state()} update={update} />
              </Match>
              <Match when={state().type === 'true_false'}>
                <TrueFalseEditor state={state()} update={update} />
              </Match>
              <Match when={state().type === 'file'}>
                <FileEditor state={state()} update={update} />
              </Match>
              <Match when={state().type === 'matching'}>
                <MatchingEditor state={state()} update={update} />
              </Match>
              <Match when={state().type === 'fill'}>
                <FillEditor state={state()} update={update} text={text()} insertBlank={insertBlank} />
              </Match>
            </Switch>
            {err('content')}
            {err('answer')}
          </>,
          true,
        )}
        {row(t('hw.q.attachments'), undefined, <Attachments school={params.school} files={files()} onChange={setFiles} error={errors().attachments} />)}
        {err('form')}
        <div class="hw-form__actions">
          <button type="submit" class="button" disabled={busy()}>
            {t('hw.q.saveDraft')}
          </button>
          <button type="button" class="button button--primary" disabled={busy()} onClick={() => void submit(true)}>
            {t('hw.q.publish')}
          </button>
          <A class="button" href={`/${params.school}/homework/questions`}>
            {t('common.cancel')}
          </A>
        </div>
      </div>
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </form>
  );
}
