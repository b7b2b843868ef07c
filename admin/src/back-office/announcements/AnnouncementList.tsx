import { A, createAsync, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import EmptyRow from '../../components/EmptyRow';
import FilterSelect from '../../components/FilterSelect';
import ListPager from '../../components/ListPager';
import SearchBox from '../../components/SearchBox';
import StatusNote from '../../components/StatusNote';
import TableShell from '../../components/TableShell';
import { type AnnouncementItem, announcementsApi } from '../../lib/announcements-client';
import { formatDateTime, t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { flash, listAnnouncements, recallable, setFlash } from './queries';
import { StatusBadge } from './StatusBadge';
import '../notices/notices.css';
import './announcements.css';

const STATUSES = ['sent', 'scheduled', 'draft', 'recalled'] as const;

/**
 * 企業通知公告 (manual §18): 狀態, 消息, 閱讀情況 (已讀 n 未讀 m), 類型, 發送時間, 操作 —
 * 撤回消息 within 24 h, 編輯 and 刪除 for drafts and scheduled ones; search, status, paging.
 */
export default function AnnouncementList() {
  const params = useParams<{ school: string }>();
  const list = useListParams(['status'] as const);
  const page = createAsync(() => listAnnouncements(params.school, list.query()));
  const [note, setNote] = createSignal(flash());
  setFlash('');
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const api = () => announcementsApi(params.school);

  const recall = (a: AnnouncementItem) =>
    setRequest({
      title: t('an.recallTitle'),
      body: t('an.recallBody', { name: a.title }),
      confirmLabel: t('an.recall'),
      danger: true,
      run: async () => {
        await api().recall(a.id);
        setNote(t('an.recalled', { name: a.title }));
        await revalidate(listAnnouncements.key);
      },
    });
  const remove = (a: AnnouncementItem) =>
    setRequest({
      title: t('an.deleteTitle'),
      body: t('an.deleteBody', { name: a.title }),
      confirmLabel: t('an.delete'),
      danger: true,
      run: async () => {
        await api().remove(a.id);
        setNote(t('an.deleted', { name: a.title }));
        await revalidate(listAnnouncements.key);
      },
    });

  return (
    <div class="nt-panel">
      <div class="nt-head">
        <h2>{t('nt.navAnnouncements')}</h2>
      </div>
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('an.search')} onSearch={(q) => list.setFilter('q', q)} />
        <FilterSelect
          label={t('nt.status')}
          value={list.query().status}
          options={[{ value: '', label: t('nt.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`an.st.${s}`) }))]}
          onChange={(v) => list.setFilter('status', v)}
        />
        <span class="toolbar__spacer" />
        <A class="button button--primary" href={`/${params.school}/announcements/new`}>
          + {t('an.compose')}
        </A>
      </div>
      <Show when={note()}>
        <StatusNote>{note()}</StatusNote>
      </Show>
      <TableShell class="an-table" columns={[t('nt.status'), t('an.message'), t('an.reading'), t('an.type'), t('nt.sentAt'), t('nt.actions')]}>
        <For each={page()?.items} fallback={<EmptyRow columns={6} />}>
          {(a) => (
            <tr>
              <td>
                <StatusBadge status={a.status} />
              </td>
              <td class="an-table__message">
                <A href={`/${params.school}/announcements/${a.id}`}>{a.title}</A>
                <span class="muted an-table__summary">{a.summary}</span>
              </td>
              <td class="nowrap nt-counts">
                <Show when={a.status === 'sent' || a.status === 'recalled'} fallback="—">
                  {t('an.readUnread', { read: a.stats.read, unread: a.stats.unread })}
                </Show>
              </td>
              <td>{t('an.typeAnnouncement')}</td>
              <td class="nowrap">{formatDateTime(a.sentAt ?? a.scheduledAt ?? a.updatedAt)}</td>
              <td class="nowrap">
                <Show when={recallable(a)}>
                  <button type="button" class="button button--small button--danger-text" onClick={() => recall(a)}>
                    {t('an.recallMessage')}
                  </button>
                </Show>
                <Show when={a.status === 'draft' || a.status === 'scheduled'}>
                  <A class="button button--small" href={`/${params.school}/announcements/${a.id}/edit`}>
                    {t('an.editShort')}
                  </A>{' '}
                  <button type="button" class="button button--small button--danger-text" onClick={() => remove(a)}>
                    {t('an.delete')}
                  </button>
                </Show>
                <Show when={a.status === 'sent' || a.status === 'recalled'}>
                  <A class="button button--small" href={`/${params.school}/announcements/${a.id}`}>
                    {t('nt.view')}
                  </A>
                </Show>
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
