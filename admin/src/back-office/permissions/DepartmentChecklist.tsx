import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Id } from '../../lib/client';
import { t } from '../../lib/i18n';
import type { DepartmentRow } from '../../lib/permissions-client';

/**
 * The department tree with a checkbox per department. A department covers everything below
 * it, so the rows under a ticked one show as ticked and locked ("已包含"). Rows the caller does
 * not manage (a scoped admin's context rows) cannot be ticked. A search narrows long trees.
 */
export default function DepartmentChecklist(props: { departments: DepartmentRow[]; selected: Id[]; onChange: (ids: Id[]) => void; idPrefix: string }) {
  const [q, setQ] = createSignal('');
  const byId = createMemo(() => new Map(props.departments.map((d) => [d.id, d])));
  const chosen = createMemo(() => new Set(props.selected));
  const ancestors = (d: DepartmentRow): DepartmentRow[] => {
    const out: DepartmentRow[] = [];
    for (let p = d.parentId ? byId().get(d.parentId) : undefined; p; p = p.parentId ? byId().get(p.parentId) : undefined) out.unshift(p);
    return out;
  };
  const coveredBy = (d: DepartmentRow) => ancestors(d).find((a) => chosen().has(a.id));
  const pathOf = (d: DepartmentRow) => [...ancestors(d).filter((a) => a.depth > 0), d].map((x) => x.name).join(' / ');
  const rows = createMemo(() => {
    const needle = q().trim().toLowerCase();
    return needle ? props.departments.filter((d) => d.name.toLowerCase().includes(needle)) : props.departments;
  });

  function toggle(d: DepartmentRow, on: boolean) {
    if (on) {
      // ticking a department makes its ticked descendants redundant
      const below = (x: DepartmentRow) => ancestors(x).some((a) => a.id === d.id);
      props.onChange([...props.selected.filter((id) => { const x = byId().get(id); return !x || !below(x); }), d.id]);
    } else {
      props.onChange(props.selected.filter((id) => id !== d.id));
    }
  }

  return (
    <div class="pm-check">
      <label class="visually-hidden" for={`${props.idPrefix}-dept-q`}>
        {t('perm.searchDepartments')}
      </label>
      <input
        id={`${props.idPrefix}-dept-q`}
        type="search"
        class="pm-check__search"
        placeholder={t('perm.searchDepartments')}
        value={q()}
        onInput={(e) => setQ(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
      />
      <ul class="pm-check__list" role="list">
        <For each={rows()} fallback={<li class="pm-check__empty">{t('common.empty')}</li>}>
          {(d) => {
            const covered = () => coveredBy(d);
            const id = `${props.idPrefix}-dept-${d.id}`;
            return (
              <li class="pm-check__row" style={{ 'padding-left': q() ? '0.5rem' : `${0.5 + d.depth * 1.25}rem` }}>
                <input
                  type="checkbox"
                  id={id}
                  checked={chosen().has(d.id) || !!covered()}
                  disabled={!!covered() || !d.manageable}
                  onChange={(e) => toggle(d, e.currentTarget.checked)}
                />
                <label for={id}>
                  {q() ? pathOf(d) : d.name}
                  <Show when={d.depth === 0}>
                    <span class="pm-check__note">{t('perm.wholeSchool')}</span>
                  </Show>
                  <Show when={d.kind === 'alumni'}>
                    <span class="pm-check__note">{t('perm.alumniDepartment')}</span>
                  </Show>
                  <Show when={covered()}>{(a) => <span class="pm-check__note">{t('perm.coveredBy', { name: a().name })}</span>}</Show>
                </label>
              </li>
            );
          }}
        </For>
      </ul>
    </div>
  );
}
