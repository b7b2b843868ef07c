import { createAsync, query, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import EmptyRow from '../../components/EmptyRow';
import FilterSelect from '../../components/FilterSelect';
import FormError from '../../components/FormError';
import ListPager from '../../components/ListPager';
import StatusNote from '../../components/StatusNote';
import TableShell from '../../components/TableShell';
import { formatDateTime, t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { type CommentStatus, type SiteComment, siteApi } from '../../lib/site-client';

const listComments = query(
  (school: string, q: { page: number; pageSize: number; status: string }) => siteApi(school).comments.list({ ...q, status: (q.status || 'pending') as CommentStatus }),
  'site-comments',
);
const STATUSES: CommentStatus[] = ['pending', 'approved', 'hidden'];

/** 評論管理 (WEB-07): comments waiting for moderation (or approved / hidden); 通過, 隱藏, 刪除. */
export default function Comments() {
  const params = useParams<{ school: string }>();
  const list = useListParams(['status'] as const);
  const page = createAsync(() => listComments(params.school, list.query()));
  const [notice, setNotice] = createSignal('');
  const [error, setError] = createSignal('');
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const api = () => siteApi(params.school).comments;

  async function moderate(c: SiteComment, action: 'approve' | 'hide') {
    setError('');
    try {
      await api()[action](c.id);
      setNotice(t(action === 'approve' ? 'site.approvedDone' : 'site.hiddenDone', { name: c.name }));
      await revalidate(listComments.key);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  const remove = (c: SiteComment) =>
    setRequest({
      title: t('site.confirmDeleteCommentTitle'),
      body: t('site.confirmDeleteComment', { name: c.name }),
      confirmLabel: t('site.delete'),
      danger: true,
      run: async () => {
        await api().remove(c.id);
        setNotice(t('site.commentDeleted', { name: c.name }));
        await revalidate(listComments.key);
      },
    });

  return (
    <div class="site-panel">
      <div class="toolbar">
        <FilterSelect
          label={t('site.status')}
          value={list.query().status || 'pending'}
          options={STATUSES.map((s) => ({ value: s, label: t(`site.${s}`) }))}
          onChange={(v) => list.setFilter('status', v)}
        />
      </div>
      <StatusNote>{notice()}</StatusNote>
      <FormError message={error()} />
      <TableShell columns={[t('site.article'), t('site.commenter'), t('site.comment'), t('site.createdAt'), t('site.actions')]}>
        <For each={page()?.items} fallback={<EmptyRow columns={5} />}>
          {(c) => (
            <tr>
              <td>{c.articleTitle}</td>
              <td>{c.name}</td>
              <td class="site-comment-text">{c.text}</td>
              <td class="nowrap">{formatDateTime(c.createdAt)}</td>
              <td class="nowrap">
                <Show when={c.status !== 'approved'}>
                  <button type="button" class="button button--small button--primary" onClick={() => moderate(c, 'approve')}>
                    {t('site.approve')}
                  </button>{' '}
                </Show>
                <Show when={c.status !== 'hidden'}>
                  <button type="button" class="button button--small" onClick={() => moderate(c, 'hide')}>
                    {t('site.hide')}
                  </button>{' '}
                </Show>
                <button type="button" class="button button--small button--danger-text" onClick={() => remove(c)}>
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
