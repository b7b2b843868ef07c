import { createAsync, query, revalidate, useParams } from '@solidjs/router';
import { createEffect, createSignal, For, Show } from 'solid-js';
import { t } from '../../lib/i18n';
import { type Showcase, siteApi } from '../../lib/site-client';
import ShowcaseDialog from './ShowcaseDialog';
import EmptyRow from '../../components/EmptyRow';
import FormError from '../../components/FormError';
import StatusNote from '../../components/StatusNote';
import TableShell from '../../components/TableShell';

// the order is saved as a whole, so the screen holds every showcase (the API's page maximum)
const listShowcases = query((school: string) => siteApi(school).showcases.list({ pageSize: 100 }), 'site-showcases');

/**
 * 櫥窗管理 (WEB-01): image, 名稱, 鏈接, 狀態 with 上架/下架, 編輯, 添加; the order changes by
 * dragging a row or with its 上移/下移 buttons, and is kept with 保存排序.
 */
export default function Showcases() {
  const params = useParams<{ school: string }>();
  const page = createAsync(() => listShowcases(params.school));
  const [rows, setRows] = createSignal<Showcase[]>([]);
  const [dirty, setDirty] = createSignal(false);
  const [q, setQ] = createSignal('');
  const [notice, setNotice] = createSignal('');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [editing, setEditing] = createSignal<Showcase | 'new' | null>(null);
  const [dragged, setDragged] = createSignal<number | null>(null);
  const api = () => siteApi(params.school).showcases;

  createEffect(() => {
    const p = page();
    if (p && !dirty()) setRows(p.items);
  });

  const shown = () => {
    const term = q().trim().toLowerCase();
    return term ? rows().filter((s) => s.name.toLowerCase().includes(term)) : rows();
  };

  function move(from: number, to: number, focus?: string) {
    const list = [...rows()];
    if (to < 0 || to >= list.length || from === to) return;
    const [item] = list.splice(from, 1);
    list.splice(to, 0, item);
    setRows(list);
    setDirty(true);
    setNotice(t('site.orderUnsaved'));
    // keep the keyboard on the button that was pressed, now on the moved row
    if (focus) queueMicrotask(() => document.getElementById(focus)?.focus());
  }

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError('');
    try {
      await action();
      setNotice(done);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const saveOrder = () =>
    run(async () => {
      await api().reorder(rows().map((s) => s.id));
      setDirty(false);
      await revalidate(listShowcases.key);
    }, t('site.orderSaved'));

  const toggle = (s: Showcase) =>
    run(async () => {
      const updated = await api().update(s.id, { listed: !s.listed });
      setRows(rows().map((r) => (r.id === s.id ? { ...r, listed: updated.listed } : r)));
      if (!dirty()) await revalidate(listShowcases.key);
    }, t(s.listed ? 'site.unlistedDone' : 'site.listedDone', { name: s.name }));

  return (
    <div class="site-panel">
      <div class="toolbar">
        <form class="search" role="search" onSubmit={(e) => e.preventDefault()}>
          <label for="showcase-q">{t('common.search')}:</label>
          <input id="showcase-q" type="search" placeholder={t('site.searchShowcases')} value={q()} onInput={(e) => setQ(e.currentTarget.value)} />
        </form>
        <span class="muted">{t('site.dragHint')}</span>
        <span class="toolbar__spacer" />
        <button type="button" class="button button--primary" disabled={!dirty() || busy()} onClick={saveOrder}>
          {t('site.saveOrder')}
        </button>
        <button type="button" class="button" onClick={() => setEditing('new')}>
          + {t('site.add')}
        </button>
      </div>
      <StatusNote>{notice()}</StatusNote>
      <FormError message={error()} />
      <TableShell class="site-showcases" columns={[t('site.order'), t('site.image'), t('site.name'), t('site.link'), t('site.status'), t('site.actions')]}>
        <For each={shown()} fallback={<EmptyRow columns={6} />}>
          {(s) => {
            const index = () => rows().findIndex((r) => r.id === s.id);
            const searching = () => q().trim() !== '';
            return (
              <tr
                draggable={!searching()}
                classList={{ 'site-row--dragging': dragged() === index() }}
                onDragStart={(e) => {
                  setDragged(index());
                  e.dataTransfer?.setData('text/plain', s.id);
                }}
                onDragOver={(e) => e.preventDefault()}
                onDrop={(e) => {
                  e.preventDefault();
                  const from = dragged();
                  if (from !== null) move(from, index());
                  setDragged(null);
                }}
                onDragEnd={() => setDragged(null)}
              >
                <td class="nowrap">
                  <span class="site-handle" aria-hidden="true">⋮⋮</span>
                  <button
                    type="button"
                    id={`up-${s.id}`}
                    class="button button--small"
                    aria-label={t('site.moveUp', { name: s.name })}
                    disabled={searching() || index() === 0}
                    onClick={() => move(index(), index() - 1, `up-${s.id}`)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    id={`down-${s.id}`}
                    class="button button--small"
                    aria-label={t('site.moveDown', { name: s.name })}
                    disabled={searching() || index() === rows().length - 1}
                    onClick={() => move(index(), index() + 1, `down-${s.id}`)}
                  >
                    ↓
                  </button>
                </td>
                <td>
                  <Show when={s.imageUrl} fallback={<span class="site-thumb site-thumb--empty">{t('site.noImage')}</span>}>
                    {(url) => <img class="site-thumb" src={url()} alt="" />}
                  </Show>
                </td>
                <td>{s.name}</td>
                <td class="site-link-cell">
                  <Show when={s.link}>
                    {(link) => (
                      <a href={link()} target="_blank" rel="noopener noreferrer">
                        {link()}
                      </a>
                    )}
                  </Show>
                </td>
                <td>
                  <span class="badge" classList={{ 'badge--active': s.listed, 'badge--disabled': !s.listed }}>
                    {t(s.listed ? 'site.listed' : 'site.unlisted')}
                  </span>
                </td>
                <td class="nowrap">
                  <button type="button" class="button button--small" onClick={() => setEditing(s)}>
                    {t('site.edit')}
                  </button>{' '}
                  <button type="button" class="button button--small" disabled={busy()} onClick={() => toggle(s)}>
                    {t(s.listed ? 'site.unlist' : 'site.list')}
                  </button>
                </td>
              </tr>
            );
          }}
        </For>
      </TableShell>
      <p class="pager__summary">{t('common.showing', { from: shown().length ? 1 : 0, to: shown().length, total: shown().length })}</p>
      <ShowcaseDialog
        school={params.school}
        target={editing()}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setNotice(t('site.showcaseSaved', { name: saved.name }));
          setRows(rows().some((r) => r.id === saved.id) ? rows().map((r) => (r.id === saved.id ? saved : r)) : [...rows(), saved]);
          if (!dirty()) void revalidate(listShowcases.key);
        }}
      />
    </div>
  );
}
