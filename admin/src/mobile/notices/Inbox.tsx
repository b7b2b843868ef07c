import { A, createAsync, query, useParams } from '@solidjs/router';
import { createSignal, For, Show, Suspense } from 'solid-js';
import { formatDateTime, t } from '../../lib/i18n';
import { noticesApi } from '../../lib/notices-client';
import { useSession } from '../../lib/session';
import { useTitle } from '../../lib/title';
import { currentChild, myChildren } from '../more/children';
import PageHeader from '../more/PageHeader';
import './notices.css';

export const listInbox = query((school: string, studentId: string, page: number) => noticesApi(school).inbox.list({ studentId: studentId || undefined, page, pageSize: 20 }), 'notice-inbox');

/** N-09 家校通知 of the child being looked at (the switcher in the header), newest first. */
export default function Inbox() {
  const params = useParams<{ school: string }>();
  const session = useSession();
  useTitle(() => t('nt.m.title'));
  const children = createAsync(async () => {
    const kind = session()?.member.kind;
    return kind ? myChildren(params.school, kind).catch(() => []) : [];
  });
  const child = () => currentChild(params.school, session()?.member.id ?? '', children());
  const [page, setPage] = createSignal(1);
  const data = createAsync(async () => (children() === undefined ? undefined : listInbox(params.school, child()?.id ?? '', page())));
  const more = () => (data()?.total ?? 0) > page() * 20;

  return (
    <>
      <PageHeader title={t('nt.m.title')} />
      <main class="m-body m-body--list">
        <Suspense fallback={<p class="loading">{t('common.loading')}</p>}>
          <ul class="nt-m-list" role="list">
            <For each={data()?.items} fallback={<li class="m-empty">{t('nt.m.empty')}</li>}>
              {(n) => (
                <li>
                  <A href={`/${params.school}/m/notices/${n.id}`} class="nt-m-item" classList={{ 'nt-m-item--unread': !n.readAt }}>
                    <span class="nt-m-item__head">
                      <span class="nt-m-item__dot" aria-hidden="true" />
                      <span class="nt-m-item__title">
                        {n.title}
                        <Show when={!n.readAt}>
                          <span class="visually-hidden"> ({t('nt.m.new')})</span>
                        </Show>
                      </span>
                    </span>
                    <span class="nt-m-item__summary">{n.summary}</span>
                    <span class="nt-m-item__meta">
                      <span>{t('nt.m.from', { sender: n.sender, at: formatDateTime(n.sentAt) })}</span>
                      <span class="nt-m-tags">
                        <Show when={n.urgent}>
                          <span class="nt-m-tag nt-m-tag--urgent">{t('nt.urgent')}</span>
                        </Show>
                        <Show when={n.hasForm}>
                          <span class="nt-m-tag" classList={{ 'nt-m-tag--done': !!n.answeredAt }}>
                            {n.answeredAt ? t('nt.answered') : t('nt.m.form')}
                          </span>
                        </Show>
                        <Show when={n.requireConfirm}>
                          <span class="nt-m-tag" classList={{ 'nt-m-tag--done': !!n.confirmedAt }}>
                            {n.confirmedAt ? t('nt.confirmed') : t('nt.unconfirmed')}
                          </span>
                        </Show>
                        <Show when={n.closed}>
                          <span class="nt-m-tag nt-m-tag--closed">{t('nt.st.closed')}</span>
                        </Show>
                      </span>
                    </span>
                  </A>
                </li>
              )}
            </For>
          </ul>
          <Show when={more()}>
            <button type="button" class="button button--block" onClick={() => setPage((p) => p + 1)}>
              {t('common.next')}
            </button>
          </Show>
        </Suspense>
      </main>
    </>
  );
}
