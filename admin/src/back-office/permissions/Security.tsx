import { createAsync, revalidate, useParams } from '@solidjs/router';
import { createEffect, createSignal, For, type JSX, on, Show } from 'solid-js';
import { t } from '../../lib/i18n';
import { CONFIDENTIAL_FIELDS, type ConfidentialField, permissionsApi, type SecuritySettings } from '../../lib/permissions-client';
import ConfidentialViews from './ConfidentialViews';
import { myPermissions, securitySettings } from './queries';
import Switch from './Switch';
import FormError from '../../components/FormError';
import './permissions.css';

const FIELD_LABEL = { phone: 'perm.fieldPhone', account: 'perm.fieldAccount', email: 'perm.fieldEmail' } as const;

/** One setting: its name and what it does on the left, the control on the right (manual §17). */
function Setting(props: { id: string; title: string; hint: string; children: JSX.Element }) {
  return (
    <div class="pm-setting">
      <div class="pm-setting__text">
        <span class="pm-setting__title" id={`${props.id}-label`}>
          {props.title}
        </span>
        <p class="pm-setting__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </div>
      <div class="pm-setting__control">{props.children}</div>
    </div>
  );
}

/**
 * 安全與保密 (ADM-04, manual §17): watermark, hidden member count, confidential member fields,
 * SMS verification for back-office sign-in; 保存更改 writes them at once; below, the log of
 * who viewed which confidential field.
 */
export default function Security() {
  const params = useParams<{ school: string }>();
  const saved = createAsync(() => securitySettings(params.school));
  const [draft, setDraft] = createSignal<SecuritySettings | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [notice, setNotice] = createSignal('');
  const [error, setError] = createSignal('');
  createEffect(on(saved, (s) => s && setDraft(structuredClone(s))));

  const value = () => draft() ?? saved();
  const dirty = () => JSON.stringify(draft()) !== JSON.stringify(saved());
  const set = <K extends keyof SecuritySettings>(key: K, v: SecuritySettings[K]) => {
    setNotice('');
    setDraft((d) => (d ? { ...d, [key]: v } : d));
  };
  const toggleField = (field: ConfidentialField, on: boolean) => {
    const list = value()?.confidentialFields ?? [];
    set('confidentialFields', on ? CONFIDENTIAL_FIELDS.filter((f) => f === field || list.includes(f)) : list.filter((f) => f !== field));
  };

  async function save(e: SubmitEvent) {
    e.preventDefault();
    const d = draft();
    if (!d || busy()) return;
    setBusy(true);
    setError('');
    try {
      await permissionsApi(params.school).security.update(d);
      await revalidate([securitySettings.key, myPermissions.key]);
      setNotice(t('security.saved'));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="security-title">
      <div class="pm-head">
        <div>
          <h1 id="security-title">{t('security.title')}</h1>
          <p class="muted pm-head__intro">{t('security.intro')}</p>
        </div>
      </div>
      <Show when={value()}>
        {(v) => (
          <form class="panel pm-settings pm-narrow" onSubmit={save} novalidate>
            <h2 class="pm-settings__group">{t('security.groupWatermark')}</h2>
            <Setting id="watermark" title={t('security.watermark')} hint={t('security.watermarkHint')}>
              <Switch id="watermark" checked={v().watermark} labelledBy="watermark-label" describedBy="watermark-hint" onChange={(c) => set('watermark', c)} />
            </Setting>

            <h2 class="pm-settings__group">{t('security.groupContacts')}</h2>
            <Setting id="hide-count" title={t('security.hideCount')} hint={t('security.hideCountHint')}>
              <Switch id="hide-count" checked={v().hideMemberCount} labelledBy="hide-count-label" describedBy="hide-count-hint" onChange={(c) => set('hideMemberCount', c)} />
            </Setting>
            <Setting id="confidential" title={t('security.confidential')} hint={t('security.confidentialHint')}>
              <fieldset class="pm-fields" aria-labelledby="confidential-label" aria-describedby="confidential-hint">
                <For each={CONFIDENTIAL_FIELDS}>
                  {(field) => (
                    <label class="pm-field-check">
                      <input type="checkbox" checked={v().confidentialFields.includes(field)} onChange={(e) => toggleField(field, e.currentTarget.checked)} />
                      {t(FIELD_LABEL[field])}
                    </label>
                  )}
                </For>
              </fieldset>
            </Setting>

            <h2 class="pm-settings__group">{t('security.groupSignIn')}</h2>
            <Setting id="sms" title={t('security.sms')} hint={t('security.smsHint')}>
              <Switch id="sms" checked={v().smsSecondFactor} labelledBy="sms-label" describedBy="sms-hint" onChange={(c) => set('smsSecondFactor', c)} />
            </Setting>

            <div class="pm-settings__foot">
              <FormError message={error()} />
              <p class="notice pm-settings__status" role="status">
                {notice() || (dirty() ? t('security.unsaved') : '')}
              </p>
              <button type="button" class="button" disabled={!dirty() || busy()} onClick={() => (setDraft(structuredClone(saved() ?? null)), setNotice(''))}>
                {t('security.discard')}
              </button>
              <button type="submit" class="button button--primary" disabled={!dirty() || busy()} aria-busy={busy()}>
                {busy() ? t('perm.saving') : t('security.save')}
              </button>
            </div>
          </form>
        )}
      </Show>
      <ConfidentialViews />
    </section>
  );
}
