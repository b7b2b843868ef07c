import { createSignal, For, Show } from 'solid-js';
import type { HwFile, UploadedFile } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import Clip from '../shared/Clip';

/**
 * Files as an answer (附件上傳題, or the whole of a 附件上傳 homework): uploaded through the
 * files API as they are picked (like the notices' answer form), removed with ×, at most `max`.
 */
export default function FileInput(props: {
  max: number;
  value: string[];
  known: HwFile[];
  disabled: boolean;
  label?: string;
  upload: (f: File) => Promise<UploadedFile>;
  onChange: (ids: string[]) => void;
}) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const [added, setAdded] = createSignal<{ id: string; name: string; url?: string }[]>([]);
  const fileOf = (id: string) => props.known.find((f) => f.id === id) ?? added().find((f) => f.id === id);

  async function pick(files: FileList | null) {
    if (!files?.length) return;
    setBusy(true);
    setError('');
    try {
      const ids = [...props.value];
      for (const f of Array.from(files).slice(0, Math.max(0, props.max - ids.length))) {
        const up = await props.upload(f);
        setAdded((a) => [...a, { id: up.id, name: up.name }]);
        ids.push(up.id);
      }
      props.onChange(ids);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="hwm-upload">
      <ul class="hwm-files" role="list">
        <For each={props.value}>
          {(id) => (
            <li>
              <Show when={fileOf(id)?.url} fallback={<span><Clip /> {fileOf(id)?.name ?? id}</span>}>
                <a href={fileOf(id)?.url} target="_blank" rel="noopener">
                  <Clip /> {fileOf(id)?.name}
                </a>
              </Show>
              <Show when={!props.disabled}>
                <button type="button" class="hwm-x" aria-label={t('hwm.removeFile', { name: fileOf(id)?.name ?? id })} onClick={() => props.onChange(props.value.filter((x) => x !== id))}>
                  ×
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={!props.disabled && props.value.length < props.max}>
        <label class="button hwm-upload__button" aria-busy={busy()}>
          {busy() ? t('hw.q.uploading') : `+ ${props.label ?? t('hwm.upload')}`}
          <input type="file" class="visually-hidden" multiple={props.max > 1} disabled={busy()} onChange={(e) => void pick(e.currentTarget.files)} />
        </label>
        <p class="hwm-hint">{t('hwm.filesLeft', { n: props.max - props.value.length })}</p>
      </Show>
      <Show when={error()}>
        <p class="field__error" role="alert">
          {error()}
        </p>
      </Show>
    </div>
  );
}
