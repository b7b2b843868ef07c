import { createSignal, For, Index, Match, Show, Switch } from 'solid-js';
import { t } from '../../lib/i18n';
import type { Answer, FileInfo, InboxQuestion } from '../../lib/notices-client';
import { Clip } from '../../back-office/notices/glyphs';

/** One question of a notice's form on the phone, of any of the six types. */
export default function AnswerField(props: {
  index: number;
  question: InboxQuestion;
  value: Answer | undefined;
  files: FileInfo[];
  disabled: boolean;
  error?: string;
  fileUrl: (fileId: string) => string;
  upload: (file: File) => Promise<FileInfo>;
  onChange: (v: Answer | undefined) => void;
}) {
  const q = () => props.question;
  const name = () => `nt-q-${q().id}`;
  const list = () => (Array.isArray(props.value) ? props.value : []);
  const [busy, setBusy] = createSignal(false);
  const [known, setKnown] = createSignal<FileInfo[]>([]);
  const fileName = (id: string) => [...props.files, ...known()].find((f) => f.id === id)?.name ?? id;

  async function addFiles(picked: FileList | null) {
    if (!picked?.length) return;
    setBusy(true);
    try {
      const ids = [...list()];
      for (const f of Array.from(picked).slice(0, (q().maxFiles ?? 3) - ids.length)) {
        const up = await props.upload(f);
        setKnown((k) => [...k, up]);
        ids.push(up.id);
      }
      props.onChange(ids);
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset class="nt-m-q" classList={{ 'nt-m-q--invalid': !!props.error }} disabled={props.disabled}>
      <legend class="nt-m-q__text">
        {props.index + 1}. {q().text}
        <Show when={q().required}>
          <span class="nt-m-q__req" aria-label={t('nt.required')}>
            {' '}
            *
          </span>
        </Show>
        <span class="nt-m-q__type"> {t(`nt.q.${q().type}`)}</span>
      </legend>
      <Switch>
        <Match when={q().type === 'single'}>
          <For each={q().options}>
            {(o) => (
              <label class="nt-m-choice">
                <input type="radio" name={name()} checked={props.value === o.id} onChange={() => props.onChange(o.id)} /> {o.text}
              </label>
            )}
          </For>
        </Match>
        <Match when={q().type === 'multiple'}>
          <For each={q().options}>
            {(o) => (
              <label class="nt-m-choice">
                <input
                  type="checkbox"
                  checked={list().includes(o.id)}
                  onChange={(e) => props.onChange(e.currentTarget.checked ? [...list(), o.id] : list().filter((x) => x !== o.id))}
                />{' '}
                {o.text}
              </label>
            )}
          </For>
        </Match>
        <Match when={q().type === 'true_false'}>
          <label class="nt-m-choice">
            <input type="radio" name={name()} checked={props.value === true} onChange={() => props.onChange(true)} /> {t('nt.m.true')}
          </label>
          <label class="nt-m-choice">
            <input type="radio" name={name()} checked={props.value === false} onChange={() => props.onChange(false)} /> {t('nt.m.false')}
          </label>
        </Match>
        <Match when={q().type === 'short'}>
          <textarea
            class="nt-m-text"
            rows="3"
            maxLength={2000}
            aria-label={q().text}
            value={typeof props.value === 'string' ? props.value : ''}
            onInput={(e) => props.onChange(e.currentTarget.value)}
          />
        </Match>
        <Match when={q().type === 'fill'}>
          <Index each={Array.from({ length: q().blanks ?? 1 })}>
            {(_, i) => (
              <label class="nt-m-blank">
                <span>{t('nt.m.blank', { n: i + 1 })}</span>
                <input
                  value={list()[i] ?? ''}
                  maxLength={500}
                  onInput={(e) => {
                    const blanks = Array.from({ length: q().blanks ?? 1 }, (_, k) => list()[k] ?? '');
                    blanks[i] = e.currentTarget.value;
                    props.onChange(blanks);
                  }}
                />
              </label>
            )}
          </Index>
        </Match>
        <Match when={q().type === 'file'}>
          <ul class="nt-m-files" role="list">
            <For each={list()}>
              {(id) => (
                <li>
                  <a href={props.fileUrl(id)}><Clip /> {fileName(id)}</a>
                  <Show when={!props.disabled}>
                    <button type="button" class="nt-m-x" aria-label={`${t('nt.remove')} ${fileName(id)}`} onClick={() => props.onChange(list().filter((x) => x !== id))}>
                      ×
                    </button>
                  </Show>
                </li>
              )}
            </For>
          </ul>
          <Show when={!props.disabled && list().length < (q().maxFiles ?? 3)}>
            <label class="button button--small">
              {busy() ? t('nt.uploading') : `+ ${t('nt.m.upload')}`}
              <input type="file" class="visually-hidden" multiple onChange={(e) => void addFiles(e.currentTarget.files)} />
            </label>
          </Show>
        </Match>
      </Switch>
      <Show when={props.error}>
        <p class="field__error" role="alert">
          {props.error}
        </p>
      </Show>
    </fieldset>
  );
}
