import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js';
import type { DownloadedFile } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import { saveFile } from './save-file';

/**
 * A QR code the API draws (SVG), shown as an image with a 下載 button that saves the same
 * file under the API's name. Fetched once per `source`; a failure says so.
 */
export default function QrImage(props: { source: () => Promise<DownloadedFile>; alt: string; inline?: boolean }) {
  const [file, setFile] = createSignal<DownloadedFile | null>(null);
  const [url, setUrl] = createSignal('');
  const [error, setError] = createSignal('');
  createEffect(
    on(
      () => props.source,
      async (source) => {
        setError('');
        try {
          const got = await source();
          setFile(got);
          setUrl((old) => {
            if (old) URL.revokeObjectURL(old);
            return URL.createObjectURL(got.blob);
          });
        } catch (e) {
          setError(e instanceof Error ? e.message : t('contacts.qrFailed'));
        }
      },
    ),
  );
  onCleanup(() => url() && URL.revokeObjectURL(url()));

  return (
    <div class="qr" classList={{ 'qr--inline': !!props.inline }}>
      <Show when={!error()} fallback={<p class="form-error">{error()}</p>}>
        <Show when={url()} fallback={<p class="loading">{t('common.loading')}</p>}>
          <img src={url()} alt={props.alt} width="208" height="208" />
        </Show>
        <button type="button" class="button button--primary" disabled={!file()} onClick={() => file() && saveFile(file() as DownloadedFile)}>
          {t('contacts.download')}
        </button>
      </Show>
    </div>
  );
}
