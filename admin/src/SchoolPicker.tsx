import { useNavigate } from '@solidjs/router';
import { createSignal } from 'solid-js';
import Field from './components/Field';
import LanguageSwitch from './components/LanguageSwitch';
import { ApiError, schoolApi } from './lib/client';
import { t } from './lib/i18n';
import { useTitle } from './lib/title';

/** The root page: nothing but the school code, so no school is listed to strangers. */
export default function SchoolPicker() {
  const navigate = useNavigate();
  const [code, setCode] = createSignal('');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  useTitle(() => t('root.title'));

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const school = code().trim().toUpperCase();
    if (!school) return setError(t('error.required'));
    setBusy(true);
    setError('');
    try {
      await schoolApi(school).info();
      navigate(`/${school}/sign-in`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="auth-page">
      <div class="auth-page__lang">
        <LanguageSwitch />
      </div>
      <form class="auth-card" onSubmit={submit} novalidate>
        <div class="brand brand--large" aria-hidden="true">
          <span class="brand__mark" />
        </div>
        <h1>{t('root.title')}</h1>
        <p class="muted">{t('root.intro')}</p>
        <Field
          id="school-code"
          label={t('root.code')}
          placeholder={t('root.codeHint')}
          autocomplete="organization"
          autocapitalize="characters"
          value={code()}
          onInput={(e) => setCode(e.currentTarget.value)}
          error={error()}
        />
        <button type="submit" class="button button--primary button--block" disabled={busy()}>
          {t('root.go')}
        </button>
      </form>
    </main>
  );
}
