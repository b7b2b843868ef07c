import { createResource, For, Show } from 'solid-js';
import { type AssignmentDetail, homeworkApi, type TeachingSubject } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import type { Field } from './AssignmentForm';
import { classLabel } from './AssignmentList';

/**
 * 科目, 作業定義 and 班級 of the homework form (HW-05): the subjects I teach, the completed
 * definitions of the chosen subject, the classes I teach it in (several at once).
 */
export default function TargetFields(props: {
  school: string;
  draft: boolean;
  teaching: TeachingSubject[] | undefined;
  existing: AssignmentDetail | null | undefined;
  subjectId: string;
  definitionId: string;
  classIds: string[];
  errors: Partial<Record<Field, string>>;
  onSubject: (id: string) => void;
  onDefinition: (id: string) => void;
  onClasses: (ids: string[]) => void;
}) {
  const subject = () => props.teaching?.find((s) => s.id === props.subjectId);
  const [definitions] = createResource(
    () => props.subjectId || false,
    (sid) => homeworkApi(props.school).definitions.list({ subjectId: sid, status: 'completed', pageSize: 100 }).then((p) => p.items),
  );
  // an edited draft keeps its classes even where I no longer teach (the API decides)
  const classes = () => {
    const own = subject()?.classes ?? [];
    const kept = (props.existing?.classes ?? []).filter((c) => !own.some((o) => o.id === c.id));
    return [...own, ...kept];
  };
  const err = (k: Field) => (
    <Show when={props.errors[k]}>
      <p class="field__error" role="alert">
        {props.errors[k]}
      </p>
    </Show>
  );
  return (
    <>
      <div class="hw-form__row">
        <label class="hw-form__label" for="hw-as-subject">
          {t('hw.subject')} *
        </label>
        <div class="hw-form__field">
          <select id="hw-as-subject" value={props.subjectId} disabled={!props.draft} onChange={(e) => props.onSubject(e.currentTarget.value)}>
            <option value="">{t('hw.pickSubject')}</option>
            <For each={props.teaching}>{(s) => <option value={s.id}>{s.name}</option>}</For>
            <Show when={props.existing && !props.teaching?.some((s) => s.id === props.existing?.subject.id)}>
              <option value={props.existing?.subject.id}>{props.existing?.subject.name}</option>
            </Show>
          </select>
          {err('subjectId')}
        </div>
      </div>
      <div class="hw-form__row">
        <label class="hw-form__label" for="hw-as-definition">
          {t('hw.as.definition')} *
        </label>
        <div class="hw-form__field">
          <select id="hw-as-definition" value={props.definitionId} disabled={!props.draft || !props.subjectId} onChange={(e) => props.onDefinition(e.currentTarget.value)}>
            <option value="">{t('hw.as.pickDefinition')}</option>
            <For each={definitions()}>
              {(d) => (
                <option value={d.id}>
                  {d.title}
                  {d.scored ? ` (${t('hw.def.total')} ${d.totalScore ?? ''})` : ''}
                </option>
              )}
            </For>
            <Show when={props.existing && !definitions()?.some((d) => d.id === props.existing?.definition.id)}>
              <option value={props.existing?.definition.id}>{props.existing?.definition.title}</option>
            </Show>
          </select>
          <Show when={props.subjectId && definitions() && definitions()?.length === 0}>
            <p class="hw-warn">{t('hw.as.noDefinitions')}</p>
          </Show>
          {err('definitionId')}
        </div>
      </div>
      <div class="hw-form__row">
        <span class="hw-form__label" id="hw-as-classes">
          {t('hw.as.class')} *
        </span>
        <div class="hw-form__field">
          <Show when={props.subjectId} fallback={<p class="hw-hint">{t('hw.as.pickClasses')}</p>}>
            <div class="hw-choices" role="group" aria-labelledby="hw-as-classes">
              <For each={classes()}>
                {(c) => (
                  <label class="hw-pill" classList={{ 'hw-pill--on': props.classIds.includes(c.id) }}>
                    <input
                      type="checkbox"
                      class="visually-hidden"
                      disabled={!props.draft}
                      checked={props.classIds.includes(c.id)}
                      onChange={(e) => props.onClasses(e.currentTarget.checked ? [...props.classIds, c.id] : props.classIds.filter((x) => x !== c.id))}
                    />
                    {classLabel(c)}
                  </label>
                )}
              </For>
            </div>
            <p class="hw-hint">{t('hw.as.classesHint')}</p>
          </Show>
          {err('classIds')}
        </div>
      </div>
    </>
  );
}
