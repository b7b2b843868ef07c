import { createAsync, revalidate, useNavigate, useParams } from '@solidjs/router';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../../components/ConfirmDialog';
import Field from '../../../components/Field';
import FormError from '../../../components/FormError';
import { DetailedApiError } from '../../../lib/client';
import { type AssignmentKind, homeworkApi } from '../../../lib/homework-client';
import { formatDateTime, t } from '../../../lib/i18n';
import { useTitle } from '../../../lib/title';
import PageHeader from '../../more/PageHeader';
import { fmtScore, toInstant } from '../format';
import { assignmentsOf, teachingOf } from '../queries';
import { FieldError, SelectField } from '../shared/SelectField';
import '../homework.css';

type Errors = Partial<Record<'title' | 'subjectId' | 'definitionId' | 'classIds' | 'deadline' | 'remindAt' | 'scheduledAt' | 'form', string>>;

/**
 * 佈置作業 (manual §9, HW-05): title, 介面答題 / 附件上傳, a subject and the classes the teacher
 * teaches it in, a completed definition of that subject, deadline, reminder and 定時發送;
 * 定時發送 saves a draft that goes out at that time, 發佈作業 sends it now (after asking).
 */
export default function Assign() {
  const params = useParams<{ school: string }>();
  const navigate = useNavigate();
  const api = () => homeworkApi(params.school);
  useTitle(() => t('hwm.assign'));
  const teaching = createAsync(() => teachingOf(params.school));
  const [title, setTitle] = createSignal('');
  const [kind, setKind] = createSignal<AssignmentKind>('answer');
  const [subjectId, setSubjectId] = createSignal('');
  const [definitionId, setDefinitionId] = createSignal('');
  const [classIds, setClassIds] = createSignal<string[]>([]);
  const [deadline, setDeadline] = createSignal('');
  const [remindAt, setRemindAt] = createSignal('');
  const [scheduledAt, setScheduledAt] = createSignal('');
  const [errors, setErrors] = createSignal<Errors>({});
  const [busy, setBusy] = createSignal(false);
  const [confirm, setConfirm] = createSignal<ConfirmRequest | null>(null);

  // the first subject taught, once known; a new subject clears its classes and definition
  createEffect(() => {
    const first = teaching()?.[0];
    if (first && !subjectId()) setSubjectId(first.id);
  });
  createEffect(on(subjectId, () => (setClassIds([]), setDefinitionId('')), { defer: true }));
  const subject = () => teaching()?.find((s) => s.id === subjectId());
  const definitions = createAsync(async () =>
    subjectId() ? (await api().definitions.list({ subjectId: subjectId(), status: 'completed', pageSize: 100 })).items : [],
  );
  /** A field's error goes once it is changed. */
  const clear = (k: keyof Errors) => setErrors((e) => ({ ...e, [k]: undefined }));
  const toggle = (id: string, on: boolean) => (clear('classIds'), setClassIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id))));

  function check(publish: boolean): Errors {
    const e: Errors = {};
    if (!title().trim()) e.title = t('hw.as.needTitle');
    if (!definitionId()) e.definitionId = t('hw.as.needDefinition');
    if (classIds().length === 0) e.classIds = t('hw.as.needClasses');
    if (!publish && !scheduledAt()) e.scheduledAt = t('hwm.needSchedule');
    if (deadline() && remindAt() && remindAt() >= deadline()) e.remindAt = t('hw.as.remindAfterDeadline');
    return e;
  }

  async function send(publish: boolean) {
    setBusy(true);
    try {
      const made = await api().assignments.create({
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
      void revalidate(assignmentsOf.key);
      const flash = publish ? t('hw.as.publishedDone', { title: made.title }) : t('hw.as.scheduledDone', { title: made.title, at: formatDateTime(made.scheduledAt) });
      navigate(`/${params.school}/m/apps/homework/${made.id}`, { state: { flash } });
    } catch (err) {
      const field = err instanceof DetailedApiError ? err.field?.split('.')[0] : undefined;
      const message = err instanceof Error ? err.message : String(err);
      setErrors(field && field in { title: 1, subjectId: 1, definitionId: 1, classIds: 1, deadline: 1, remindAt: 1, scheduledAt: 1 } ? { [field]: message } : { form: message });
      throw err;
    } finally {
      setBusy(false);
    }
  }

  function submit(publish: boolean) {
    const e = check(publish);
    setErrors(e);
    if (Object.keys(e).length) return;
    if (!publish) return void send(false).catch(() => undefined);
    const names = (subject()?.classes ?? []).filter((c) => classIds().includes(c.id)).map((c) => c.name);
    setConfirm({
      title: t('hw.as.publishTitle'),
      body: t('hwm.publishBody', { title: title().trim(), classes: names.join('、') }),
      confirmLabel: t('hwm.publish'),
      run: () => send(true),
    });
  }

  return (
    <>
      <PageHeader title={t('hwm.assign')} back={`/${params.school}/m/apps/homework`} />
      <main class="m-body">
        <Show when={teaching()} fallback={<p class="loading">{t('common.loading')}</p>}>
          <Show when={(teaching()?.length ?? 0) > 0} fallback={<p class="m-empty">{t('hw.as.noTeaching')}</p>}>
            <form class="hwm-form" novalidate onSubmit={(e) => (e.preventDefault(), submit(true))}>
              <Field id="hwm-title" label={`${t('hw.title')} *`} value={title()} maxLength={200} error={errors().title} onInput={(e) => (clear('title'), setTitle(e.currentTarget.value))} />
              <fieldset class="hwm-kind">
                <legend>{t('hw.as.kind')}</legend>
                <For each={['answer', 'upload'] as const}>
                  {(k) => (
                    <label class="hwm-kind__option">
                      <input type="radio" name="hwm-kind" checked={kind() === k} onChange={() => setKind(k)} />
                      <span>{t(`hw.as.kind.${k}`)}</span>
                    </label>
                  )}
                </For>
                <p class="field__hint">{t('hw.as.kindHint')}</p>
              </fieldset>
              <SelectField
                id="hwm-subject"
                label={`${t('hw.subject')} *`}
                value={subjectId()}
                error={errors().subjectId}
                options={(teaching() ?? []).map((s) => ({ value: s.id, label: s.name }))}
                onChange={setSubjectId}
              />
              <SelectField
                id="hwm-definition"
                label={`${t('hw.as.definition')} *`}
                value={definitionId()}
                error={errors().definitionId}
                options={[
                  { value: '', label: t('hw.as.pickDefinition') },
                  ...(definitions() ?? []).map((d) => ({ value: d.id, label: d.scored ? `${d.title}（${t('hw.def.total')} ${fmtScore(d.totalScore)}）` : d.title })),
                ]}
                onChange={(v) => (clear('definitionId'), setDefinitionId(v))}
              />
              <Show when={definitions() && definitions()?.length === 0}>
                <p class="field__hint">{t('hw.as.noDefinitions')}</p>
              </Show>
              <fieldset class="hwm-classes" aria-describedby={errors().classIds ? 'hwm-classes-error' : undefined}>
                <legend>{t('hw.as.class')} *</legend>
                <For each={subject()?.classes}>
                  {(c) => (
                    <label class="hwm-check">
                      <input type="checkbox" checked={classIds().includes(c.id)} onChange={(e) => toggle(c.id, e.currentTarget.checked)} />
                      <span>{c.name}</span>
                    </label>
                  )}
                </For>
                <p class="field__hint">{t('hw.as.classesHint')}</p>
                <FieldError id="hwm-classes-error" error={errors().classIds} />
              </fieldset>
              <Field id="hwm-deadline" type="datetime-local" label={t('hw.as.deadline')} value={deadline()} error={errors().deadline} onInput={(e) => (clear('deadline'), clear('remindAt'), setDeadline(e.currentTarget.value))} />
              <Field id="hwm-remind" type="datetime-local" label={t('hw.as.remindAt')} value={remindAt()} error={errors().remindAt} onInput={(e) => (clear('remindAt'), setRemindAt(e.currentTarget.value))} />
              <Field
                id="hwm-scheduled"
                type="datetime-local"
                label={t('hw.as.scheduledAt')}
                hint={t('hwm.scheduledHint')}
                value={scheduledAt()}
                error={errors().scheduledAt}
                onInput={(e) => (clear('scheduledAt'), setScheduledAt(e.currentTarget.value))}
              />
              <FormError message={errors().form} />
              <div class="hwm-actions">
                <button type="button" class="button button--large" disabled={busy()} onClick={() => submit(false)}>
                  {t('hwm.schedule')}
                </button>
                <button type="submit" class="button button--primary button--large" disabled={busy()}>
                  {t('hwm.publish')}
                </button>
              </div>
            </form>
          </Show>
        </Show>
      </main>
      <ConfirmDialog request={confirm()} onClose={() => setConfirm(null)} />
    </>
  );
}
