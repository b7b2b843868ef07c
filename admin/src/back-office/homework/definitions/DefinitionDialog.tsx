import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { CreateDefinitionBody } from '../../../../../api/src/homework/definitions/schemas';
import Field from '../../../components/Field';
import { type DefinitionRow, homeworkApi, type Subject } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import FormDialog from '../../contacts/FormDialog';
import { apiErrors, checkForm, type FieldErrors } from '../../contacts/form-issues';

/** 添加 (title, subject, 是否計分) / 編輯 (title, 是否計分) a draft definition (HW-03). */
export default function DefinitionDialog(props: {
  school: string;
  definition: DefinitionRow | 'new' | null;
  subjects: Subject[];
  onClose: () => void;
  onSaved: (saved: { id: string; title: string }, created: boolean) => Promise<void>;
}) {
  const [title, setTitle] = createSignal('');
  const [subjectId, setSubjectId] = createSignal('');
  const [scored, setScored] = createSignal(true);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const existing = () => (props.definition && props.definition !== 'new' ? props.definition : null);
  createEffect(
    on(
      () => props.definition,
      (d) => {
        if (!d) return;
        setTitle(d === 'new' ? '' : d.title);
        setSubjectId(d === 'new' ? '' : d.subject.id);
        setScored(d === 'new' ? true : d.scored);
        setErrors({});
      },
    ),
  );

  async function submit(): Promise<boolean> {
    const input = { title: title().trim(), subjectId: subjectId(), scored: scored() };
    const invalid = checkForm(CreateDefinitionBody, input);
    if (invalid) {
      setErrors(invalid.subjectId ? { ...invalid, subjectId: t('hw.pickSubject') } : invalid);
      return false;
    }
    try {
      const api = homeworkApi(props.school).definitions;
      const current = existing();
      const saved = current ? await api.update(current.id, { title: input.title, scored: input.scored }) : await api.create(input);
      await props.onSaved(saved, !current);
      return true;
    } catch (e) {
      setErrors(apiErrors(e, ['title', 'subjectId']));
      return false;
    }
  }

  return (
    <FormDialog open={!!props.definition} title={t(existing() ? 'hw.def.editTitle' : 'hw.def.addTitle')} submitLabel={t('hw.save')} error={errors().form} onSubmit={submit} onClose={props.onClose}>
      <Field id="hw-def-title" label={`${t('hw.title')} *`} value={title()} error={errors().title} autocomplete="off" maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
      <div class="field" classList={{ 'field--invalid': !!errors().subjectId }}>
        <label for="hw-def-subject">{t('hw.subject')} *</label>
        <select id="hw-def-subject" value={subjectId()} disabled={!!existing()} onChange={(e) => setSubjectId(e.currentTarget.value)}>
          <option value="">{t('hw.pickSubject')}</option>
          <For each={props.subjects}>{(s) => <option value={s.id}>{s.name}</option>}</For>
          <Show when={existing() && !props.subjects.some((s) => s.id === existing()?.subject.id)}>
            <option value={existing()?.subject.id}>{existing()?.subject.name}</option>
          </Show>
        </select>
        <Show when={errors().subjectId}>
          <p class="field__error" role="alert">
            {errors().subjectId}
          </p>
        </Show>
      </div>
      <label class="hw-check">
        <input type="checkbox" checked={scored()} onChange={(e) => setScored(e.currentTarget.checked)} /> {t('hw.def.scoredLabel')}
      </label>
      <p class="field__hint">{t('hw.def.scoredHint')}</p>
    </FormDialog>
  );
}
