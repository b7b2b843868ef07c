import { createAsync, revalidate, useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { contactsApi, type Department, type DepartmentTree } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import MemberFormDialog from '../members/MemberFormDialog';
import DepartmentHead from './DepartmentHead';
import { departmentLabeler } from './department-labels';
import DepartmentMembers from './DepartmentMembers';
import NameDialog from './NameDialog';
import PaneBoundary from './PaneBoundary';
import { departmentTree, staffMembers } from './queries';
import Tree, { type TreeNode } from './Tree';
import StatusNote from '../../components/StatusNote';
import './contacts.css';

/** The department rows as tree nodes, children in display order (the API's order). */
export function departmentNodes(tree: DepartmentTree): TreeNode[] {
  const byParent = new Map<string | null, Department[]>();
  for (const d of tree.items) byParent.set(d.parentId, [...(byParent.get(d.parentId) ?? []), d]);
  const ids = new Set(tree.items.map((d) => d.id));
  const build = (d: Department): TreeNode => ({
    id: d.id,
    label: d.name,
    count: d.memberCount,
    countLabel: d.memberCount === undefined ? undefined : t('contacts.memberCount', { n: d.memberCount }),
    children: (byParent.get(d.id) ?? []).map(build),
  });
  // the top: rows whose parent the caller cannot see (the root, or a scoped admin's tops)
  return tree.items.filter((d) => d.parentId === null || !ids.has(d.parentId)).map(build);
}

/**
 * 通訊錄 / 部門 (CT-01): the department tree on the left, the selected department's members
 * (and those of its sub-departments) on the right; add, rename, order, heads, delete; add and
 * edit members, filters 未加入 / 未激活, 再次邀請, 導出.
 */
export default function Departments() {
  const params = useParams<{ school: string }>();
  const list = useListParams(['dept', 'filter'] as const);
  const tree = createAsync(() => departmentTree(params.school));
  const selectedId = () => list.query().dept || tree()?.rootId || '';
  const selected = () => tree()?.items.find((d) => d.id === selectedId());
  const [memberTarget, setMemberTarget] = createSignal<string | null>(null);
  const [addingTop, setAddingTop] = createSignal(false);
  const [notice, setNotice] = createSignal('');
  const [reveal, setReveal] = createSignal<string | null>(null, { equals: false });

  const refresh = () => revalidate([departmentTree.key, staffMembers.key]);

  return (
    <section aria-labelledby="departments-title">
      <h1 id="departments-title">{t('nav.departments')}</h1>
      <StatusNote>{notice()}</StatusNote>
      <div class="split">
        <aside class="side-panel" aria-label={t('contacts.orgChart')}>
          <div class="side-panel__head">
            <h2>{t('contacts.orgChart')}</h2>
            <button type="button" class="button button--small" onClick={() => setAddingTop(true)}>
              {t('contacts.addDepartment')}
            </button>
          </div>
          <Show when={tree()}>
            {(tr) => (
              <Tree
                label={t('contacts.orgChart')}
                nodes={departmentNodes(tr())}
                selected={selectedId()}
                initiallyOpen={[tr().rootId]}
                reveal={reveal()}
                onSelect={(id) => list.setFilter('dept', id === tr().rootId ? '' : id)}
              />
            )}
          </Show>
        </aside>
        <div class="split__main">
          <PaneBoundary>
            <Show when={tree() && selected()} fallback={<p class="panel empty-state muted">{t('contacts.noDepartment')}</p>}>
              <DepartmentHead
                school={params.school}
                tree={tree() as DepartmentTree}
                department={selected() as Department}
                onNotice={setNotice}
                onChanged={refresh}
                onDeleted={() => list.setFilter('dept', selected()?.parentId === tree()?.rootId ? '' : (selected()?.parentId ?? ''))}
                onReveal={setReveal}
              />
              <DepartmentMembers
                school={params.school}
                departmentId={selectedId()}
                label={departmentLabeler(tree()?.items ?? [])}
                list={list}
                onNotice={setNotice}
                onAdd={() => setMemberTarget('new')}
                onEdit={(id) => setMemberTarget(id)}
              />
            </Show>
          </PaneBoundary>
        </div>
      </div>
      <MemberFormDialog
        school={params.school}
        target={memberTarget()}
        departments={tree()?.items ?? []}
        defaultDepartmentId={selectedId()}
        onClose={() => setMemberTarget(null)}
        onSaved={(name, created) => {
          setNotice(t(created ? 'contacts.memberAdded' : 'contacts.memberSaved', { name }));
          void refresh();
        }}
      />
      <NameDialog
        open={addingTop()}
        title={t('contacts.addDepartment')}
        label={t('contacts.departmentName')}
        onClose={() => setAddingTop(false)}
        onSubmit={async (name) => {
          await contactsApi(params.school).departments.create({ name, parentId: tree()?.rootId });
          setNotice(t('contacts.departmentAdded', { name }));
          await refresh();
        }}
      />
    </section>
  );
}
