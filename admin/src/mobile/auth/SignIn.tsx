import { createAsync, useNavigate, useParams } from '@solidjs/router';
import { createSignal, onCleanup, Show } from 'solid-js';
import Field from '../../components/Field';
import FormError from '../../components/FormError';
import LanguageSwitch from '../../components/LanguageSwitch';
import SchoolName from '../../components/SchoolName';
import { CodeSignInInput, RequestCodeInput } from '../../../../api/src/auth/schemas';
import { ApiError, schoolApi } from '../../lib/client';
import { formErrors } from '../../lib/form-errors';
import { t } from '../../lib/i18n';
import { getSchoolInfo, rememberSession } from '../../lib/session';
import { useTitle } from '../../lib/title';

const AREA_CODES = [
  { code: '853', label: 'mobile.area853' },
  { code: '86', label: 'mobile.area86' },
  { code: '852', label: 'mobile.area852' },
] as const;
const RESEND_SECONDS = 60;

type Errors = { areaCode?: string; phone?: string; code?: string; form?: string };

/** Mobile sign-in for parents, students and staff: phone number and an SMS code. */
export default function MobileSignIn() {
  const params = useParams<{ school: string }>();
  const navigate = useNavigate();
  const api = () => schoolApi(params.school);
  const info = createAsync(() => getSchoolInfo(params.school).catch(() => undefined));
  const [areaCode, setAreaCode] = createSignal('853');
  const [phone, setPhone] = createSignal('');
  const [code, setCode] = createSignal('');
  const [errors, setErrors] = createSignal<Errors>({});
  const [sent, setSent] = createSignal(false);
  const [wait, setWait] = createSignal(0);
  const [busy, setBusy] = createSignal(false);
  useTitle(() => t('mobile.signInTitle'));
  let timer: ReturnType<typeof setInterval> | undefined;
  onCleanup(() => clearInterval(timer));

  const fail = (error: unknown) => {
    const field = error instanceof ApiError ? error.field : undefined;
    const message = error instanceof Error ? error.message : String(error);
    setErrors(field === 'areaCode' || field === 'phone' || field === 'code' ? { [field]: message } : { form: message });
  };

  const hints = { phone: 'error.phoneDigits', code: 'error.codeDigits' } as const;

  /** Checks the form with the API's schema; false (and the errors shown) when it fails. */
  function check(withCode: boolean): boolean {
    const input = { areaCode: areaCode(), phone: phone(), ...(withCode ? { code: code() } : {}) };
    const invalid = formErrors(withCode ? CodeSignInInput : RequestCodeInput, input, hints);
    if (invalid) setErrors(invalid);
    return !invalid;
  }

  async function sendCode() {
    if (wait() > 0 || !check(false)) return;
    setErrors({});
    setBusy(true);
    try {
      await api().auth.sendCode({ areaCode: areaCode(), phone: phone().trim() });
      setSent(true);
      setWait(RESEND_SECONDS);
      clearInterval(timer);
      timer = setInterval(() => setWait((s) => (s <= 1 ? (clearInterval(timer), 0) : s - 1)), 1000);
      document.getElementById('code')?.focus();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    if (!check(true)) return;
    setErrors({});
    setBusy(true);
    try {
      const signedIn = await api().auth.signInWithCode({ areaCode: areaCode(), phone: phone().trim(), code: code().trim() });
      rememberSession(params.school, 'mobile', signedIn);
      navigate(`/${params.school}/m`, { replace: true });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="m-auth">
      <header class="m-auth__head">
        <span class="brand__mark" aria-hidden="true" />
        <p class="m-auth__school">
          <SchoolName info={info()} code={params.school} />
        </p>
        <LanguageSwitch />
      </header>
      <form class="m-auth__form" onSubmit={submit} novalidate aria-labelledby="m-sign-in-title">
        <h1 id="m-sign-in-title">{t('mobile.signInTitle')}</h1>
        <FormError message={errors().form} />
        <div class="field" classList={{ 'field--invalid': !!errors().areaCode }}>
          <label for="area-code">{t('mobile.area')}</label>
          <select id="area-code" value={areaCode()} onChange={(e) => setAreaCode(e.currentTarget.value)}>
            {AREA_CODES.map((a) => (
              <option value={a.code}>{t(a.label)}</option>
            ))}
          </select>
          <Show when={errors().areaCode}>
            <p class="field__error" role="alert">
              {errors().areaCode}
            </p>
          </Show>
        </div>
        <Field
          id="phone"
          name="phone"
          type="tel"
          inputmode="numeric"
          autocomplete="tel-national"
          label={t('mobile.phone')}
          placeholder={t('mobile.phoneHint')}
          value={phone()}
          onInput={(e) => setPhone(e.currentTarget.value.replace(/\D/g, ''))}
          error={errors().phone}
          addon={
            <button type="button" class="button button--outline m-code-button" disabled={busy() || wait() > 0} onClick={sendCode}>
              {wait() > 0 ? t('mobile.resendIn', { s: wait() }) : t('mobile.getCode')}
            </button>
          }
        />
        <Field
          id="code"
          name="code"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength={6}
          label={t('mobile.code')}
          placeholder={t('mobile.codeHint')}
          value={code()}
          onInput={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
          error={errors().code}
          hint={sent() ? t('mobile.codeSent') : undefined}
        />
        <button type="submit" class="button button--primary button--block button--large" disabled={busy()}>
          {t('mobile.submit')}
        </button>
      </form>
    </main>
  );
}
