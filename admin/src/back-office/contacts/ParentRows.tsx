import { For, Index, Show } from 'solid-js';
import Field from '../../components/Field';
import { t } from '../../lib/i18n';
import PhoneInput from './PhoneInput';
import { relationChoices } from './relations';

/** A parent being typed in: name, relation, area code and phone. */
export interface ParentDraft {
  name: string;
  relation: string;
  choice: string;
  otherCode: string;
  phone: string;
}

export const emptyParent = (relation = ''): ParentDraft => ({ name: '', relation, choice: '853', otherCode: '', phone: '' });

/**
 * The parents of a student, one card each (家長 1, 家長 2 …): 家長姓名, 關係 (爸爸, 媽媽 … 本人,
 * 其他), 家長手機 with its area; 添加家長 adds a card. `errorAt(i, field)` names each field's
 * error, e.g. from `parents.1.phone`.
 */
export default function ParentRows(props: {
  idPrefix: string;
  rows: ParentDraft[];
  /** The number of the first card (after the parents already linked). */
  firstNumber?: number;
  errorAt: (i: number, field: 'name' | 'relation' | 'phone') => string | undefined;
  onChange: (rows: ParentDraft[]) => void;
}) {
  const set = (i: number, patch: Partial<ParentDraft>) => props.onChange(props.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const number = (i: number) => (props.firstNumber ?? 1) + i;
  return (
    <>
      <div class="rows">
        <Index each={props.rows}>
          {(row, i) => (
            <fieldset class="row-card">
              <legend class="visually-hidden">{t('contacts.parentN', { n: number(i) })}</legend>
              <Field
                id={`${props.idPrefix}-${i}-name`}
                label={t('contacts.parentName')}
                value={row().name}
                error={props.errorAt(i, 'name')}
                autocomplete="off"
                onInput={(e) => set(i, { name: e.currentTarget.value })}
              />
              <div class="field" classList={{ 'field--invalid': !!props.errorAt(i, 'relation') }}>
                <label for={`${props.idPrefix}-${i}-relation`}>{t('contacts.relation')}</label>
                <select
                  id={`${props.idPrefix}-${i}-relation`}
                  value={row().relation}
                  aria-invalid={props.errorAt(i, 'relation') ? 'true' : undefined}
                  onChange={(e) => set(i, { relation: e.currentTarget.value })}
                >
                  <option value="" disabled>
                    {t('contacts.chooseRelation')}
                  </option>
                  <For each={relationChoices()}>{(r) => <option value={r.value}>{r.label}</option>}</For>
                </select>
                <Show when={props.errorAt(i, 'relation')}>
                  <p class="field__error" role="alert">
                    {props.errorAt(i, 'relation')}
                  </p>
                </Show>
              </div>
              <PhoneInput
                id={`${props.idPrefix}-${i}-phone`}
                label={t('contacts.parentPhone')}
                short
                choice={row().choice}
                otherCode={row().otherCode}
                phone={row().phone}
                error={props.errorAt(i, 'phone')}
                onChoice={(choice) => set(i, { choice })}
                onOtherCode={(otherCode) => set(i, { otherCode })}
                onPhone={(phone) => set(i, { phone })}
              />
              <button
                type="button"
                class="button button--small button--ghost row-card__remove"
                onClick={() => props.onChange(props.rows.filter((_, j) => j !== i))}
              >
                {t('contacts.removeRow')}
                <span class="visually-hidden"> {t('contacts.parentN', { n: number(i) })}</span>
              </button>
            </fieldset>
          )}
        </Index>
      </div>
      <button type="button" class="button button--small button--outline" onClick={() => props.onChange([...props.rows, emptyParent()])}>
        + {t('contacts.addParent')}
      </button>
    </>
  );
}
