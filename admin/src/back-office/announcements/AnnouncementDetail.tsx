import { A, createAsync, revalidate, useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import FormError from '../../components/FormError';
import StatusNote from '../../components/StatusNote';
import { type AnnouncementDetail as Detail, announcementsApi } from '../../lib/announcements-client';
import { formatDateTime, t } from '../../lib/i18n';
import Readers from './Readers';
import { flash, getAnnouncement, listAnnouncements, listReaders, recallable, setFlash } from './queries';
import { StatusBadge } from './StatusBadge';
import '../notices/notices.css';
import './announcements.css';
import { Clip } from '../notices/glyphs';

/**
 * An announcement for its editors (ANN-02, manual §18): the announcement as sent, 數據概況統計
 * (送達人數, 閱讀人數, 閱讀次數, 點贊數), 成員閱讀情況 (已讀 / 未讀, by member), 文章類型 and
 * 發送時間; 撤回 within 24 h, 預覽, and 編輯 / 刪除 while it is a draft or scheduled.
 */
export default function AnnouncementDetail() {
  const params = useParams<{ school: string; id: string }>();
  const navigate = useNavigate();
  const item = createAsync(() => getAnnouncement(params.school, params.id));
  const [note, setNote] = createSignal(flash());
  setFlash('');
  const [error, setError] = createSignal('');
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const api = () => announcementsApi(params.school);
  const refresh = () => revalidate([getAnnouncement.key, listReaders.key, listAnnouncements.key]);

  const recall = (a: Detail) =>
    setRequest({
      title: t('an.recallTitle'),
      body: t('an.recallBody', { name: a.title }),
      confirmLabel: t('an.recall'),
      danger: true,
      run: async () => {
        await api().recall(a.id);
        setNote(t('an.recalled', { name: a.title }));
        await refresh();
      },
    });
  const remove = (a: Detail) =>
    setRequest({
      title: t('an.deleteTitle'),
      body: t('an.deleteBody', { name: a.title }),
      confirmLabel: t('an.delete'),
      danger: true,
      run: async () => {
        await api().remove(a.id);
        setFlash(t('an.deleted', { name: a.title }));
        await revalidate(listAnnouncements.key);
        navigate(`/${params.school}/announcements`);
      },
    });
  async function preview(a: Detail) {
    setError('');
    try {
      await api().preview(a.id);
      setNote(t('an.previewSent'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const STATS = [
    ['delivered', 'an.stat.delivered'],
    ['read', 'an.stat.read'],
    ['reads', 'an.stat.reads'],
    ['likes', 'an.stat.likes'],
  ] as const;

  return (
    <div class="nt-panel">
      <div class="nt-head">
        <h2>{t('an.detail')}</h2>
        <A href={`/${params.school}/announcements`}>{t('nt.back')}</A>
      </div>
      <Show when={note()}>
        <StatusNote>{note()}</StatusNote>
      </Show>
      <FormError message={error()} />
      <Show when={item()} fallback={<p class="loading">{t('common.loading')}</p>}>
        {(a) => (
          <>
            <div class="nt-actions">
              <Show when={recallable(a())}>
                <button type="button" class="button button--danger-text" onClick={() => recall(a())}>
                  {t('an.recall')}
                </button>
              </Show>
              <Show when={a().status === 'draft' || a().status === 'scheduled'}>
                <A class="button button--primary" href={`/${params.school}/announcements/${a().id}/edit`}>
                  {t('an.editShort')}
                </A>
                <button type="button" class="button button--danger-text" onClick={() => remove(a())}>
                  {t('an.delete')}
                </button>
              </Show>
              <button type="button" class="button button--outline" onClick={() => preview(a())}>
                {t('an.preview')}
              </button>
            </div>
            <div class="an-detail">
              <article class="nt-section an-article">
                <p class="an-kicker">{t('an.typeAnnouncement')}</p>
                <Show when={a().cover}>{(c) => <img class="an-article__cover" src={api().fileUrl(a().id, c().id)} alt="" />}</Show>
                <h3 class="an-article__title">
                  {a().title} <StatusBadge status={a().status} />
                </h3>
                <p class="muted">{a().author}</p>
                {/* sanitised by the API when it was saved */}
                <div class="nt-content an-article__body" innerHTML={a().body} />
                <Show when={a().attachments.length}>
                  <ul class="nt-files">
                    <For each={a().attachments}>
                      {(f) => (
                        <li>
                          <a href={api().fileUrl(a().id, f.id)} download={f.name}>
                            <Clip /> {f.name}
                          </a>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </article>
              <aside class="an-side">
                <section class="nt-section">
                  <h3>{t('an.stats')}</h3>
                  <dl class="an-stats">
                    <For each={STATS}>
                      {([key, label]) => (
                        <div class="an-stat">
                          <dt>{t(label)}</dt>
                          <dd data-testid={`an-stat-${key}`}>{a().stats[key]}</dd>
                        </div>
                      )}
                    </For>
                  </dl>
                </section>
                <section class="nt-section">
                  <dl class="an-facts">
                    <dt>{t('an.type')}</dt>
                    <dd>{t('an.typeAnnouncement')}</dd>
                    <dt>{a().status === 'scheduled' ? t('an.scheduleAt') : t('nt.sentAt')}</dt>
                    <dd>{formatDateTime(a().sentAt ?? a().scheduledAt) || '—'}</dd>
                    <Show when={a().recalledAt}>
                      <dt>{t('an.recalledAt')}</dt>
                      <dd>{formatDateTime(a().recalledAt)}</dd>
                    </Show>
                    <dt>{t('an.rangeShort')}</dt>
                    <dd>{[...a().range.departments, ...a().range.members, ...a().range.tags].map((x) => x.name).join('、') || '—'}</dd>
                    <dt>{t('an.share')}</dt>
                    <dd>{t(`an.share.${a().share}`)}</dd>
                    <Show when={a().shareUrl}>
                      {(url) => (
                        <>
                          <dt>{t('an.shareLink')}</dt>
                          <dd>
                            <a href={url()} target="_blank" rel="noopener">
                              {url()}
                            </a>
                          </dd>
                        </>
                      )}
                    </Show>
                  </dl>
                </section>
              </aside>
            </div>
            <Show when={a().status !== 'draft' && a().status !== 'scheduled'}>
              <Readers school={params.school} announcement={a()} />
            </Show>
          </>
        )}
      </Show>
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </div>
  );
}
