import { createSignal, For, Show } from 'solid-js';
import { homeworkApi, type HwFile } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';

/** A file of a question: stored (with its url) or just uploaded. */
export type AttachedFile = Pick<HwFile, 'id' | 'name' | 'size'> & { url?: string };

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** 附件 + 添加: uploads through POST /files as notices do; each file can be removed. */
export default function Attachments(props: { school: string; files: AttachedFile[]; onChange: (files: AttachedFile[]) => void; readOnly?: boolean; error?: string }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  async function add(list: FileList | null) {
    if (!list?.length) return;
    setBusy(true);
    setError('');
    try {
      const added: AttachedFile[] = [];
      for (const file of Array.from(list)) added.push(await homeworkApi(props.school).upload(file));
      props.onChange([...props.files, ...added]);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div class="hw-files">
      <ul class="hw-files__list">
        <For each={props.files}>
          {(f) => (
            <li>
              <span aria-hidden="true">📎</span>
              <Show when={f.url} fallback={<span>{f.name}</span>}>
                <a href={f.url} target="_blank" rel="noopener">
                  {f.name}
                </a>
              </Show>
              <span class="muted">{size(f.size)}</span>
              <Show when={!props.readOnly}>
                <button type="button" class="button button--small button--danger-text" aria-label={`${t('hw.remove')} ${f.name}`} onClick={() => props.onChange(props.files.filter((x) => x.id !== f.id))}>
                  {t('hw.remove')}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={!props.readOnly && props.files.length < 10}>
        <label class="button button--small">
          {busy() ? t('hw.q.uploading') : `+ ${t('hw.add')}`}
          <input type="file" multiple class="visually-hidden" aria-label={t('hw.q.attachments')} disabled={busy()} onChange={(e) => void add(e.currentTarget.files)} />
        </label>
      </Show>
      <Show when={error() || props.error}>
        <p class="field__error" role="alert">
          {error() || props.error}
        </p>
      </Show>
    </div>
  );
}
