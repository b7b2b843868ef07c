import { A, createAsync, type RouteSectionProps, useLocation } from '@solidjs/router';
import { For, Show } from 'solid-js';
import LanguageSwitch from '../../components/LanguageSwitch';
import SchoolName from '../../components/SchoolName';
import ScreenBoundary from '../../components/ScreenBoundary';
import Icon from '../../components/Icon';
import { schoolApi } from '../../lib/client';
import { t } from '../../lib/i18n';
import { getSchoolInfo, getSession, memberTitle, SessionProvider } from '../../lib/session';
import { myPermissions } from '../permissions/queries';
import Watermark from '../permissions/Watermark';
import Menu from './Menu';
import { menuTrail } from './menu';
import { useTitle } from '../../lib/title';

/** The back-office frame: top bar, the left menu, and the current screen. */
export default function Layout(props: RouteSectionProps) {
  const school = () => props.params.school ?? '';
  const session = createAsync(() => getSession(school(), 'back-office'));
  const info = createAsync(() => getSchoolInfo(school()).catch(() => undefined));
  // the menus follow what the API grants (GET /roles/me); the role alone until it answers
  const permissions = createAsync(() => myPermissions(school()).catch(() => undefined));
  const location = useLocation();
  const trail = () => menuTrail(location.pathname.replace(/^\/admin/, '').slice(school().length + 1), { within: true }) ?? [];
  useTitle(() => (trail().length ? t(trail()[trail().length - 1]) : t('app.backOffice')));

  async function signOut() {
    try {
      await schoolApi(school()).auth.signOut();
    } finally {
      // A full reload drops every cached answer of the old session.
      window.location.assign(`/admin/${school()}/sign-in`);
    }
  }

  return (
    <Show when={session()} fallback={<p class="loading loading--page">{t('common.loading')}</p>}>
      {(current) => (
        <SessionProvider value={session}>
          <div class="shell">
            <a class="skip-link" href="#main">
              {t('common.skip')}
            </a>
            <header class="topbar">
              <A href={`/${school()}`} class="brand">
                <span class="brand__mark" aria-hidden="true" />
                <span class="brand__name">{t('app.backOffice')}</span>
              </A>
              <span class="topbar__school">
                <SchoolName info={info()} code={school()} />
              </span>
              <span class="topbar__spacer" />
              <LanguageSwitch />
              <span class="topbar__user" title={t('common.signedInAs', { name: current().member.name })}>
                <span class="avatar" aria-hidden="true">
                  {current().member.name.slice(0, 1)}
                </span>
                <span>
                  {current().member.name}
                  <small>{memberTitle(current().member)}</small>
                </span>
              </span>
              <button type="button" class="button button--ghost" onClick={signOut}>
                <Icon name="signOut" size={18} />
                {t('common.signOut')}
              </button>
            </header>
            <nav class="sidebar" aria-label={t('nav.main')}>
              <Menu school={school()} role={current().member.adminRole} permissions={permissions()} />
            </nav>
            <main id="main" class="content" tabindex="-1">
              <Watermark school={school()} name={current().member.name} />
              <Show when={trail().length > 1}>
                <nav class="breadcrumb" aria-label="breadcrumb">
                  <For each={trail()}>{(key) => <span>{t(key)}</span>}</For>
                </nav>
              </Show>
              <ScreenBoundary signIn="/:school/sign-in">{props.children}</ScreenBoundary>
            </main>
          </div>
        </SessionProvider>
      )}
    </Show>
  );
}
