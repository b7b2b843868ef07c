import { createEffect, createMemo, For, Show } from 'solid-js';
import type { Id } from '../../lib/client';
import { t } from '../../lib/i18n';
import type { ClassTree } from '../../lib/permissions-client';

/**
 * The home-school classes by campus and grade, a checkbox per class; a grade's own checkbox
 * ticks or clears all its classes (and shows "some" when only some are ticked).
 */
export default function ClassChecklist(props: { tree: ClassTree; selected: Id[]; onChange: (ids: Id[]) => void; idPrefix: string }) {
  const chosen = createMemo(() => new Set(props.selected));
  const grades = createMemo(() => props.tree.campuses.flatMap((c) => c.grades.map((g) => ({ ...g, campus: c.name }))));
  const manyCampuses = () => props.tree.campuses.length > 1;

  function setMany(ids: Id[], on: boolean) {
    const rest = props.selected.filter((id) => !ids.includes(id));
    props.onChange(on ? [...rest, ...ids] : rest);
  }

  return (
    <Show when={grades().some((g) => g.classes.length > 0)} fallback={<p class="pm-check__empty">{t('perm.noClasses')}</p>}>
      <ul class="pm-check__list pm-check__list--grades" role="list">
        <For each={grades().filter((g) => g.classes.length > 0)}>
          {(g) => {
            const ids = () => g.classes.map((c) => c.id);
            const count = () => ids().filter((id) => chosen().has(id)).length;
            const gradeId = `${props.idPrefix}-grade-${g.id}`;
            return (
              <li class="pm-grade">
                <div class="pm-grade__head">
                  <input
                    type="checkbox"
                    id={gradeId}
                    checked={count() === ids().length}
                    ref={(el) => createEffect(() => (el.indeterminate = count() > 0 && count() < ids().length))}
                    onChange={(e) => setMany(ids(), e.currentTarget.checked)}
                  />
                  <label for={gradeId}>
                    {manyCampuses() ? `${g.campus} · ${g.name}` : g.name}
                    <span class="pm-check__note">{g.schoolYear}</span>
                  </label>
                </div>
                <ul class="pm-grade__classes" role="list">
                  <For each={g.classes}>
                    {(c) => {
                      const id = `${props.idPrefix}-class-${c.id}`;
                      return (
                        <li>
                          <input type="checkbox" id={id} checked={chosen().has(c.id)} onChange={(e) => setMany([c.id], e.currentTarget.checked)} />
                          <label for={id}>{c.name}</label>
                        </li>
                      );
                    }}
                  </For>
                </ul>
              </li>
            );
          }}
        </For>
      </ul>
    </Show>
  );
}
