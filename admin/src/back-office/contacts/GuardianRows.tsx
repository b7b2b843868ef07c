import { For, Index } from 'solid-js';
import type { Guardian } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import { relationChoices } from './relations';

/** A linked parent on the edit form: the relation may change, or the link be removed on save. */
export interface GuardianDraft {
  guardian: Guardian;
  relation: string;
  remove: boolean;
}

/** The parents already linked to a student (name and phone fixed; relation; 移除). */
export default function GuardianRows(props: { rows: GuardianDraft[]; onChange: (rows: GuardianDraft[]) => void }) {
  const set = (i: number, patch: Partial<GuardianDraft>) => props.onChange(props.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div class="rows">
      <Index each={props.rows}>
        {(row, i) => (
          <fieldset class="row-card row-card--linked" classList={{ 'row-card--removed': row().remove }}>
            <legend class="visually-hidden">{t('contacts.parentN', { n: i + 1 })}</legend>
            <div class="row-card__who">
              <strong>{row().guardian.name}</strong>
              <span class="muted">{row().guardian.phone ? `+${row().guardian.areaCode} ${row().guardian.phone}` : '—'}</span>
            </div>
            <div class="field">
              <label for={`guardian-${i}-relation`}>{t('contacts.relation')}</label>
              <select
                id={`guardian-${i}-relation`}
                value={row().relation}
                disabled={row().remove}
                onChange={(e) => set(i, { relation: e.currentTarget.value })}
              >
                {/* a student's own account stays 本人, a parent stays a parent */}
                <For each={relationChoices().filter((r) => (r.value === '本人') === (row().guardian.relation === '本人'))}>
                  {(r) => <option value={r.value}>{r.label}</option>}
                </For>
              </select>
            </div>
            <label class="check row-card__remove">
              <input type="checkbox" checked={row().remove} onChange={(e) => set(i, { remove: e.currentTarget.checked })} />
              {row().remove ? t('contacts.guardianRemoved') : t('contacts.removeGuardian')}
            </label>
          </fieldset>
        )}
      </Index>
    </div>
  );
}
