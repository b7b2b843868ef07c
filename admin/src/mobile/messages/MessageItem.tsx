import { A, useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import type { Message } from '../../lib/client';
import { formatDateTime, hasKey, t } from '../../lib/i18n';

/** A message in the list: a dot while unread; tapping opens it in place and marks it read. */
export default function MessageItem(props: { message: Message; read: boolean; onOpen: () => Promise<void> }) {
  const [open, setOpen] = createSignal(false);
  const source = () => {
    const key = `source.${props.message.source}`;
    return hasKey(key) ? t(key) : props.message.source;
  };
  const bodyId = () => `message-${props.message.id}-body`;
  const params = useParams<{ school: string }>();

  function toggle() {
    setOpen((o) => !o);
    if (!props.read) void props.onOpen().catch(() => undefined);
  }

  return (
    <li class="m-message" classList={{ 'm-message--unread': !props.read, 'm-message--open': open() }}>
      <button type="button" class="m-message__button" aria-expanded={open()} aria-controls={bodyId()} onClick={toggle}>
        <span class="m-message__dot" aria-hidden="true" />
        <span class="m-message__head">
          <span class="m-message__title">
            {props.message.title}
            <Show when={!props.read}>
              <span class="visually-hidden"> ({t('messages.unread')})</span>
            </Show>
          </span>
          <time class="m-message__time" datetime={props.message.createdAt}>
            {formatDateTime(props.message.createdAt)}
          </time>
        </span>
        <span class="m-message__source">{source()}</span>
        <span class="m-message__body" id={bodyId()}>
          {props.message.body}
        </span>
      </button>
      <Show when={open() && props.message.refType && props.message.refId}>
        <A class="m-message__open" href={`/${params.school}/m/open/${props.message.refType}/${props.message.refId}`}>
          {t('messages.openItem')}
        </A>
      </Show>
    </li>
  );
}
