import { A, Navigate, useParams } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { t } from '../../lib/i18n';
import PageHeader from '../more/PageHeader';

/**
 * Where a 消息提醒 item leads (/m/open/<refType>/<refId>): a parent's or student's notice opens
 * on the phone; a CC'd notice is read in the back-office; a staff announcement (or its
 * editor's 預覽) on the phone; homework in 功課; a class invitation among the subscribed
 * children (查看已訂閱教育證). Anything else goes back to the message list.
 */
export default function OpenRef() {
  const params = useParams<{ school: string; type: string; id: string }>();
  return (
    <Switch fallback={<Navigate href={`/${params.school}/m/messages`} />}>
      <Match when={params.type === 'notice-inbox'}>
        <Navigate href={`/${params.school}/m/notices/${encodeURIComponent(params.id)}`} />
      </Match>
      <Match when={params.type === 'class'}>
        {/* 學校邀請：加入班級 — the subscribed children and their classes */}
        <Navigate href={`/${params.school}/m/identities`} />
      </Match>
      <Match when={params.type === 'homework'}>
        <Navigate href={`/${params.school}/m/apps/homework/${encodeURIComponent(params.id)}`} />
      </Match>
      <Match when={params.type === 'announcement'}>
        <Navigate href={`/${params.school}/m/announcements/${encodeURIComponent(params.id)}`} />
      </Match>
      <Match when={params.type === 'announcement-preview'}>
        <Navigate href={`/${params.school}/m/announcements/${encodeURIComponent(params.id)}?preview=1`} />
      </Match>
      <Match when={params.type === 'notice'}>
        <PageHeader title={t('nt.m.title')} back={`/${params.school}/m/messages`} />
        <main class="m-body">
          <section class="m-card nt-m-card">
            <p>{t('nt.m.staffOnly')}</p>
            <A class="button button--block" href={`/${params.school}/notices/${encodeURIComponent(params.id)}`} target="_self">
              {t('nt.view')}
            </A>
          </section>
        </main>
      </Match>
    </Switch>
  );
}
