import { createAsync } from '@solidjs/router';
import { For, Suspense } from 'solid-js';
import { t } from '../../lib/i18n';
import MessageItem from './MessageItem';
import { listMessages } from './queries';

/** One page of the list; pages load as the member asks for more. */
export default function MessagePage(props: {
  school: string;
  page: number;
  pageSize: number;
  unreadOnly: boolean;
  readHere: ReadonlySet<string>;
  onRead: (id: string) => Promise<void>;
}) {
  const data = createAsync(() =>
    listMessages(props.school, { page: props.page, pageSize: props.pageSize, unread: props.unreadOnly }),
  );
  return (
    <Suspense fallback={<li class="loading">{t('common.loading')}</li>}>
      <For each={data()?.items}>
        {(message) => (
          <MessageItem
            message={message}
            read={!!message.readAt || props.readHere.has(String(message.id))}
            onOpen={() => props.onRead(String(message.id))}
          />
        )}
      </For>
    </Suspense>
  );
}
