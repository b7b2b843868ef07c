import { A, createAsync, revalidate, useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../../components/ConfirmDialog';
import { ApiError } from '../../../lib/client';
import { type AssignmentDetail, type AssignmentInput, type AssignmentKind, homeworkApi } from '../../../lib/homework-client';
import { formatDateTime, t } from '../../../lib/i18n';
import { getAssignment, listAssignments, myTeaching, setFlash } from '../queries';
import TargetFields from './TargetFields';
import TimeField from './TimeField';
import { toInstant, toLocal } from './when';
import '../homework.css';

export type Field = 'title' | 'subjectId' | 'definitionId' | 'classIds' | 'deadline' | 'remindAt' | 'scheduledAt' | 'form';

/**
 * 添加作業 / 編輯 (HW-05; manual §5): 介面答題 or 附件上傳; 標題, 截止時間, 提醒時間, 定時發送
 * (only for a draft), 科目 and 班級 that I teach, a completed 作業定義 of that subject;
 * 保存草稿 or 發佈. A published homework changes only its title, deadline and reminder.
 */
export default function AssignmentForm() {
  const params = useParams<{ school: string; id?: string }>();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const existing = createAsync(async () => (params.id ? getAssignment(params.school, params.id) : null));
  const teaching = createAsync(() => myTeaching(params.school));
  const [kind, setKind] = createSignal<AssignmentKind>(search.kind === 'upload' ? 'upload' : 'answer');
  const [title, setTitle] = createSignal('');
  const [subjectId, setSubjectId] = createSignal('');
  const [definitionId, setDefinitionId] = createSignal('');
  const [classIds, setClassIds] = createSignal<string[]>([]);
  const [deadline, setDeadline] = createSignal('');
  const [remindAt, setRemindAt] = createSignal('');
  const [scheduledAt, setScheduledAt] = createSignal('');
  const [errors, setErrors] = createSignal<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = createSignal(false);
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);

  createEffect(
    on(existing, (a) => {
      if (!a) return;
      setKind(a.kind);
      setTitle(a.title);
      setSubjectId(a.subject.id);
      setDefinitionId(a.definition.id);
      setClassIds(a.classes.map((c) => c.id));
      setDeadline(toLocal(a.deadline));
      setRemindAt(toLocal(a.remindAt));
      setScheduledAt(toLocal(a.scheduledAt));
    }),
  );
  // a single subject taught: chosen already
  createEffect(() => {
    const list = teaching();
    if (!params.id && list?.length === 1 && !subjectId()) setSubjectId(list[0].id);
  });
  const draft = () => !existing() || existing()?.status === 'draft';
  const pickSubject = (id: string) => {
    setSubjectId(id);
    setDefinitionId('');
    setClassIds([]);
    setErrors({});
  };

  function check(): boolean {
    const e: Partial<Record<Field, string>> = {};
    if (!title().trim()) e.title = t('hw.as.needTitle');
    if (draft()) {
      if (!subjectId()) e.subjectId = t('hw.pickSubject');
      if (!definitionId()) e.definitionId = t('hw.as.needDefinition');
      if (!classIds().length) e.classIds = t('hw.as.needClasses');
    }
    if (deadline() && remindAt() && remindAt() >= deadline()) e.remindAt = t('hw.as.remindAfterDeadline');
    setErrors(e);
    return Object.keys(e).length === 0;
  }

  const input = (publish: boolean): AssignmentInput => ({
    title: title().trim(),
    subjectId: subjectId(),
    definitionId: definitionId(),
    kind: kind(),
    classIds: classIds(),
    deadline: toInstant(deadline()),
    remindAt: toInstant(remindAt()),
    scheduledAt: publish ? null : toInstant(scheduledAt()),
    publish,
  });

  async function save(publish: boolean) {
    const api = homeworkApi(params.school).assignments;
    const a = existing();
    const { publish: _p, ...patch } = input(publish);
    let saved: AssignmentDetail;
    if (!a) saved = await api.create(input(publish));
    else if (a.status === 'draft') {
      saved = await api.update(a.id, patch);
      if (publish) saved = await api.publish(a.id);
    } else saved = await api.update(a.id, { title: patch.title, deadline: patch.deadline, remindAt: patch.remindAt });
    const name = saved.title;
    setFlash(
      publish ? t('hw.as.publishedDone', { title: name }) : saved.status === 'draft' && saved.scheduledAt ? t('hw.as.scheduledDone', { title: name, at: formatDateTime(saved.scheduledAt) }) : saved.status === 'draft' ? t('hw.as.savedDraft', { title: name }) : t('hw.as.updated', { title: name }),
    );
    await revalidate([listAssignments.key, getAssignment.key]);
    navigate(`/${params.school}/homework/assignments`);
  }

  const fail = (e: unknown) => {
    const field = e instanceof ApiError && e.field ? (e.field.split('.')[0] as Field) : 'form';
    setErrors({ [['title', 'subjectId', 'definitionId', 'classIds', 'deadline', 'remindAt', 'scheduledAt'].includes(field) ? field : 'form']: e instanceof Error ? e.message : String(e) });
  };

  async function submit(publish: boolean) {
    if (!check()) return;
    if (publish) {
      setRequest({
        title: t('hw.as.publishTitle'),
        body: t('hw.as.publishBody'),
        confirmLabel: t('hw.as.publish'),
        run: () =>
          save(true).catch((e) => {
            fail(e);
            throw e;
          }),
      });
      return;
    }
    setBusy(true);
    try {
      await save(false);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  const err = (k: Field) => (
    <Show when={errors()[k]}>
      <p class="field__error" role="alert">
        {errors()[k]}
      </p>
    </Show>
  );

  return (
    <form class="hw-screen hw-form" onSubmit={(e) => (e.preventDefault(), void submit(false))} novalidate>
      <div class="hw-head">
        <h2>
          {t(params.id ? 'hw.as.editTitle' : 'hw.as.addTitle')} · {t(`hw.as.kind.${kind()}`)}
        </h2>
        <A href={`/${params.school}/homework/assignments`}>{t('hw.back')}</A>
      </div>
      <Show when={teaching() && teaching()?.length === 0 && !params.id}>
        <p class="form-error" role="alert">
          {t('hw.as.noTeaching')}
        </p>
      </Show>
      <div class="panel hw-form__panel">
        <Show when={!draft()}>
          <p class="hw-lock" role="note">
            {t('hw.as.lockedFields')}
          </p>
        </Show>
        <div class="hw-form__row">
          <span class="hw-form__label">{t('hw.as.kind')}</span>
          <div class="hw-form__field">
            <div class="hw-choices" role="radiogroup" aria-label={t('hw.as.kind')}>
              <For each={['answer', 'upload'] as const}>
                {(k) => (
                  <label class="hw-pill" classList={{ 'hw-pill--on': kind() === k }}>
                    <input type="radio" name="hw-kind" class="visually-hidden" disabled={!draft()} checked={kind() === k} onChange={() => setKind(k)} />
                    {t(`hw.as.kind.${k}`)}
                  </label>
                )}
              </For>
            </div>
            <p class="hw-hint">{t('hw.as.kindHint')}</p>
          </div>
        </div>
        <div class="hw-form__row">
          <label class="hw-form__label" for="hw-as-title">
            {t('hw.title')} *
          </label>
          <div class="hw-form__field">
            <input id="hw-as-title" value={title()} maxLength={200} aria-invalid={errors().title ? 'true' : undefined} onInput={(e) => setTitle(e.currentTarget.value)} />
            {err('title')}
          </div>
        </div>
        <TimeField id="hw-as-deadline" label={t('hw.as.deadline')} value={deadline()} onChange={setDeadline} error={errors().deadline} />
        <TimeField id="hw-as-remind" label={t('hw.as.remindAt')} value={remindAt()} onChange={setRemindAt} error={errors().remindAt} />
        <Show when={draft()}>
          <TimeField id="hw-as-scheduled" label={t('hw.as.scheduledAt')} value={scheduledAt()} onChange={setScheduledAt} hint={t('hw.as.scheduledHint')} error={errors().scheduledAt} />
        </Show>
        <TargetFields
          school={params.school}
          draft={draft()}
          teaching={teaching()}
          existing={existing()}
          subjectId={subjectId()}
          definitionId={definitionId()}
          classIds={classIds()}
          errors={errors()}
          onSubject={pickSubject}
          onDefinition={setDefinitionId}
          onClasses={setClassIds}
        />
        {err('form')}
        <div class="hw-form__actions">
          <Show
            when={draft()}
            fallback={
              <button type="submit" class="button button--primary" disabled={busy()}>
                {t('hw.save')}
              </button>
            }
          >
            <button type="submit" class="button" disabled={busy()}>
              {t('hw.as.saveDraft')}
            </button>
            <button type="button" class="button button--primary" disabled={busy()} onClick={() => void submit(true)}>
              {t('hw.as.publish')}
            </button>
          </Show>
          <A class="button" href={`/${params.school}/homework/assignments`}>
            {t('common.cancel')}
          </A>
        </div>
      </div>
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </form>
  );
}
