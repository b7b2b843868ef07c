import { useParams } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { t } from '../../lib/i18n';
import { type SubscriptionKind, subscriptionApi } from '../../lib/subscription-client';
import { useTitle } from '../../lib/title';
import { saveFile } from '../contacts/save-file';
import './promotion.css';

/** 訂閱二維碼 (manual §1): the admin, staff and parent/student codes, each with 下載. */
export default function SubscriptionQr() {
  const params = useParams<{ school: string }>();
  const api = () => subscriptionApi(params.school);
  const [codes] = createResource(() => params.school, () => api().qr());
  const [error, setError] = createSignal('');
  useTitle(() => t('prm.navQr'));

  async function download(kind: SubscriptionKind) {
    setError('');
    try {
      saveFile(await api().qrFile(kind));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section class="prm" aria-labelledby="qr-title">
      <h1 id="qr-title">{t('prm.navQr')}</h1>
      <p class="muted prm__note">{t('prm.qrIntro')}</p>
      <Show when={error() || codes.error}>
        <p class="form-error" role="alert">
          {error() || (codes.error as Error).message}
        </p>
      </Show>
      <ul class="prm__qrs">
        <For each={codes()?.items ?? []}>
          {(c) => (
            <li class="panel prm__qr">
              <h2>{c.name}</h2>
              <img src={c.svgPath} alt={c.name} width="200" height="200" />
              <a class="prm__url" href={c.url} target="_blank" rel="noopener">
                {t('prm.open')}
              </a>
              <button type="button" class="button button--primary" onClick={() => download(c.kind)}>
                {t('prm.download')}
              </button>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
