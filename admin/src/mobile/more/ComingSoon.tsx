import { A, createAsync, useParams } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { locale, t } from '../../lib/i18n';
import { useTitle } from '../../lib/title';
import AppIcon from '../workbench/AppIcon';
import { myWorkbench } from '../workbench/queries';
import PageHeader from './PageHeader';
import './more.css';

/**
 * The page of a workbench app whose screens are not built yet: says so plainly (即將推出).
 * 智慧校園管理後台 is for the computer: it says how to open it there. An app this member may
 * not open is not found.
 */
export default function ComingSoon() {
  const params = useParams<{ school: string; key: string }>();
  const workbench = createAsync(() => myWorkbench(params.school));
  const app = () => workbench()?.groups.flatMap((g) => g.apps).find((a) => a.key === params.key);
  const name = () => app()?.name[locale()] ?? '';
  useTitle(() => name() || undefined);
  const desktop = () => `${location.origin}/admin/${params.school}/sign-in`;

  return (
    <>
      <PageHeader title={name() || t('m.soon.unknownTitle')} />
      <main class="m-body">
        <Show
          when={app()}
          fallback={
            <section class="m-soon">
              <h2>{t('m.soon.unknownTitle')}</h2>
              <p class="muted">{t('m.soon.unknown')}</p>
              <A href={`/${params.school}/m`} class="button button--block button--large">
                {t('m.soon.back')}
              </A>
            </section>
          }
        >
          {(a) => (
            <section class="m-soon" aria-labelledby="soon-title">
              <AppIcon appKey={a().key} size={72} />
              <Switch>
                <Match when={a().key === 'back-office'}>
                  <h2 id="soon-title">{t('m.soon.desktopTitle')}</h2>
                  <p class="muted">{t('m.soon.desktop')}</p>
                  <p class="m-soon__url">
                    <span class="visually-hidden">{t('m.soon.desktopUrl')}</span>
                    {desktop()}
                  </p>
                  <ol class="m-soon__steps">
                    <li>{t('m.soon.desktopStep1')}</li>
                    <li>{t('m.soon.desktopStep2')}</li>
                    <li>{t('m.soon.desktopStep3')}</li>
                  </ol>
                </Match>
                <Match when>
                  <p class="m-soon__tag">{t('m.soon.tag')}</p>
                  <h2 id="soon-title">{t('m.soon.title', { name: name() })}</h2>
                  <p class="muted">{t('m.soon.body', { name: name() })}</p>
                </Match>
              </Switch>
              <A href={`/${params.school}/m`} class="button button--block button--large">
                {t('m.soon.back')}
              </A>
            </section>
          )}
        </Show>
      </main>
    </>
  );
}
