import { createAsync } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { Id } from '../../lib/client';
import { contactsApi } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import type { Audience } from '../../lib/notices-client';

export interface RecipientChoice {
  wholeSchool: boolean;
  classIds: Id[];
  studentIds: Id[];
  audience: Audience;
}

const toggle = (ids: Id[], id: Id, on: boolean) => (on ? [...new Set([...ids, id])] : ids.filter((x) => x !== id));

/**
 * 發送對象 (N-01): 全校 for admins, classes from GET /home-school/tree (a teacher sees the
 * classes they teach), individual students of a class, and 家長 / 學生 / 全部.
 */
export default function RecipientPicker(props: { school: string; admin: boolean; value: RecipientChoice; onChange: (v: RecipientChoice) => void }) {
  const tree = createAsync(() => contactsApi(props.school).homeSchool.tree().catch(() => null));
  const classes = () => tree()?.campuses.flatMap((c) => c.grades.flatMap((g) => g.classes.map((k) => ({ ...k, grade: g.name })))) ?? [];
  const [openClass, setOpenClass] = createSignal('');
  const students = createAsync(async () => (openClass() ? (await contactsApi(props.school).homeSchool.students({ classId: openClass(), pageSize: 100 })).items : []));
  const set = (patch: Partial<RecipientChoice>) => props.onChange({ ...props.value, ...patch });

  return (
    <div class="nt-recipients">
      <Show when={props.admin}>
        <label class="nt-check">
          <input type="checkbox" checked={props.value.wholeSchool} onChange={(e) => set({ wholeSchool: e.currentTarget.checked })} /> {t('nt.wholeSchool')}
        </label>
      </Show>
      <Show when={!props.value.wholeSchool}>
        <fieldset class="nt-fieldset">
          <legend>{t('nt.classes')}</legend>
          <div class="nt-chips">
            <For each={classes()} fallback={<span class="muted">{t('common.empty')}</span>}>
              {(c) => (
                <label class="nt-chip">
                  <input type="checkbox" checked={props.value.classIds.includes(c.id)} onChange={(e) => set({ classIds: toggle(props.value.classIds, c.id, e.currentTarget.checked) })} />
                  {c.name}
                </label>
              )}
            </For>
          </div>
        </fieldset>
        <fieldset class="nt-fieldset">
          <legend>{t('nt.students')}</legend>
          <select aria-label={t('nt.pickClass')} value={openClass()} onChange={(e) => setOpenClass(e.currentTarget.value)}>
            <option value="">{t('nt.pickClass')}</option>
            <For each={classes()}>{(c) => <option value={c.id}>{c.name}</option>}</For>
          </select>
          <div class="nt-chips">
            <For each={students()}>
              {(s) => (
                <label class="nt-chip">
                  <input type="checkbox" checked={props.value.studentIds.includes(s.id)} onChange={(e) => set({ studentIds: toggle(props.value.studentIds, s.id, e.currentTarget.checked) })} />
                  {s.name}
                </label>
              )}
            </For>
          </div>
          <Show when={props.value.studentIds.length > 0}>
            <p class="muted">
              {t('nt.students')}: {props.value.studentIds.length}
            </p>
          </Show>
        </fieldset>
      </Show>
      <fieldset class="nt-fieldset">
        <legend>{t('nt.audience')}</legend>
        <div class="nt-chips">
          <For each={['parents', 'students', 'both'] as const}>
            {(a) => (
              <label class="nt-chip">
                <input type="radio" name="nt-audience" checked={props.value.audience === a} onChange={() => set({ audience: a })} /> {t(`nt.aud.${a}`)}
              </label>
            )}
          </For>
        </div>
      </fieldset>
    </div>
  );
}
