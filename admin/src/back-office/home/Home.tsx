import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import Icon from '../../components/Icon';
import { t } from '../../lib/i18n';
import { memberTitle, useSession } from '../../lib/session';
import { mayOpen } from '../layout/menu';

/** 首頁: a greeting and, for those who may open them, the screens that are built. */
export default function Home() {
  const params = useParams<{ school: string }>();
  const session = useSession();
  const member = () => session()?.member;
  const role = () => member()?.adminRole ?? null;
  const who = () => {
    const m = member();
    return m ? memberTitle(m) : '';
  };
  return (
    <section>
      <h1>{t('home.welcome', { name: member()?.name ?? '' })}</h1>
      <p class="muted">{t('home.role', { role: who() })}</p>
      <Show when={mayOpen('super', role())}>
        <h2 class="section-title">{t('home.shortcuts')}</h2>
        <ul class="cards">
          <li>
            <A class="card" href={`/${params.school}/contacts/members`}>
              <Icon name="users" size={28} />
              <strong>{t('nav.members')}</strong>
              <span class="muted">{t('home.membersHint')}</span>
            </A>
          </li>
          <li>
            <A class="card" href={`/${params.school}/audit`}>
              <Icon name="clipboard" size={28} />
              <strong>{t('nav.audit')}</strong>
              <span class="muted">{t('home.auditHint')}</span>
            </A>
          </li>
        </ul>
      </Show>
    </section>
  );
}
