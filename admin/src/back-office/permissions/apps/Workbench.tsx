import { createAsync, revalidate, useParams } from '@solidjs/router';
import { createEffect, createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../../components/ConfirmDialog';
import Icon from '../../../components/Icon';
import StatusNote from '../../../components/StatusNote';
import type { Id } from '../../../lib/client';
import { locale, t } from '../../../lib/i18n';
import { permissionsApi, type WorkbenchGroup } from '../../../lib/permissions-client';
import { listApps, workbenchGroups } from '../queries';
import { AddAppsDialog, GroupNameDialog } from './WorkbenchDialogs';
import WorkbenchGroupCard from './WorkbenchGroupCard';
import '../permissions.css';

type Dialog = { kind: 'add' } | { kind: 'rename'; group: WorkbenchGroup } | { kind: 'apps'; group: WorkbenchGroup };

/** Moves the item at `from` to `to` in a copy of `list`. */
export function moved<T>(list: T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}

/**
 * 應用管理 / 工作台 (APP-02, manual §19 修改分組與排序): the workbench groups in order with their
 * apps in order. Moves show at once and are saved in the order made; a failure puts back what
 * the server holds and says so.
 */
export default function Workbench() {
  const params = useParams<{ school: string }>();
  const server = createAsync(() => workbenchGroups(params.school));
  const apps = createAsync(() => listApps(params.school));
  const [local, setLocal] = createSignal<WorkbenchGroup[] | null>(null);
  const [dialog, setDialog] = createSignal<Dialog | null>(null);
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const [notice, setNotice] = createSignal('');
  const [error, setError] = createSignal('');
  const groups = () => local() ?? server() ?? [];
  const byId = (id: Id) => groups().find((g) => g.id === id);
  const appOf = (key: string) => apps()?.find((a) => a.key === key);
  const appName = (key: string) => appOf(key)?.name[locale()] ?? key;

  // Writes go one after another, in the order the moves were made. The moved list shows until
  // the server's list, fetched again, says the same: clearing it any earlier would show the old
  // order for a moment, moving rows back and forth (and the keyboard focus with them).
  let chain: Promise<unknown> = Promise.resolve();
  const [writing, setWriting] = createSignal(0);
  const same = (a: WorkbenchGroup[], b: WorkbenchGroup[]) =>
    a.length === b.length && a.every((g, i) => g.id === b[i].id && g.name === b[i].name && g.appKeys.join() === b[i].appKeys.join());
  createEffect(() => {
    const mine = local();
    const theirs = server();
    if (mine && theirs && writing() === 0 && same(mine, theirs)) setLocal(null);
  });
  function save(next: WorkbenchGroup[], write: () => Promise<unknown>, done: string) {
    setError('');
    setLocal(next);
    setNotice(done);
    setWriting((n) => n + 1);
    chain = chain
      .then(write)
      .then(
        () => revalidate(workbenchGroups.key),
        async (e: unknown) => {
          setError(e instanceof Error ? e.message : String(e));
          setNotice('');
          // what the server holds wins: the moves not saved are undone on screen
          await revalidate(workbenchGroups.key);
          setLocal(null);
        },
      )
      .finally(() => setWriting((n) => n - 1));
  }
  const api = () => permissionsApi(params.school).apps;

  function moveGroup(id: Id, by: -1 | 1) {
    const list = groups();
    const from = list.findIndex((g) => g.id === id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= list.length) return;
    const next = moved(list, from, to);
    save(next, () => api().reorderGroups(next.map((g) => g.id)), t('workbench.groupMoved', { name: list[from].name, n: to + 1 }));
  }

  function setApps(group: WorkbenchGroup, appKeys: string[], done: string) {
    const next = groups().map((g) => (g.id === group.id ? { ...g, appKeys } : g));
    save(next, () => api().setGroupApps(group.id, appKeys), done);
  }

  function moveApp(group: WorkbenchGroup, key: string, to: number) {
    const from = group.appKeys.indexOf(key);
    if (from < 0 || to < 0 || to >= group.appKeys.length || to === from) return;
    setApps(group, moved(group.appKeys, from, to), t('workbench.appMoved', { name: appName(key), n: to + 1 }));
  }

  function removeApp(group: WorkbenchGroup, key: string) {
    setApps(group, group.appKeys.filter((k) => k !== key), t('workbench.appRemoved', { name: appName(key), group: group.name }));
  }

  function deleteGroup(group: WorkbenchGroup) {
    setRequest({
      title: t('workbench.deleteTitle'),
      body: t('workbench.deleteBody', { name: group.name }),
      confirmLabel: t('perm.delete'),
      danger: true,
      run: async () => {
        await api().deleteGroup(group.id);
        setNotice(t('workbench.deleted', { name: group.name }));
        await revalidate(workbenchGroups.key);
      },
    });
  }

  return (
    <section aria-labelledby="workbench-title">
      <div class="pm-head">
        <div>
          <h1 id="workbench-title">{t('workbench.title')}</h1>
          <p class="muted pm-head__intro">{t('workbench.intro')}</p>
        </div>
        <button type="button" class="button button--primary" onClick={() => (setNotice(''), setDialog({ kind: 'add' }))}>
          + {t('workbench.addGroup')}
        </button>
      </div>
      <StatusNote>{notice()}</StatusNote>
      <Show when={error()}>
        <p class="form-error" role="alert">
          {t('workbench.saveFailed', { error: error() })}
        </p>
      </Show>
      <Show
        when={groups().length > 0}
        fallback={
          <div class="panel empty-state">
            <Icon name="grid" size={40} class="empty-state__icon" />
            <h2>{t('workbench.empty')}</h2>
            <p class="muted">{t('workbench.emptyHint')}</p>
          </div>
        }
      >
        <ol class="pm-wb">
          <For each={groups().map((g) => g.id)}>
            {(id) => (
              <Show when={byId(id)}>
                {(group) => (
                  <WorkbenchGroupCard
                    group={group()}
                    index={groups().findIndex((g) => g.id === id)}
                    count={groups().length}
                    appOf={appOf}
                    onMoveGroup={(by) => moveGroup(id, by)}
                    onMoveApp={(key, to) => moveApp(group(), key, to)}
                    onRemoveApp={(key) => removeApp(group(), key)}
                    onRename={() => (setNotice(''), setDialog({ kind: 'rename', group: group() }))}
                    onDelete={() => (setNotice(''), deleteGroup(group()))}
                    onAddApps={() => (setNotice(''), setDialog({ kind: 'apps', group: group() }))}
                  />
                )}
              </Show>
            )}
          </For>
        </ol>
      </Show>

      <Show when={dialog()?.kind === 'add' || dialog()?.kind === 'rename'}>
        <GroupNameDialog
          group={(dialog() as { group?: WorkbenchGroup }).group ?? null}
          onClose={() => setDialog(null)}
          onSaved={async (text) => {
            await revalidate(workbenchGroups.key);
            setNotice(text);
          }}
        />
      </Show>
      <Show when={dialog()?.kind === 'apps' && (dialog() as { group: WorkbenchGroup }).group}>
        {(group) => (
          <AddAppsDialog
            group={group()}
            apps={apps() ?? []}
            onClose={() => setDialog(null)}
            onAdd={(keys) => {
              const current = byId(group().id) ?? group();
              setApps(current, [...current.appKeys, ...keys], t('workbench.appsAdded', { n: keys.length, group: current.name }));
            }}
          />
        )}
      </Show>
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </section>
  );
}
