import { A, createAsync, query, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import EmptyRow from '../../components/EmptyRow';
import FilterSelect from '../../components/FilterSelect';
import FormError from '../../components/FormError';
import ListPager from '../../components/ListPager';
import SearchBox from '../../components/SearchBox';
import StatusNote from '../../components/StatusNote';
import TableShell from '../../components/TableShell';
import { formatDateTime, t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { type Article, type ArticleQuery, siteApi } from '../../lib/site-client';
import { useCopy } from './copy';

export const listArticles = query((school: string, q: ArticleQuery) => siteApi(school).articles.list(q), 'site-articles');
/** The note an editor leaves for the list it returns to (發佈 / 保存草稿). */
export const [flash, setFlash] = createSignal('');
export const listAllTypes = query((school: string) => siteApi(school).types.list({ pageSize: 100 }), 'site-all-types');

/**
 * 文章管理 (WEB-03..05): search, filters (類型, 狀態, 置頂), paging; 置頂 (the first 10 are
 * 熱門), 複製鏈接, 編輯, 刪除 (asked first).
 */
export default function Articles() {
  const params = useParams<{ school: string }>();
  const list = useListParams(['status', 'typeId', 'pinned'] as const);
  const page = createAsync(() => listArticles(params.school, list.query()));
  const types = createAsync(() => listAllTypes(params.school));
  const [notice, setNotice] = createSignal(flash());
  setFlash('');
  const [error, setError] = createSignal('');
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const { note, copy } = useCopy();
  const api = () => siteApi(params.school).articles;

  async function pin(a: Article) {
    setError('');
    try {
      await api().pin(a.id, !a.pinned);
      setNotice(t(a.pinned ? 'site.unpinnedDone' : 'site.pinnedDone', { name: a.title }));
      await revalidate(listArticles.key);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  const remove = (a: Article) =>
    setRequest({
      title: t('site.confirmDeleteTitle'),
      body: t('site.confirmDelete', { name: a.title }),
      confirmLabel: t('site.delete'),
      danger: true,
      run: async () => {
        await api().remove(a.id);
        setNotice(t('site.deleted', { name: a.title }));
        const current = page();
        if (current && current.items.length === 1 && current.page > 1) list.setPage(current.page - 1);
        await revalidate(listArticles.key);
      },
    });

  return (
    <div class="site-panel">
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('site.searchArticles')} onSearch={(q) => list.setFilter('q', q)} />
        <FilterSelect
          label={t('site.type')}
          value={list.query().typeId}
          options={[{ value: '', label: t('site.all') }, ...(types()?.items ?? []).map((type) => ({ value: type.id, label: type.name }))]}
          onChange={(v) => list.setFilter('typeId', v)}
        />
        <FilterSelect
          label={t('site.status')}
          value={list.query().status}
          options={[{ value: '', label: t('site.all') }, { value: 'published', label: t('site.published') }, { value: 'draft', label: t('site.draft') }]}
          onChange={(v) => list.setFilter('status', v)}
        />
        <FilterSelect
          label={t('site.pinned')}
          value={list.query().pinned}
          options={[{ value: '', label: t('site.all') }, { value: 'true', label: t('site.pinned') }, { value: 'false', label: t('site.notPinned') }]}
          onChange={(v) => list.setFilter('pinned', v)}
        />
        <span class="toolbar__spacer" />
        <A class="button button--primary" href={`/${params.school}/site/articles/new`}>
          + {t('site.addArticle')}
        </A>
      </div>
      <p class="muted site-hint">{t('site.hotHint')}</p>
      <StatusNote>{note() || notice()}</StatusNote>
      <FormError message={error()} />
      <TableShell
        columns={[t('site.articleTitle'), t('site.type'), t('site.author'), t('site.status'), t('site.publishedAt'), t('site.pinned'), t('site.actions')]}
      >
        <For each={page()?.items} fallback={<EmptyRow columns={7} />}>
          {(a) => (
            <tr>
              <td>
                <A href={`/${params.school}/site/articles/${a.id}`}>{a.title}</A>
                <Show when={a.hot}>
                  {' '}
                  <span class="site-hot">{t('site.hot')}</span>
                </Show>
              </td>
              <td>{a.typeName}</td>
              <td>
                {a.author?.name ?? ''}
                <Show when={a.anonymous}>
                  <span class="muted"> ({t('site.anonymous')})</span>
                </Show>
              </td>
              <td>
                <span class="badge" classList={{ 'badge--active': a.public, 'badge--disabled': !a.public }} title={a.status === 'published' && !a.public ? t('site.notPublic') : undefined}>
                  {t(a.status === 'published' ? 'site.published' : 'site.draft')}
                </span>
              </td>
              <td class="nowrap">{formatDateTime(a.publishedAt)}</td>
              <td>
                <button type="button" class="button button--small" aria-pressed={a.pinned} onClick={() => pin(a)}>
                  {t(a.pinned ? 'site.unpin' : 'site.pin')}
                </button>
              </td>
              <td class="nowrap">
                <A class="button button--small" href={`/${params.school}/site/articles/${a.id}`}>
                  {t('site.edit')}
                </A>{' '}
                <button type="button" class="button button--small" onClick={() => copy(a.shareUrl)}>
                  {t('site.copyLink')}
                </button>{' '}
                <button type="button" class="button button--small button--danger-text" onClick={() => remove(a)}>
                  {t('site.delete')}
                </button>
              </td>
            </tr>
          )}
        </For>
      </TableShell>
      <ListPager page={page()} list={list} />
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </div>
  );
}
