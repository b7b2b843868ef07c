import { For, Index, Show } from 'solid-js';
import { t } from '../../lib/i18n';
import type { ClassChoice } from '../../lib/subscription-client';
import { ClassOptions, SelectField } from './fields';

export type TeachingRow = { classId: string; subjectId: string };

/**
 * 添加班級 (teachers): a class and a subject per row, ❗老師請添加班級 while there is none.
 * Errors are looked up by the API's field names (`teaching.0.classId`), `error('teaching')`
 * under the list.
 */
export default function TeachingRows(props: {
  rows: TeachingRow[];
  onChange: (rows: TeachingRow[]) => void;
  classes: ClassChoice[];
  subjects: { id: string; name: string }[];
  error: (field: string) => string | undefined;
  idPrefix?: string;
}) {
  const id = (what: string, i: number) => `${props.idPrefix ?? 'sub-teach'}-${what}-${i}`;
  const setRow = (i: number, patch: Partial<TeachingRow>) => props.onChange(props.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset class="sub__choice" classList={{ 'field--invalid': !!props.error('teaching') }}>
      <legend>{t('sub.teaching')}</legend>
      <Show when={props.rows.length === 0}>
        <p class="sub__warn">! {t('sub.teacherNeedsClass')}</p>
      </Show>
      <Index each={props.rows}>
        {(row, i) => (
          <div class="sub__teach">
            <SelectField id={id('class', i)} label={t('sub.class')} value={row().classId} error={props.error(`teaching.${i}.classId`)} onChange={(v) => setRow(i, { classId: v })}>
              <option value="">{t('sub.pickClass')}</option>
              <ClassOptions classes={props.classes} />
            </SelectField>
            <SelectField id={id('subject', i)} label={t('sub.subject')} value={row().subjectId} error={props.error(`teaching.${i}.subjectId`)} onChange={(v) => setRow(i, { subjectId: v })}>
              <option value="">{t('sub.pickSubject')}</option>
              <For each={props.subjects}>{(s) => <option value={s.id}>{s.name}</option>}</For>
            </SelectField>
            <button type="button" class="button button--small button--danger-text" onClick={() => props.onChange(props.rows.filter((_, j) => j !== i))}>
              {t('sub.removeClass')}
            </button>
          </div>
        )}
      </Index>
      <button type="button" class="button button--outline button--block" onClick={() => props.onChange([...props.rows, { classId: '', subjectId: '' }])}>
        {t('sub.addClass')}
      </button>
      <Show when={props.error('teaching')}>
        <p class="field__error" role="alert">
          {props.error('teaching')}
        </p>
      </Show>
    </fieldset>
  );
}
