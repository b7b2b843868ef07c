import { A } from '@solidjs/router';
import { t } from '../lib/i18n';

/** A path that names no screen. */
export default function NotFound() {
  return (
    <main class="centered">
      <div class="panel">
        <h1>{t('notFound.title')}</h1>
        <p>
          <A href="/">{t('common.back')}</A>
        </p>
      </div>
    </main>
  );
}
