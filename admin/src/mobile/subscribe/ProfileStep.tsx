import { createResource, createSignal, For, Index, type JSX, Show } from 'solid-js';
import Field from '../../components/Field';
import { t } from '../../lib/i18n';
import { type ClassChoice, type DraftView, type SubscriptionKind, subscriptionApi } from '../../lib/subscription-client';
import { type FieldErrors, isExpired, placeError } from './errors';

export type CardMode = 'education' | 'temp';
const FIELDS = ['name', 'departmentIds', 'teaching', 'studentName', 'classId', 'relation'] as const;

/** The B08 classes as a <select>, grouped by grade (SUB-05). */
export function ClassOptions(props: { classes: ClassChoice[] }) {
  const grades = () => [...new Set(props.classes.map((c) => `${c.campusName} ${c.gradeName}`))];
  return (
    <For each={grades()}>
      {(g) => (
        <optgroup label={g}>
          <For each={props.classes.filter((c) => `${c.campusName} ${c.gradeName}` === g)}>{(c) => <option value={c.id}>{c.name}</option>}</For>
        </optgroup>
      )}
    </For>
  );
}

/** A labelled <select> with its error under it; a component, so it is not rebuilt on each change. */
export function SelectField(props: { id: string; label: string; value: string; error?: string; onChange: (v: string) => void; children: JSX.Element }) {
  return (
    <div class="field" classList={{ 'field--invalid': !!props.error }}>
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} aria-invalid={props.error ? 'true' : undefined} aria-describedby={props.error ? `${props.id}-error` : undefined}>
        {props.children}
      </select>
      <Show when={props.error}>
        <p class="field__error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  );
}

/**
 * 姓名 (+ 部門, 添加班級 for staff) or 學生姓名, 班級, 關係 for the family code; then the choice
 * of 在本澳首次註冊 or 掃描教育證 sends the profile and opens the card screen.
 */
export default function ProfileStep(props: { school: string; kind: SubscriptionKind; token: string; draft: DraftView | null; onExpired: () => void; onDone: (mode: CardMode) => void }) {
  const api = () => subscriptionApi(props.school);
  const [data] = createResource(
    () => props.token,
    async (token) => {
      const [draft, options] = await Promise.all([api().draft.get(token), api().draft.options(token)]);
      return { draft, options };
    },
  );
  const [name, setName] = createSignal(props.draft?.name ?? '');
  const [studentName, setStudentName] = createSignal(props.draft?.studentName ?? '');
  const [classId, setClassId] = createSignal(props.draft?.classId ?? '');
  const [relation, setRelation] = createSignal(props.draft?.relation ?? '');
  const [departmentIds, setDepartmentIds] = createSignal<string[]>([]);
  const [teaching, setTeaching] = createSignal<{ classId: string; subjectId: string }[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [errors, setErrors] = createSignal<FieldErrors>({});

  const family = () => props.kind === 'family';
  const identity = () => data()?.draft.identity;
  const teacher = () => identity() === 'teacher';
  const setRow = (i: number, patch: Partial<{ classId: string; subjectId: string }>) => setTeaching((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  /** What the manual's form asks before going on, named by its label (the API checks it again). */
  const firstMissing = (): [string, string] | undefined => {
    const needs: [string, string, boolean][] = family()
      ? [
          ['studentName', t('sub.studentName'), !studentName().trim()],
          ['classId', t('sub.class'), !classId()],
          ['relation', t('sub.relation'), identity() === 'parent' && !relation()],
        ]
      : [
          ['name', t('sub.name'), !name().trim()],
          ['departmentIds', t('sub.departments'), props.kind === 'staff' && departmentIds().length === 0],
        ];
    const hit = needs.find((n) => n[2]);
    return hit ? [hit[0], hit[1]] : undefined;
  };

  async function submit(mode: CardMode) {
    if (busy()) return;
    const missing = firstMissing();
    if (missing) return setErrors({ [missing[0]]: t('sub.required', { field: missing[1] }) });
    setBusy(true);
    setErrors({});
    try {
      const input = family()
        ? { studentName: studentName() || undefined, classId: classId() || undefined, ...(identity() === 'parent' ? { relation: relation() || undefined } : {}) }
        : {
            name: name() || undefined,
            ...(props.kind === 'staff' ? { departmentIds: departmentIds() } : {}),
            ...(teacher() ? { teaching: teaching().filter((r) => r.classId || r.subjectId) } : {}),
          };
      await api().draft.profile(props.token, input);
      props.onDone(mode);
    } catch (error) {
      if (isExpired(error)) props.onExpired();
      else setErrors(placeError(error, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  const error = (field: string) => errors()[field];
  return (
    <form class="sub__form" onSubmit={(e) => (e.preventDefault(), submit('education'))} novalidate>
      <Show when={errors().form}>
        <p class="form-error" role="alert">
          {errors().form}
        </p>
      </Show>
      <Show when={data()} fallback={<p class="muted">…</p>}>
        {(d) => (
          <>
            <div class="sub__readonly">
              <span>{t('sub.verifiedPhone')}</span>
              <strong>{d().draft.phone}</strong>
              <span>{t(`sub.identity.${d().draft.identity}`)}</span>
            </div>
            <Show
              when={family()}
              fallback={
                <>
                  <Field id="sub-name" label={t('sub.name')} placeholder={t('sub.nameHint')} value={name()} onInput={(e) => setName(e.currentTarget.value)} error={error('name')} />
                  <Show when={props.kind === 'staff'}>
                    <fieldset class="sub__choice" classList={{ 'field--invalid': !!error('departmentIds') }}>
                      <legend>
                        {t('sub.departments')} <span class="muted">{t('sub.departmentsPicked', { n: departmentIds().length })}</span>
                      </legend>
                      <div class="sub__checks">
                        <For each={d().options.departments ?? []}>
                          {(dep) => (
                            <label class="sub__check" style={{ 'padding-left': `${dep.depth * 0.75}rem` }}>
                              <input
                                type="checkbox"
                                checked={departmentIds().includes(dep.id)}
                                onChange={(e) => setDepartmentIds((ids) => (e.currentTarget.checked ? [...ids, dep.id] : ids.filter((x) => x !== dep.id)))}
                              />
                              {dep.name}
                            </label>
                          )}
                        </For>
                      </div>
                      <Show when={error('departmentIds')}>
                        <p class="field__error" role="alert">
                          {error('departmentIds')}
                        </p>
                      </Show>
                    </fieldset>
                  </Show>
                  <Show when={teacher()}>
                    <fieldset class="sub__choice" classList={{ 'field--invalid': !!error('teaching') }}>
                      <legend>{t('sub.teaching')}</legend>
                      <Show when={teaching().length === 0}>
                        <p class="sub__warn">! {t('sub.teacherNeedsClass')}</p>
                      </Show>
                      <Index each={teaching()}>
                        {(row, i) => (
                          <div class="sub__teach">
                            <SelectField id={`sub-teach-class-${i}`} label={t('sub.class')} value={row().classId} error={error(`teaching.${i}.classId`)} onChange={(v) => setRow(i, { classId: v })}>
                              <option value="">{t('sub.pickClass')}</option>
                              <ClassOptions classes={d().options.classes} />
                            </SelectField>
                            <SelectField id={`sub-teach-subject-${i}`} label={t('sub.subject')} value={row().subjectId} error={error(`teaching.${i}.subjectId`)} onChange={(v) => setRow(i, { subjectId: v })}>
                              <option value="">{t('sub.pickSubject')}</option>
                              <For each={d().options.subjects ?? []}>{(s) => <option value={s.id}>{s.name}</option>}</For>
                            </SelectField>
                            <button type="button" class="button button--small button--danger-text" onClick={() => setTeaching((rows) => rows.filter((_, j) => j !== i))}>
                              {t('sub.removeClass')}
                            </button>
                          </div>
                        )}
                      </Index>
                      <button type="button" class="button button--outline button--block" onClick={() => setTeaching((rows) => [...rows, { classId: '', subjectId: '' }])}>
                        {t('sub.addClass')}
                      </button>
                      <Show when={error('teaching')}>
                        <p class="field__error" role="alert">
                          {error('teaching')}
                        </p>
                      </Show>
                    </fieldset>
                  </Show>
                </>
              }
            >
              <Field
                id="sub-student-name"
                label={t('sub.studentName')}
                placeholder={t('sub.studentNameHint')}
                value={studentName()}
                onInput={(e) => setStudentName(e.currentTarget.value)}
                error={error('studentName')}
              />
              <SelectField id="sub-class" label={t('sub.class')} value={classId()} error={error('classId')} onChange={setClassId}>
                <option value="">{t('sub.pickClass')}</option>
                <ClassOptions classes={d().options.classes} />
              </SelectField>
              <Show when={d().draft.identity === 'parent'}>
                <SelectField id="sub-relation" label={t('sub.relation')} value={relation()} error={error('relation')} onChange={setRelation}>
                  <option value="">{t('sub.pickRelation')}</option>
                  <For each={d().options.relations ?? []}>{(r) => <option value={r}>{r}</option>}</For>
                </SelectField>
              </Show>
            </Show>
            <p class="sub__note">{t('sub.cardNote')}</p>
            <div class="sub__pair">
              <button type="button" class="button button--outline button--large" disabled={busy()} onClick={() => submit('temp')}>
                {t('sub.firstRegistration')}
              </button>
              <button type="submit" class="button button--primary button--large" disabled={busy()}>
                {t('sub.scanCard')}
              </button>
            </div>
          </>
        )}
      </Show>
    </form>
  );
}
