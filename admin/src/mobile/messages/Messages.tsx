import { A, createAsync, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Index, Show, Suspense } from 'solid-js';
import Icon from '../../components/Icon';
import { schoolApi } from '../../lib/client';
import { t } from '../../lib/i18n';
import ChildSwitcher from '../more/ChildSwitcher';
import MessagePage from './MessagePage';
import { listMessages, unreadCount } from './queries';
import { useTitle } from '../../lib/title';

const PAGE_SIZE = 20;

/** 消息提醒: every message this member was sent, newest first; tap to read, or read all. */
export default function Messages() {
  const params = useParams<{ school: string }>();
  const [unreadOnly, setUnreadOnly] = createSignal(false);
  const [pages, setPages] = createSignal(1);
  // Read here, not yet refetched: shown as read at once without reshuffling the list.
  const [readHere, setReadHere] = createSignal<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = createSignal('');
  useTitle(() => t('messages.title'));
  const first = createAsync(() => listMessages(params.school, { page: 1, pageSize: PAGE_SIZE, unread: unreadOnly() }));
  const unread = () => Math.max(0, (first()?.unread ?? 0) - readHere().size);
  const more = () => (first()?.total ?? 0) > pages() * PAGE_SIZE;

  async function markRead(id: string) {
    setReadHere((s) => new Set(s).add(id));
    await schoolApi(params.school).messages.read(id);
    void revalidate(unreadCount.key);
  }

  async function readAll() {
    await schoolApi(params.school).messages.readAll();
    await revalidate([listMessages.key, unreadCount.key]);
    setReadHere(new Set<string>());
    setNotice(t('messages.allRead'));
  }

  function filter(only: boolean) {
    setUnreadOnly(only);
    setPages(1);
    setReadHere(new Set<string>());
    setNotice('');
  }

  return (
    <>
      <header class="m-topbar">
        <A href={`/${params.school}/m`} class="m-topbar__back">
          <Icon name="back" size={22} />
          <span class="visually-hidden">{t('common.back')}</span>
        </A>
        <h1 class="m-topbar__title">{t('messages.title')}</h1>
        <button type="button" class="m-topbar__action" disabled={unread() === 0} onClick={readAll}>
          {t('messages.readAll')}
        </button>
      </header>
      <Suspense>
        <ChildSwitcher variant="bar" />
      </Suspense>
      <div class="m-segment" role="group" aria-label={t('messages.filter')}>
        <For each={[false, true]}>
          {(only) => (
            <button type="button" aria-pressed={unreadOnly() === only} onClick={() => filter(only)}>
              {only ? t('messages.filterUnread') : t('messages.filterAll')}
              <Show when={only && unread() > 0}>
                <span class="m-segment__count">{unread()}</span>
              </Show>
            </button>
          )}
        </For>
      </div>
      <p class="visually-hidden" role="status">
        {notice()}
      </p>
      <main class="m-body m-body--list">
        <Show
          when={(first()?.total ?? 0) > 0}
          fallback={
            <p class="m-empty">
              <Icon name="bell" size={36} />
              {unreadOnly() ? t('messages.emptyUnread') : t('messages.empty')}
            </p>
          }
        >
          <ul class="m-messages">
            <Index each={Array.from({ length: pages() }, (_, i) => i + 1)}>
              {(page) => (
                <MessagePage
                  school={params.school}
                  page={page()}
                  pageSize={PAGE_SIZE}
                  unreadOnly={unreadOnly()}
                  readHere={readHere()}
                  onRead={markRead}
                />
              )}
            </Index>
          </ul>
          <Show when={more()}>
            <button type="button" class="button button--block m-more" onClick={() => setPages((n) => n + 1)}>
              {t('messages.loadMore')}
            </button>
          </Show>
        </Show>
      </main>
    </>
  );
}
