import { A, createAsync, useNavigate, useParams } from '@solidjs/router';
import { For, onMount, Show, Suspense } from 'solid-js';
import Icon from '../../components/Icon';
import LanguageSwitch from '../../components/LanguageSwitch';
import SchoolName from '../../components/SchoolName';
import { schoolApi } from '../../lib/client';
import { formatLongDate, locale, macauHour, t } from '../../lib/i18n';
import { getSchoolInfo, useSession } from '../../lib/session';
import { useTitle } from '../../lib/title';
import { unreadCount } from '../messages/queries';
import ChildSwitcher from '../more/ChildSwitcher';
import { takeQrPage } from '../more/return-after-sign-in';
import AppIcon from './AppIcon';
import { appPath, myWorkbench } from './queries';
import './workbench.css';

/** Tiles while the workbench loads: the shape of a group, no words. */
function Skeleton() {
  return (
    <section class="m-card m-group" aria-busy="true">
      <p class="visually-hidden">{t('common.loading')}</p>
      <span class="m-skeleton m-skeleton--title" />
      <ul class="m-apps" aria-hidden="true">
        <For each={[1, 2, 3, 4, 5, 6, 7, 8]}>
          {() => (
            <li class="m-app-tile">
              <span class="m-skeleton m-skeleton--icon" />
              <span class="m-skeleton m-skeleton--name" />
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}

/** The groups and their apps from GET /apps/workbench, 消息提醒 with its unread badge. */
function Groups() {
  const params = useParams<{ school: string }>();
  const workbench = createAsync(() => myWorkbench(params.school));
  const unread = createAsync(() => unreadCount(params.school).catch(() => 0));
  const badge = () => {
    const n = unread() ?? 0;
    return n > 99 ? '99+' : String(n);
  };
  return (
    <Show
      when={(workbench()?.groups.length ?? 0) > 0}
      fallback={
        <section class="m-card m-group m-group--empty">
          <Icon name="grid" size={36} />
          <h2>{t('m.wb.emptyTitle')}</h2>
          <p class="muted">{t('m.wb.empty')}</p>
        </section>
      }
    >
      <For each={workbench()?.groups}>
        {(group) => (
          <section class="m-card m-group" aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`} class="m-card__title">
              {group.name}
            </h2>
            <ul class="m-apps">
              <For each={group.apps}>
                {(app) => (
                  <li>
                    <A href={appPath(params.school, app.key)} class="m-app-tile">
                      <span class="m-app-tile__icon m-app-tile__icon--plain">
                        <AppIcon appKey={app.key} size={52} />
                        <Show when={app.key === 'messages' && (unread() ?? 0) > 0}>
                          <span class="m-badge" aria-hidden="true">
                            {badge()}
                          </span>
                        </Show>
                      </span>
                      <span class="m-app-tile__name">{app.name[locale()]}</span>
                      <Show when={app.key === 'messages' && (unread() ?? 0) > 0}>
                        <span class="visually-hidden">{t('mobile.unreadCount', { n: unread() ?? 0 })}</span>
                      </Show>
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </For>
    </Show>
  );
}

/**
 * The mobile home (工作台, APP-02): a greeting, for a parent the child being looked at (and the
 * switch between children), then the workbench groups with the apps this member may open.
 */
export default function Workbench() {
  const params = useParams<{ school: string }>();
  const session = useSession();
  const navigate = useNavigate();
  const info = createAsync(() => getSchoolInfo(params.school).catch(() => undefined));
  const now = new Date();
  // just signed in after opening a desk's QR code: on to its confirmation
  onMount(() => {
    const back = takeQrPage(params.school);
    if (back) navigate(back, { replace: true });
  });
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
        <Suspense>
          <ChildSwitcher variant="hero" />
        </Suspense>
      </header>
      <main class="m-body m-workbench">
        <Suspense fallback={<Skeleton />}>
          <Groups />
        </Suspense>
        <button type="button" class="button button--ghost m-sign-out" onClick={signOut}>
          <Icon name="signOut" size={18} />
          {t('common.signOut')}
        </button>
      </main>
    </>
  );
}
