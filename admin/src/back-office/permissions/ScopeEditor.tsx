import type { AppSetting, ClassTree, DepartmentRow, Scope } from '../../lib/permissions-client';
import { t } from '../../lib/i18n';
import AppChecklist from './AppChecklist';
import ClassChecklist from './ClassChecklist';
import DepartmentChecklist from './DepartmentChecklist';
import Tabs from './Tabs';

/** The lists a scope is picked from. */
export interface ScopeSources {
  departments: DepartmentRow[];
  classes: ClassTree;
  apps: Pick<AppSetting, 'key' | 'name'>[];
}

/** 管理範圍: departments, classes and apps, a tab each with how many are ticked. */
export default function ScopeEditor(props: { scope: Scope; onChange: (scope: Scope) => void; sources: ScopeSources; idPrefix: string }) {
  const tab = (key: string, n: number) => (
    <>
      {t(key as 'perm.scopeDepartments')}
      <span class="pm-tabs__count">{n}</span>
    </>
  );
  return (
    <fieldset class="pm-scope">
      <legend>{t('perm.scope')}</legend>
      <p class="field__hint">{t('perm.scopeHint')}</p>
      <Tabs
        label={t('perm.scope')}
        tabs={[
          {
            id: 'departments',
            label: tab('perm.scopeDepartments', props.scope.departmentIds.length),
            panel: () => (
              <DepartmentChecklist
                idPrefix={props.idPrefix}
                departments={props.sources.departments}
                selected={props.scope.departmentIds}
                onChange={(departmentIds) => props.onChange({ ...props.scope, departmentIds })}
              />
            ),
          },
          {
            id: 'classes',
            label: tab('perm.scopeClasses', props.scope.classIds.length),
            panel: () => (
              <ClassChecklist
                idPrefix={props.idPrefix}
                tree={props.sources.classes}
                selected={props.scope.classIds}
                onChange={(classIds) => props.onChange({ ...props.scope, classIds })}
              />
            ),
          },
          {
            id: 'apps',
            label: tab('perm.scopeApps', props.scope.apps.length),
            panel: () => (
              <AppChecklist
                idPrefix={props.idPrefix}
                apps={props.sources.apps}
                selected={props.scope.apps}
                onChange={(apps) => props.onChange({ ...props.scope, apps })}
              />
            ),
          },
        ]}
      />
    </fieldset>
  );
}
