import { A, createAsync, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import Icon from '../../components/Icon';
import LanguageSwitch from '../../components/LanguageSwitch';
import SchoolName from '../../components/SchoolName';
import { schoolApi } from '../../lib/client';
import { formatLongDate, macauHour, t } from '../../lib/i18n';
import { getSchoolInfo, useSession } from '../../lib/session';
import { unreadCount } from '../messages/queries';
import { useTitle } from '../../lib/title';

/** The mobile home (工作台): a greeting and the apps this member may open (APP-02). */
export default function Workbench() {
  const params = useParams<{ school: string }>();
  const session = useSession();
  const info = createAsync(() => getSchoolInfo(params.school).catch(() => undefined));
  const unread = createAsync(() => unreadCount(params.school));
  const now = new Date();
  useTitle(() => undefined);
  const greeting = () => {
    const hour = macauHour(now);
    const key = hour < 12 ? 'mobile.morning' : hour < 18 ? 'mobile.afternoon' : 'mobile.evening';
    return t(key, { name: session()?.member.name ?? '' });
  };

  async function signOut() {
    try {
      await schoolApi(params.school).auth.signOut();
    } finally {
      window.location.assign(`/admin/${params.school}/m/sign-in`);
    }
  }

  return (
    <>
      <header class="m-hero">
        <div class="m-hero__bar">
          <span class="m-hero__school">
            <SchoolName info={info()} code={params.school} />
          </span>
          <LanguageSwitch />
        </div>
        <h1 class="m-hero__greeting">{greeting()}</h1>
        <p class="m-hero__date">{t('mobile.today', { date: formatLongDate(now) })}</p>
      </header>
      <main class="m-body">
        <section class="m-card" aria-labelledby="apps-title">
          <h2 id="apps-title" class="m-card__title">
            {t('mobile.appsGroup')}
          </h2>
          <ul class="m-apps">
            <li>
              <A href={`/${params.school}/m/messages`} class="m-app-tile">
                <span class="m-app-tile__icon m-app-tile__icon--bell">
                  <Icon name="bell" size={26} />
                  <Show when={(unread() ?? 0) > 0}>
                    <span class="m-badge" aria-hidden="true">
                      {(unread() ?? 0) > 99 ? '99+' : unread()}
                    </span>
                  </Show>
                </span>
                <span class="m-app-tile__name">{t('nav.messages')}</span>
                <Show when={(unread() ?? 0) > 0}>
                  <span class="visually-hidden">{t('mobile.unreadCount', { n: unread() ?? 0 })}</span>
                </Show>
              </A>
            </li>
          </ul>
        </section>
        <button type="button" class="button button--ghost m-sign-out" onClick={signOut}>
          <Icon name="signOut" size={18} />
          {t('common.signOut')}
        </button>
      </main>
    </>
  );
}
