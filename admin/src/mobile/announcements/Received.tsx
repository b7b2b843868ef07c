import { A, createAsync, query, useParams } from '@solidjs/router';
import { createSignal, For, Show, Suspense } from 'solid-js';
import { announcementsApi } from '../../lib/announcements-client';
import { formatDateTime, t } from '../../lib/i18n';
import { useTitle } from '../../lib/title';
import PageHeader from '../more/PageHeader';
import './announcements.css';

const PAGE = 20;
export const listReceived = query((school: string, pages: number) => announcementsApi(school).inbox.list({ page: 1, pageSize: PAGE * pages }), 'announcements-received');

/** The announcements sent to this member, newest first; unread ones marked (manual §18, staff side). */
export default function Received() {
  const params = useParams<{ school: string }>();
  useTitle(() => t('nt.navAnnouncements'));
  const [pages, setPages] = createSignal(1);
  const data = createAsync(() => listReceived(params.school, pages()));
  const api = () => announcementsApi(params.school);
  return (
    <>
      <PageHeader title={t('nt.navAnnouncements')} />
      <main class="m-body m-body--list">
        <Suspense fallback={<p class="loading">{t('common.loading')}</p>}>
          <ul class="an-m-list" role="list">
            <For each={data()?.items} fallback={<li class="m-empty">{t('an.m.empty')}</li>}>
              {(a) => (
                <li>
                  <A href={`/${params.school}/m/announcements/${a.id}`} class="an-m-item" classList={{ 'an-m-item--unread': !a.readAt }}>
                    <Show when={a.coverFileId}>{(c) => <img class="an-m-item__cover" src={api().fileUrl(a.id, c())} alt="" loading="lazy" />}</Show>
                    <span class="an-m-item__text">
                      <span class="an-m-item__title">
                        <Show when={!a.readAt}>
                          <span class="an-m-dot" aria-hidden="true" />
                          <span class="visually-hidden">({t('nt.m.new')}) </span>
                        </Show>
                        {a.title}
                      </span>
                      <span class="an-m-item__summary">{a.summary}</span>
                      <span class="an-m-item__meta">
                        {a.author} · {formatDateTime(a.sentAt)}
                      </span>
                    </span>
                  </A>
                </li>
              )}
            </For>
          </ul>
          <Show when={(data()?.total ?? 0) > pages() * PAGE}>
            <button type="button" class="button button--block" onClick={() => setPages((n) => n + 1)}>
              {t('messages.loadMore')}
            </button>
          </Show>
        </Suspense>
      </main>
    </>
  );
}
