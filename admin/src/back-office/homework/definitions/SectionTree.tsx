import { useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../../components/ConfirmDialog';
import { type DefinitionDetail, homeworkApi } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import NameDialog from '../../contacts/NameDialog';
import Tree from '../../contacts/Tree';
import type { Problem } from './DefinitionEditor';
import { toNodes } from './tree';

type Naming = { kind: 'add' | 'sub' | 'rename'; initial: string } | null;

/**
 * The section tree of a definition (manual §5 查看問題: 添加章節, 刪除 …): buttons instead of
 * the manual's right-click menu, so that keyboards and screen readers reach them.
 */
export default function SectionTree(props: {
  definition: DefinitionDetail;
  editable: boolean;
  selected: string | null;
  problem: Problem | null;
  onSelect: (id: string) => void;
  change: (run: () => Promise<DefinitionDetail>, message?: string) => Promise<void>;
}) {
  const params = useParams<{ school: string }>();
  const [naming, setNaming] = createSignal<Naming>(null);
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const api = () => homeworkApi(params.school).definitions;
  const d = () => props.definition;
  const section = () => d().sections.find((s) => s.id === props.selected) ?? null;
  const nextTitle = (parentId: string | null) => t('hw.tree.newSection', { n: d().sections.filter((s) => s.parentId === parentId).length + 1 });

  async function name(title: string) {
    const n = naming();
    const s = section();
    if (!n) return;
    if (n.kind === 'rename' && s) return props.change(() => api().updateSection(d().id, s.id, { title }));
    const before = new Set(d().sections.map((x) => x.id));
    await props.change(() => api().addSection(d().id, { title, parentId: n.kind === 'sub' ? s?.id : null }));
    // the tree has the answer by now: select what was just added
    const added = d().sections.find((x) => !before.has(x.id));
    if (added) props.onSelect(added.id);
  }

  function remove() {
    const s = section();
    if (!s) return;
    setRequest({
      title: t('hw.tree.deleteSection'),
      body: t('hw.tree.deleteBody', { title: s.title }),
      confirmLabel: t('hw.delete'),
      danger: true,
      run: () => props.change(() => api().removeSection(d().id, s.id)),
    });
  }

  return (
    <section class="panel hw-tree-panel" aria-labelledby="hw-tree-title">
      <h3 id="hw-tree-title" class="hw-panel-title">
        {t('hw.tree.label')}
      </h3>
      <Show when={props.editable}>
        <div class="hw-tree-tools">
          <button type="button" class="button button--small" onClick={() => setNaming({ kind: 'add', initial: nextTitle(null) })}>
            + {t('hw.tree.addSection')}
          </button>
          <button type="button" class="button button--small" disabled={!section()} onClick={() => setNaming({ kind: 'sub', initial: nextTitle(props.selected) })}>
            + {t('hw.tree.addSub')}
          </button>
          <button type="button" class="button button--small" disabled={!section()} onClick={() => setNaming({ kind: 'rename', initial: section()?.title ?? '' })}>
            {t('hw.tree.rename')}
          </button>
          <button type="button" class="button button--small button--danger-text" disabled={!section()} onClick={remove}>
            {t('hw.tree.deleteSection')}
          </button>
        </div>
      </Show>
      <Show when={d().sections.length} fallback={<p class="hw-hint hw-empty">{t('hw.tree.empty')}</p>}>
        <Tree label={t('hw.tree.label')} nodes={toNodes(d().sections, d().scored)} selected={props.selected} onSelect={props.onSelect} initiallyOpen={d().sections.map((s) => s.id)} reveal={props.problem?.sectionId ?? null} />
      </Show>
      <NameDialog
        open={!!naming()}
        title={naming()?.kind === 'rename' ? t('hw.tree.rename') : naming()?.kind === 'sub' ? t('hw.tree.addSub') : t('hw.tree.addSection')}
        label={t('hw.tree.sectionTitle')}
        initial={naming()?.initial}
        submitLabel={t('hw.save')}
        onClose={() => setNaming(null)}
        onSubmit={name}
      />
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </section>
  );
}
