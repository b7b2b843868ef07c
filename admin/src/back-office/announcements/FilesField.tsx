import { createSignal, For, Show } from 'solid-js';
import type { FileInfo } from '../../lib/notices-client';
import { t } from '../../lib/i18n';
import { Clip } from '../notices/glyphs';

/**
 * 添加封面圖 and 添加附件 (ANN-01): the cover is one image (suggested 1068×455), shown as it will
 * be; attachments any files. Uploads go to POST /files; the announcement names them when saved.
 */
export default function FilesField(props: {
  cover: FileInfo | null;
  coverUrl: (f: FileInfo) => string;
  attachments: FileInfo[];
  upload: (file: File) => Promise<FileInfo>;
  onCover: (f: FileInfo | null) => void;
  onAttachments: (list: FileInfo[]) => void;
  error?: string;
}) {
  const [busy, setBusy] = createSignal<'cover' | 'files' | null>(null);
  const [error, setError] = createSignal('');

  async function take(kind: 'cover' | 'files', list: FileList | null) {
    if (!list?.length) return;
    setError('');
    if (kind === 'cover' && !list[0].type.startsWith('image/')) return setError(t('site.notImage'));
    setBusy(kind);
    try {
      if (kind === 'cover') props.onCover(await props.upload(list[0]));
      else {
        const added: FileInfo[] = [];
        for (const f of Array.from(list)) added.push(await props.upload(f));
        props.onAttachments([...props.attachments, ...added]);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div class="an-files">
      <div class="an-cover">
        <span class="nt-label">{t('an.cover')}</span>
        <Show
          when={props.cover}
          fallback={
            <label class="an-cover__add">
              <span>{busy() === 'cover' ? t('nt.uploading') : `+ ${t('an.addCover')}`}</span>
              <small class="muted">{t('an.coverHint')}</small>
              <input type="file" accept="image/*" class="visually-hidden" onChange={(e) => void take('cover', e.currentTarget.files)} />
            </label>
          }
        >
          {(c) => (
            <figure class="an-cover__set">
              <img src={props.coverUrl(c())} alt={t('an.cover')} />
              <figcaption>
                {c().name}{' '}
                <button type="button" class="button button--small button--danger-text" onClick={() => props.onCover(null)}>
                  {t('nt.remove')}
                </button>
              </figcaption>
            </figure>
          )}
        </Show>
      </div>
      <div class="an-attachments">
        <span class="nt-label">{t('an.attachments')}</span>
        <ul class="nt-files">
          <For each={props.attachments}>
            {(f) => (
              <li>
                <Clip /> {f.name}{' '}
                <button type="button" class="button button--small button--danger-text" onClick={() => props.onAttachments(props.attachments.filter((x) => x.id !== f.id))}>
                  {t('nt.remove')}
                </button>
              </li>
            )}
          </For>
        </ul>
        <label class="button button--small">
          {busy() === 'files' ? t('nt.uploading') : `+ ${t('an.addAttachment')}`}
          <input type="file" multiple class="visually-hidden" onChange={(e) => void take('files', e.currentTarget.files)} />
        </label>
      </div>
      <Show when={error() || props.error}>
        <p class="field__error" role="alert">
          {error() || props.error}
        </p>
      </Show>
    </div>
  );
}
