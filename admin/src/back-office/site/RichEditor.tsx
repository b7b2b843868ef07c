import { createSignal, onMount, Show } from 'solid-js';
import { t } from '../../lib/i18n';

/**
 * A small rich-text editor: a contenteditable area with 粗體, 斜體, 標題, 清單, 鏈接 and 圖片 (the
 * image is uploaded first and inserted by its URL). The server sanitises what it receives.
 */
export default function RichEditor(props: {
  id: string;
  labelledBy: string;
  initial: string;
  invalid?: boolean;
  onInput: (html: string) => void;
  upload: (file: File) => Promise<string>;
}) {
  let area!: HTMLDivElement;
  let picker!: HTMLInputElement;
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  // the selection when a toolbar button took the focus, to put things back where the caret was
  let saved: Range | null = null;

  onMount(() => {
    area.innerHTML = props.initial;
  });

  const remember = () => {
    const sel = document.getSelection();
    if (sel && sel.rangeCount > 0 && area.contains(sel.anchorNode)) saved = sel.getRangeAt(0).cloneRange();
  };
  const restore = () => {
    area.focus();
    const sel = document.getSelection();
    if (saved && sel) {
      sel.removeAllRanges();
      sel.addRange(saved);
    }
  };
  const exec = (command: string, value?: string) => {
    restore();
    document.execCommand(command, false, value);
    props.onInput(area.innerHTML);
  };

  function link() {
    remember();
    const url = window.prompt(t('site.linkPrompt'), 'https://')?.trim();
    if (!url) return;
    if (!/^https?:\/\/\S+$/i.test(url)) return setError(t('site.badLink'));
    setError('');
    exec('createLink', url);
  }

  async function image(file: File | undefined) {
    if (!file) return;
    if (!file.type.startsWith('image/')) return setError(t('site.notImage'));
    setBusy(true);
    setError('');
    try {
      const url = await props.upload(file);
      exec('insertHTML', `<img src="${url}" alt="">`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      picker.value = '';
    }
  }

  const Tool = (p: { label: string; text: string; run: () => void }) => (
    <button type="button" class="site-editor__tool" aria-label={p.label} title={p.label} onMouseDown={(e) => (remember(), e.preventDefault())} onClick={p.run}>
      {p.text}
    </button>
  );

  return (
    <div class="site-editor" classList={{ 'site-editor--invalid': !!props.invalid }}>
      <div class="site-editor__toolbar" role="toolbar" aria-label={t('site.toolbar')} aria-controls={props.id}>
        <Tool label={t('site.bold')} text="B" run={() => exec('bold')} />
        <Tool label={t('site.italic')} text="I" run={() => exec('italic')} />
        <Tool label={t('site.heading')} text="H" run={() => exec('formatBlock', 'h3')} />
        <Tool label={t('site.bulletList')} text="• ≡" run={() => exec('insertUnorderedList')} />
        <Tool label={t('site.insertLink')} text={t('site.link')} run={link} />
        <Tool label={t('site.insertImage')} text={busy() ? t('site.uploading') : t('site.image')} run={() => (remember(), picker.click())} />
        <input ref={picker} class="visually-hidden" type="file" accept="image/*" tabindex="-1" aria-label={t('site.insertImage')} onChange={(e) => image(e.currentTarget.files?.[0])} />
      </div>
      <div
        ref={area}
        id={props.id}
        class="site-editor__area"
        contentEditable
        role="textbox"
        aria-multiline="true"
        aria-labelledby={props.labelledBy}
        aria-invalid={props.invalid || undefined}
        onInput={() => props.onInput(area.innerHTML)}
        onKeyUp={remember}
        onMouseUp={remember}
      />
      <Show when={error()}>
        <p class="field__error" role="alert">
          {error()}
        </p>
      </Show>
    </div>
  );
}
