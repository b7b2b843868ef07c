import { createResource, createSignal, For, Show } from 'solid-js';
import Field from '../../components/Field';
import FormError from '../../components/FormError';
import { t } from '../../lib/i18n';
import { type DraftView, type SubscriptionKind, subscriptionApi } from '../../lib/subscription-client';
import { type FieldErrors, isExpired, placeError } from './errors';
import { ClassOptions, SelectField } from './fields';
import TeachingRows from './TeachingRows';

export type CardMode = 'education' | 'temp';
const FIELDS = ['name', 'departmentIds', 'teaching', 'studentName', 'classId', 'relation'] as const;

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
      <FormError message={errors().form} />
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
                    <TeachingRows rows={teaching()} onChange={setTeaching} classes={d().options.classes} subjects={d().options.subjects ?? []} error={error} />
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
