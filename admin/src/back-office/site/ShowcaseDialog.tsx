import { createEffect, createSignal, Show } from 'solid-js';
import Field from '../../components/Field';
import { DetailedApiError } from '../../lib/client';
import { t } from '../../lib/i18n';
import { type Showcase, siteApi } from '../../lib/site-client';
import Modal from '../permissions/Modal';
import '../permissions/permissions.css';

/** 添加 / 編輯 a showcase: 名稱, 鏈接, an uploaded image, and 上架 at once for a new one. */
export default function ShowcaseDialog(props: {
  school: string;
  target: Showcase | 'new' | null;
  onClose: () => void;
  onSaved: (showcase: Showcase) => void;
}) {
  const [name, setName] = createSignal('');
  const [link, setLink] = createSignal('');
  const [imageId, setImageId] = createSignal<string | null>(null);
  const [preview, setPreview] = createSignal<string | null>(null);
  const [listed, setListed] = createSignal(false);
  const [uploading, setUploading] = createSignal(false);
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const existing = () => (props.target && props.target !== 'new' ? props.target : null);

  createEffect(() => {
    const s = props.target;
    if (!s) return;
    setErrors({});
    setName(s === 'new' ? '' : s.name);
    setLink(s === 'new' ? '' : (s.link ?? ''));
    setImageId(s === 'new' ? null : s.imageFileId);
    setPreview(s === 'new' ? null : s.imageUrl);
    setListed(false);
  });

  async function upload(file: File | undefined) {
    if (!file) return;
    if (!file.type.startsWith('image/')) {
      setErrors({ image: t('site.notImage') });
      return;
    }
    setUploading(true);
    setErrors({});
    try {
      const uploaded = await siteApi(props.school).upload(file);
      setImageId(uploaded.id);
      setPreview(uploaded.url);
    } catch (e) {
      setErrors({ image: e instanceof Error ? e.message : String(e) });
    } finally {
      setUploading(false);
    }
  }

  async function submit(): Promise<boolean> {
    if (!name().trim()) {
      setErrors({ name: t('site.required', { field: t('site.name') }) });
      return false;
    }
    const input = { name: name().trim(), link: link().trim() || null, imageFileId: imageId() };
    try {
      const current = existing();
      const api = siteApi(props.school).showcases;
      props.onSaved(current ? await api.update(current.id, input) : await api.create({ ...input, listed: listed() }));
      return true;
    } catch (e) {
      if (e instanceof DetailedApiError && e.field) setErrors({ [e.field === 'imageFileId' ? 'image' : e.field]: e.message });
      else setErrors({ form: e instanceof Error ? e.message : String(e) });
      return false;
    }
  }

  return (
    <Modal
      open={props.target !== null}
      title={existing() ? t('site.editShowcase', { name: existing()?.name ?? '' }) : t('site.addShowcase')}
      submitLabel={t('site.save')}
      error={errors().form}
      submitDisabled={uploading()}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <Field id="showcase-name" label={t('site.name')} value={name()} error={errors().name} maxLength={60} onInput={(e) => setName(e.currentTarget.value)} />
      <Field
        id="showcase-link"
        label={t('site.link')}
        type="url"
        value={link()}
        hint={t('site.linkHint')}
        error={errors().link}
        onInput={(e) => setLink(e.currentTarget.value)}
      />
      <div class="field" classList={{ 'field--invalid': !!errors().image }}>
        <span class="site-label">{t('site.image')}</span>
        <div class="site-image-pick">
          <Show when={preview()} fallback={<span class="site-thumb site-thumb--large site-thumb--empty">{t('site.noImage')}</span>}>
            {(url) => <img class="site-thumb site-thumb--large" src={url()} alt="" />}
          </Show>
          <label class="button">
            {uploading() ? t('site.uploading') : t('site.uploadImage')}
            <input class="visually-hidden" type="file" accept="image/*" aria-label={t('site.uploadImage')} onChange={(e) => upload(e.currentTarget.files?.[0])} />
          </label>
          <Show when={imageId()}>
            <button type="button" class="button button--ghost" onClick={() => (setImageId(null), setPreview(null))}>
              {t('site.removeImage')}
            </button>
          </Show>
        </div>
        <Show when={errors().image}>
          <p class="field__error" role="alert">
            {errors().image}
          </p>
        </Show>
      </div>
      <Show when={!existing()}>
        <label class="site-check">
          <input type="checkbox" checked={listed()} onChange={(e) => setListed(e.currentTarget.checked)} /> {t('site.listAtOnce')}
        </label>
      </Show>
    </Modal>
  );
}
