import { useLocation, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import Icon from '../../components/Icon';
import { t } from '../../lib/i18n';
import { menuTrail } from './menu';

/** The honest page for a menu entry whose module is not built yet. */
export default function NotOpen() {
  const params = useParams<{ school: string }>();
  const location = useLocation();
  const trail = () => menuTrail(location.pathname.replace(/^\/admin/, '').slice(params.school.length + 1));
  return (
    <Show
      when={trail()}
      fallback={
        <section class="panel empty-state">
          <h1>{t('notFound.title')}</h1>
        </section>
      }
    >
      {(keys) => (
        <section class="panel empty-state">
          <Icon name="clipboard" size={40} class="empty-state__icon" />
          <h1>{t('notOpen.title')}</h1>
          <p class="muted">{t('notOpen.body', { name: t(keys()[keys().length - 1]) })}</p>
        </section>
      )}
    </Show>
  );
}
