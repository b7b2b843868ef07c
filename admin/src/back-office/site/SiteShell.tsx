import { A, createAsync, query, type RouteSectionProps, useParams } from '@solidjs/router';
import { For, Show, Suspense } from 'solid-js';
import { t, type MessageKey } from '../../lib/i18n';
import { siteApi } from '../../lib/site-client';
import { useCopy } from './copy';
import './site.css';

const siteLink = query((school: string) => siteApi(school).link(), 'site-link');

const TABS: { path: string; label: MessageKey }[] = [
  { path: 'showcases', label: 'site.navShowcases' },
  { path: 'types', label: 'site.navTypes' },
  { path: 'articles', label: 'site.navArticles' },
  { path: 'comments', label: 'site.navComments' },
];

/** 微官網: 複製微官網對外鏈接 above the manual's tabs (櫥窗管理, 文章類型, 文章管理) and 評論管理. */
export default function SiteShell(props: RouteSectionProps) {
  const params = useParams<{ school: string }>();
  const link = createAsync(() => siteLink(params.school));
  const { note, copy } = useCopy();
  return (
    <section class="site" aria-labelledby="site-title">
      <div class="page-head">
        <h1 id="site-title">{t('site.title')}</h1>
        <Show when={link()}>
          {(l) => (
            <button type="button" class="button" onClick={() => copy(l().url)}>
              {t('site.copySiteLink')}
            </button>
          )}
        </Show>
      </div>
      <p class="notice site__copied" role="status">
        {note()}
      </p>
      <nav class="site-tabs" aria-label={t('site.tabs')}>
        <For each={TABS}>
          {(tab) => (
            <A class="site-tabs__tab" activeClass="site-tabs__tab--active" href={`/${params.school}/site/${tab.path}`}>
              {t(tab.label)}
            </A>
          )}
        </For>
      </nav>
      <Suspense fallback={<p class="loading">{t('common.loading')}</p>}>{props.children}</Suspense>
    </section>
  );
}
