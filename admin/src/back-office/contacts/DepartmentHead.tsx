import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import { contactsApi, type Department, type DepartmentTree } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import HeadsDialog from './HeadsDialog';
import NameDialog from './NameDialog';

/**
 * The selected department: its path, heads and count, and what may be done to it — 添加子部門,
 * 重新命名, 上移 / 下移, 設置負責人, and 刪除 only while it is empty (after a confirmation).
 */
export default function DepartmentHead(props: {
  school: string;
  tree: DepartmentTree;
  department: Department;
  onNotice: (text: string) => void;
  onChanged: () => Promise<void>;
  onDeleted: () => void;
  /** A sub-department was added: open its parent in the tree. */
  onReveal: (id: string) => void;
}) {
  const api = () => contactsApi(props.school).departments;
  const d = () => props.department;
  const [dialog, setDialog] = createSignal<'add' | 'rename' | 'heads' | null>(null);
  const [confirm, setConfirm] = createSignal<ConfirmRequest | null>(null);
  const [error, setError] = createSignal('');

  const byId = () => new Map(props.tree.items.map((x) => [x.id, x]));
  const path = () => {
    const out: string[] = [];
    for (let p = d().parentId; p; p = byId().get(p)?.parentId ?? null) out.unshift(byId().get(p)?.name ?? '');
    return out;
  };
  const siblings = () => props.tree.items.filter((x) => x.parentId === d().parentId && d().parentId !== null);
  const index = () => siblings().findIndex((x) => x.id === d().id);
  const isRoot = () => d().id === props.tree.rootId;
  const hasChildren = () => props.tree.items.some((x) => x.parentId === d().id);
  const deletable = () => d().manageable && !isRoot() && d().kind === 'normal' && !hasChildren() && d().memberCount === 0;

  async function move(by: -1 | 1) {
    const ids = siblings().map((x) => x.id);
    const i = index();
    [ids[i], ids[i + by]] = [ids[i + by], ids[i]];
    setError('');
    try {
      await api().reorder(d().parentId ?? '', ids);
      props.onNotice(t('contacts.departmentMoved', { name: d().name }));
      await props.onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  function askDelete() {
    const name = d().name;
    const id = d().id;
    setConfirm({
      title: t('contacts.deleteDepartment'),
      body: t('contacts.confirmDeleteDepartment', { name }),
      confirmLabel: t('contacts.delete'),
      danger: true,
      run: async () => {
        await api().remove(id);
        props.onNotice(t('contacts.departmentDeleted', { name }));
        props.onDeleted();
        await props.onChanged();
      },
    });
  }

  return (
    <>
      <header class="pane-head">
        <div class="pane-head__title">
          <Show when={path().length}>
            <p class="pane-head__path">{path().join(' / ')}</p>
          </Show>
          <h2>{d().name}</h2>
          <p class="pane-head__meta">
            <span>
              {t('contacts.labelColon', { label: t('contacts.heads') })}
              <Show when={d().heads?.length} fallback={<span class="muted">{t('contacts.notSet')}</span>}>
                <For each={d().heads}>{(h, i) => <>{i() > 0 ? '、' : ''}{h.name}</>}</For>
              </Show>
            </span>
            <Show when={d().memberCount !== undefined}>
              <span>{t('contacts.memberCount', { n: d().memberCount ?? 0 })}</span>
            </Show>
          </p>
        </div>
        <Show when={d().manageable}>
          <div class="pane-head__actions" role="group" aria-label={t('contacts.departmentActions')}>
            <button type="button" class="button button--small" onClick={() => setDialog('add')}>
              {t('contacts.addSubDepartment')}
            </button>
            <button type="button" class="button button--small" onClick={() => setDialog('rename')}>
              {t('contacts.rename')}
            </button>
            <Show when={!isRoot()}>
              <button type="button" class="button button--small" disabled={index() <= 0} onClick={() => move(-1)}>
                {t('contacts.moveUp')}
              </button>
              <button type="button" class="button button--small" disabled={index() >= siblings().length - 1} onClick={() => move(1)}>
                {t('contacts.moveDown')}
              </button>
            </Show>
            <button type="button" class="button button--small" onClick={() => setDialog('heads')}>
              {t('contacts.setHeads')}
            </button>
            <Show when={deletable()}>
              <button type="button" class="button button--small button--danger-text" onClick={askDelete}>
                {t('contacts.deleteDepartment')}
              </button>
            </Show>
          </div>
        </Show>
        <Show when={error()}>
          <p class="form-error pane-head__error" role="alert">
            {error()}
          </p>
        </Show>
      </header>
        <NameDialog
          open={dialog() === 'add'}
          title={t('contacts.addSubDepartmentOf', { name: d().name })}
          label={t('contacts.departmentName')}
          onClose={() => setDialog(null)}
          onSubmit={async (name) => {
            await api().create({ name, parentId: d().id });
            props.onNotice(t('contacts.departmentAdded', { name }));
            await props.onChanged();
            props.onReveal(d().id);
          }}
        />
        <NameDialog
          open={dialog() === 'rename'}
          title={t('contacts.renameDepartment')}
          label={t('contacts.departmentName')}
          initial={d().name}
          onClose={() => setDialog(null)}
          onSubmit={async (name) => {
            await api().rename(d().id, name);
            props.onNotice(t('contacts.departmentRenamed', { name }));
            await props.onChanged();
          }}
        />
        <HeadsDialog
          open={dialog() === 'heads'}
          school={props.school}
          department={d()}
          onClose={() => setDialog(null)}
          onSaved={async () => {
            props.onNotice(t('contacts.headsSaved', { name: d().name }));
            await props.onChanged();
          }}
        />
        <ConfirmDialog request={confirm()} onClose={() => setConfirm(null)} />
    </>
  );
}
