import { createAsync } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { locale, t } from '../../lib/i18n';
import type { Scope } from '../../lib/permissions-client';
import { classTree, departmentList, listApps } from './queries';
import type { ScopeSources } from './ScopeEditor';

/** The pickers' sources, loaded once per school and shared by every scope on the screen. */
export function useScopeSources(school: () => string) {
  return createAsync(async (): Promise<ScopeSources> => {
    const [departments, classes, apps] = await Promise.all([departmentList(school()), classTree(school()), listApps(school())]);
    return { departments: departments.items, classes, apps };
  });
}

const MAX_NAMES = 3;

/** A scope's names per kind, in the order the sources list them; ids gone since are counted. */
export function scopeNames(scope: Scope, sources: ScopeSources | undefined) {
  const departments = new Map(sources?.departments.map((d) => [d.id, d.name]));
  const classes = new Map(sources?.classes.campuses.flatMap((c) => c.grades.flatMap((g) => g.classes.map((k) => [k.id, k.name] as const))));
  const apps = new Map(sources?.apps.map((a) => [a.key, a.name[locale()]]));
  const names = (ids: string[], known: Map<string, string>) => ids.map((id) => known.get(id) ?? t('perm.gone'));
  return [
    { key: 'perm.scopeDepartments', names: names(scope.departmentIds, departments) },
    { key: 'perm.scopeClasses', names: names(scope.classIds, classes) },
    { key: 'perm.scopeApps', names: names(scope.apps, apps) },
  ] as const;
}

/** "部門：小學部 · 班級：小三甲班、小三乙班 等 5 個", or 未設置 for an empty scope. */
export default function ScopeSummary(props: { scope: Scope; sources: ScopeSources | undefined }) {
  const parts = () => scopeNames(props.scope, props.sources).filter((p) => p.names.length > 0);
  return (
    <Show when={parts().length > 0} fallback={<span class="muted">{t('perm.noScope')}</span>}>
      <ul class="pm-scope-summary">
        <For each={parts()}>
          {(part) => (
            <li>
              <span class="pm-scope-summary__kind">{t(part.key)}</span>
              {part.names.slice(0, MAX_NAMES).join('、')}
              <Show when={part.names.length > MAX_NAMES}>
                <span class="muted"> {t('perm.andMore', { n: part.names.length })}</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
