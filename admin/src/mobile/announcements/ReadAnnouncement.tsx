import { createAsync, revalidate, useParams, useSearchParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { announcementsApi, type ReceivedAnnouncement } from '../../lib/announcements-client';
import type { FileInfo } from '../../lib/notices-client';
import { formatDateTime, t } from '../../lib/i18n';
import { useTitle } from '../../lib/title';
import { unreadCount } from '../messages/queries';
import PageHeader from '../more/PageHeader';
import { listReceived } from './Received';
import FormError from '../../components/FormError';
import './announcements.css';
import { Clip, Thumb } from '../../back-office/notices/glyphs';

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A tilted tile of the reader's name for a repeated background (不能分享且文章內容顯示水印). */
function watermarkTile(name: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="120">` +
    `<text x="100" y="60" text-anchor="middle" dominant-baseline="middle" transform="rotate(-24 100 60)" ` +
    `font-family="system-ui, 'PingFang TC', 'Noto Sans CJK TC', sans-serif" font-size="16" fill="#1c2530" fill-opacity="0.12">${escapeXml(name)}</text></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

type Shown = Omit<ReceivedAnnouncement, 'readAt' | 'liked' | 'reads' | 'likes'> & Partial<Pick<ReceivedAnnouncement, 'liked' | 'reads' | 'likes'>>;

/**
 * A staff member reads an announcement on the phone (opened from 消息提醒 or the list): cover,
 * title, author and time, the body, attachments, 點贊; the reader's name laid over it when it
 * may not be shared. `?preview=1` is the editor's 預覽 (ANN-01): shown as it will be, not counted.
 */
export default function ReadAnnouncement() {
  const params = useParams<{ school: string; id: string }>();
  const [search] = useSearchParams();
  const api = () => announcementsApi(params.school);
  const preview = () => search.preview === '1';
  const [error, setError] = createSignal('');
  const item = createAsync<Shown | null>(async () => {
    try {
      if (!preview()) {
        const read = await api().inbox.read(params.id);
        void revalidate([unreadCount.key, listReceived.key]);
        return read;
      }
      const d = await api().get(params.id);
      return { ...d, sentAt: d.sentAt ?? d.updatedAt, watermark: null };
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return null;
    }
  });
  useTitle(() => item()?.title ?? t('nt.navAnnouncements'));

  return (
    <>
      <PageHeader title={t('nt.navAnnouncements')} back={`/${params.school}/m/announcements`} />
      <main class="m-body">
        <Show when={item() !== undefined} fallback={<p class="loading">{t('common.loading')}</p>}>
          <Show when={item()} fallback={<p class="m-empty">{error() || t('an.m.missing')}</p>}>
            {(a) => <Article school={params.school} item={a()} preview={preview()} />}
          </Show>
        </Show>
      </main>
    </>
  );
}

function Article(props: { school: string; item: Shown; preview: boolean }) {
  const api = () => announcementsApi(props.school);
  const [liked, setLiked] = createSignal(props.item.liked ?? false);
  const [likes, setLikes] = createSignal(props.item.likes ?? 0);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const fileUrl = (f: FileInfo) => api().fileUrl(props.item.id, f.id);

  async function toggleLike() {
    setBusy(true);
    setError('');
    try {
      const r = await api().inbox.like(props.item.id, !liked());
      setLiked(r.liked);
      setLikes(r.likes);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <article class="an-m-article">
      <Show when={props.preview}>
        <p class="an-m-preview" role="note">
          {t('an.m.previewNote')}
        </p>
      </Show>
      <Show when={props.item.cover}>{(c) => <img class="an-m-article__cover" src={fileUrl(c())} alt="" />}</Show>
      <div class="an-m-article__sheet">
        <Show when={props.item.watermark}>
          {(name) => <div class="an-m-watermark" aria-hidden="true" data-testid="an-watermark" style={{ 'background-image': watermarkTile(name()) }} />}
        </Show>
        <h2 class="an-m-article__title">{props.item.title}</h2>
        <p class="an-m-article__meta">
          <span>{props.item.author}</span>
          <time datetime={props.item.sentAt}>{formatDateTime(props.item.sentAt)}</time>
        </p>
        {/* sanitised by the API when it was saved */}
        <div class="an-m-article__body" innerHTML={props.item.body} />
        <Show when={props.item.attachments.length}>
          <section class="an-m-files">
            <h3>{t('nt.attachments')}</h3>
            <ul role="list">
              <For each={props.item.attachments}>
                {(f) => (
                  <li>
                    <a href={fileUrl(f)} download={f.name}>
                      <Clip /> {f.name}
                    </a>
                  </li>
                )}
              </For>
            </ul>
          </section>
        </Show>
        <Show when={props.item.share === 'none'}>
          <p class="an-m-note">{t('an.m.noShare')}</p>
        </Show>
        <Show when={props.item.shareUrl}>
          {(url) => (
            <p class="an-m-note">
              {t('an.m.shareable')}{' '}
              <a href={url()} target="_blank" rel="noopener">
                {t('an.shareLink')}
              </a>
            </p>
          )}
        </Show>
        <Show when={!props.preview}>
          <footer class="an-m-footer">
            <span class="muted">{t('an.m.reads', { n: props.item.reads ?? 0 })}</span>
            <button type="button" class="an-m-like" aria-pressed={liked()} disabled={busy()} onClick={toggleLike}>
              <Thumb filled={liked()} /> {liked() ? t('an.m.liked') : t('an.m.like')} <span class="an-m-like__n">{likes()}</span>
            </button>
          </footer>
          <FormError message={error()} />
        </Show>
      </div>
    </article>
  );
}
