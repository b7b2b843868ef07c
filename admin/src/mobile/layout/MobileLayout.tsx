import { createAsync, type RouteSectionProps } from '@solidjs/router';
import { Show } from 'solid-js';
import ScreenBoundary from '../../components/ScreenBoundary';
import { t } from '../../lib/i18n';
import { getSession, SessionProvider } from '../../lib/session';

/** The phone frame: checks the mobile session, then shows the screen. */
export default function MobileLayout(props: RouteSectionProps) {
  const session = createAsync(() => getSession(props.params.school ?? '', 'mobile'));
  return (
    <div class="m-app">
      <Show when={session()} fallback={<p class="loading loading--page">{t('common.loading')}</p>}>
        <SessionProvider value={session}>
          <ScreenBoundary signIn="/:school/m/sign-in">{props.children}</ScreenBoundary>
        </SessionProvider>
      </Show>
    </div>
  );
}
