import { createAsync } from '@solidjs/router';
import { createEffect, createSignal, For, Index, on, Show, Suspense } from 'solid-js';
import { type ClassTeachers, contactsApi } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import FormDialog from './FormDialog';
import { apiErrors, type FieldErrors } from './form-issues';
import { subjectList, teacherList } from './queries';

interface SubjectRow {
  memberId: string;
  subjectId: string;
}

/**
 * 設置老師 (manual §14): 班主任 (one or more teachers) and 任課老師 (a teacher and a subject
 * each). Only staff with the teacher identity are offered; the whole list is saved at once.
 */
export default function TeachersDialog(props: {
  open: boolean;
  school: string;
  classId: string;
  className: string;
  current: ClassTeachers | undefined;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const [homeroom, setHomeroom] = createSignal<string[]>([]);
  const [subjects, setSubjects] = createSignal<SubjectRow[]>([]);
  const [errors, setErrors] = createSignal<FieldErrors>({});

  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setErrors({});
        setHomeroom(props.current?.homeroom.map((h) => h.memberId) ?? []);
        setSubjects(props.current?.subjects.map((s) => ({ memberId: s.memberId, subjectId: s.subjectId })) ?? []);
        if ((props.current?.homeroom.length ?? 0) === 0) setHomeroom(['']);
      },
    ),
  );

  async function submit(): Promise<boolean> {
    const missing: FieldErrors = {};
    // an untouched 班主任 row means "none"; the API's `homeroom.k` is the k-th row chosen
    const rows = homeroom().flatMap((id, i) => (id ? [i] : []));
    const chosen = rows.map((i) => homeroom()[i]);
    subjects().forEach((s, i) => {
      if (!s.memberId) missing[`subjects.${i}.memberId`] = t('contacts.chooseTeacher');
      if (!s.subjectId) missing[`subjects.${i}.subjectId`] = t('contacts.chooseSubject');
    });
    if (Object.keys(missing).length) {
      setErrors(missing);
      return false;
    }
    try {
      await contactsApi(props.school).homeSchool.setTeachers(props.classId, { homeroom: chosen, subjects: subjects() });
      await props.onSaved();
      return true;
    } catch (e) {
      const fields = [...chosen.map((_, k) => `homeroom.${k}`), ...subjects().flatMap((_, i) => [`subjects.${i}.memberId`, `subjects.${i}.subjectId`])];
      const found = apiErrors(e, fields);
      const homeroomError = Object.keys(found).find((k) => k.startsWith('homeroom.'));
      if (homeroomError) {
        found[`homeroom.${rows[Number(homeroomError.split('.')[1])]}`] = found[homeroomError];
        delete found[homeroomError];
      }
      setErrors(found);
      return false;
    }
  }

  return (
    <FormDialog
      open={props.open}
      wide
      title={t('contacts.setTeachersOf', { name: props.className })}
      submitLabel={t('contacts.save')}
      error={errors().form}
      onSubmit={submit}
      onClose={props.onClose}
      footer={<p class="form-note dialog__note">{t('contacts.teachersNote')}</p>}
    >
      <Suspense fallback={<p class="loading">{t('common.loading')}</p>}>
        <Choices
          school={props.school}
          homeroom={homeroom()}
          subjects={subjects()}
          errors={errors()}
          onHomeroom={setHomeroom}
          onSubjects={setSubjects}
          current={props.current}
        />
      </Suspense>
    </FormDialog>
  );
}

function Choices(props: {
  school: string;
  homeroom: string[];
  subjects: SubjectRow[];
  errors: FieldErrors;
  current: ClassTeachers | undefined;
  onHomeroom: (rows: string[]) => void;
  onSubjects: (rows: SubjectRow[]) => void;
}) {
  const teachers = createAsync(() => teacherList(props.school));
  const subjectChoices = createAsync(() => subjectList(props.school));
  // someone assigned before who is no longer a teacher still shows by name
  const people = () => {
    const list = (teachers() ?? []).map((m) => ({ id: m.id, label: m.title ? `${m.name}（${m.title}）` : m.name }));
    const known = new Set(list.map((p) => p.id));
    for (const h of [...(props.current?.homeroom ?? []), ...(props.current?.subjects ?? [])]) {
      if (known.has(h.memberId)) continue;
      list.push({ id: h.memberId, label: h.name });
      known.add(h.memberId);
    }
    return list;
  };
  const setSubject = (i: number, patch: Partial<SubjectRow>) => props.onSubjects(props.subjects.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const err = (key: string) => props.errors[key];

  const TeacherSelect = (p: { id: string; label: string; value: string; error?: string; onChange: (v: string) => void }) => (
    <div class="field field--compact" classList={{ 'field--invalid': !!p.error }}>
      <label for={p.id}>{p.label}</label>
      <select id={p.id} value={p.value} aria-invalid={p.error ? 'true' : undefined} onChange={(e) => p.onChange(e.currentTarget.value)}>
        <option value="">{t('contacts.chooseTeacher')}</option>
        <For each={people()}>{(o) => <option value={o.id}>{o.label}</option>}</For>
      </select>
      <Show when={p.error}>
        <p class="field__error" role="alert">
          {p.error}
        </p>
      </Show>
    </div>
  );

  return (
    <>
      <Show when={(teachers()?.length ?? 0) === 0}>
        <p class="form-error">{t('contacts.noTeachers')}</p>
      </Show>
      <fieldset class="fieldset">
        <legend>{t('contacts.homeroom')}</legend>
        <div class="rows">
          <Index each={props.homeroom}>
            {(id, i) => (
              <div class="row-card row-card--single">
                <TeacherSelect
                  id={`homeroom-${i}`}
                  label={`${t('contacts.homeroom')} ${i + 1}`}
                  value={id()}
                  error={err(`homeroom.${i}`)}
                  onChange={(v) => props.onHomeroom(props.homeroom.map((x, j) => (j === i ? v : x)))}
                />
                <button
                  type="button"
                  class="button button--small button--ghost row-card__remove"
                  onClick={() => props.onHomeroom(props.homeroom.filter((_, j) => j !== i))}
                >
                  {t('contacts.removeRow')}
                  <span class="visually-hidden"> {`${t('contacts.homeroom')} ${i + 1}`}</span>
                </button>
              </div>
            )}
          </Index>
        </div>
        <button type="button" class="button button--small button--outline" onClick={() => props.onHomeroom([...props.homeroom, ''])}>
          + {t('contacts.addHomeroom')}
        </button>
      </fieldset>
      <fieldset class="fieldset">
        <legend>{t('contacts.subjectTeachers')}</legend>
        <Show when={(subjectChoices()?.items.length ?? 0) === 0}>
          <p class="form-note">{t('contacts.noSubjects')}</p>
        </Show>
        <div class="rows">
          <Index each={props.subjects}>
            {(row, i) => (
              <div class="row-card row-card--pair">
                <TeacherSelect
                  id={`subject-teacher-${i}`}
                  label={`${t('contacts.teacher')} ${i + 1}`}
                  value={row().memberId}
                  error={err(`subjects.${i}.memberId`)}
                  onChange={(v) => setSubject(i, { memberId: v })}
                />
                <div class="field field--compact" classList={{ 'field--invalid': !!err(`subjects.${i}.subjectId`) }}>
                  <label for={`subject-${i}`}>{`${t('contacts.subject')} ${i + 1}`}</label>
                  <select id={`subject-${i}`} value={row().subjectId} onChange={(e) => setSubject(i, { subjectId: e.currentTarget.value })}>
                    <option value="">{t('contacts.chooseSubject')}</option>
                    <For each={subjectChoices()?.items}>{(s) => <option value={s.id}>{s.name}</option>}</For>
                  </select>
                  <Show when={err(`subjects.${i}.subjectId`)}>
                    <p class="field__error" role="alert">
                      {err(`subjects.${i}.subjectId`)}
                    </p>
                  </Show>
                </div>
                <button
                  type="button"
                  class="button button--small button--ghost row-card__remove"
                  onClick={() => props.onSubjects(props.subjects.filter((_, j) => j !== i))}
                >
                  {t('contacts.removeRow')}
                  <span class="visually-hidden"> {`${t('contacts.teacher')} ${i + 1}`}</span>
                </button>
              </div>
            )}
          </Index>
        </div>
        <button
          type="button"
          class="button button--small button--outline"
          disabled={(subjectChoices()?.items.length ?? 0) === 0}
          onClick={() => props.onSubjects([...props.subjects, { memberId: '', subjectId: '' }])}
        >
          + {t('contacts.addSubjectTeacher')}
        </button>
      </fieldset>
    </>
  );
}
