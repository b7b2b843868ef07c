import { A, createAsync, useNavigate, useParams } from '@solidjs/router';
import { createSignal, Match, Switch } from 'solid-js';
import Field from '../../components/Field';
import LanguageSwitch from '../../components/LanguageSwitch';
import SchoolName from '../../components/SchoolName';
import { CodeInput, SignInInput } from '../../../../api/src/auth/schemas';
import { ApiError, schoolApi, type SignedIn } from '../../lib/client';
import { formErrors } from '../../lib/form-errors';
import { t } from '../../lib/i18n';
import { getSchoolInfo, rememberSession } from '../../lib/session';
import { useTitle } from '../../lib/title';
import Tabs from '../permissions/Tabs';
import QrSignIn from './QrSignIn';

type Errors = { login?: string; password?: string; code?: string; form?: string };

/**
 * Back-office sign-in: account (or phone) and password, then an SMS code when the school asks;
 * or 掃碼登錄, a QR code confirmed on a signed-in staff phone (APP-03).
 */
export default function SignIn() {
  const params = useParams<{ school: string }>();
  const navigate = useNavigate();
  const api = () => schoolApi(params.school);
  const info = createAsync(() => getSchoolInfo(params.school).catch(() => undefined));
  const [login, setLogin] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [code, setCode] = createSignal('');
  const [phoneHint, setPhoneHint] = createSignal<string | null>(null);
  const [errors, setErrors] = createSignal<Errors>({});
  const [busy, setBusy] = createSignal(false);
  useTitle(() => t('signIn.title'));

  /** Puts an API error beside the field it names, or above the form. */
  function show(error: unknown, fields: (keyof Errors)[]) {
    if (error instanceof ApiError) {
      const field = fields.find((f) => f === error.field);
      setErrors(field ? { [field]: error.message } : { form: error.message });
    } else {
      setErrors({ form: String(error) });
    }
  }

  async function run(task: () => Promise<void>, fields: (keyof Errors)[]) {
    setBusy(true);
    setErrors({});
    try {
      await task();
    } catch (error) {
      show(error, fields);
    } finally {
      setBusy(false);
    }
  }

  const done = (signedIn: SignedIn) => {
    rememberSession(params.school, 'back-office', signedIn);
    navigate(`/${params.school}`, { replace: true });
  };

  function submitPassword(e: SubmitEvent) {
    e.preventDefault();
    const invalid = formErrors(SignInInput, { login: login(), password: password() });
    if (invalid) return setErrors(invalid);
    void run(async () => {
      const result = await api().auth.signIn({ login: login().trim(), password: password() });
      if ('secondFactor' in result) setPhoneHint(result.phoneHint);
      else done(result);
    }, ['login', 'password']);
  }

  function submitCode(e: SubmitEvent) {
    e.preventDefault();
    const invalid = formErrors(CodeInput, { code: code() }, { code: 'error.codeDigits' });
    if (invalid) return setErrors(invalid);
    void run(async () => done(await api().auth.secondFactor({ code: code().trim() })), ['code']);
  }

  const passwordForm = () => (
    <form onSubmit={submitPassword} novalidate aria-labelledby="sign-in-title">
      {errors().form && (
        <p class="form-error" role="alert">
          {errors().form}
        </p>
      )}
      <Field
        id="login"
        name="login"
        label={t('signIn.login')}
        autocomplete="username"
        value={login()}
        onInput={(e) => setLogin(e.currentTarget.value)}
        error={errors().login}
      />
      <Field
        id="password"
        name="password"
        type="password"
        label={t('signIn.password')}
        autocomplete="current-password"
        value={password()}
        onInput={(e) => setPassword(e.currentTarget.value)}
        error={errors().password}
      />
      <button type="submit" class="button button--primary button--block" disabled={busy()}>
        {busy() ? t('signIn.busy') : t('signIn.submit')}
      </button>
    </form>
  );

  return (
    <main class="auth-page">
      <div class="auth-page__lang">
        <LanguageSwitch />
      </div>
      <div class="auth-card">
        <div class="brand brand--large" aria-hidden="true">
          <span class="brand__mark" />
        </div>
        <p class="auth-card__school">
          <SchoolName info={info()} code={params.school} />
        </p>
        <Switch>
          <Match when={phoneHint() === null}>
            <h1 id="sign-in-title">{t('signIn.title')}</h1>
            <Tabs
              label={t('qr.methods')}
              class="auth-tabs"
              tabs={[
                { id: 'password', label: t('qr.passwordTab'), panel: passwordForm },
                { id: 'qr', label: t('qr.tab'), panel: () => <QrSignIn /> },
              ]}
            />
          </Match>
          <Match when={phoneHint() !== null}>
            <form onSubmit={submitCode} novalidate aria-labelledby="sms-title">
              <h1 id="sms-title">{t('signIn.smsTitle')}</h1>
              <p class="muted">{t('signIn.smsSent', { phone: phoneHint() ?? '' })}</p>
              {errors().form && (
                <p class="form-error" role="alert">
                  {errors().form}
                </p>
              )}
              <Field
                id="code"
                name="code"
                label={t('signIn.code')}
                inputmode="numeric"
                autocomplete="one-time-code"
                maxlength={6}
                value={code()}
                onInput={(e) => setCode(e.currentTarget.value)}
                error={errors().code}
              />
              <button type="submit" class="button button--primary button--block" disabled={busy()}>
                {busy() ? t('signIn.busy') : t('signIn.verify')}
              </button>
              <button type="button" class="button button--link" onClick={() => (setPhoneHint(null), setCode(''), setErrors({}))}>
                {t('common.back')}
              </button>
            </form>
          </Match>
        </Switch>
        <p class="auth-card__foot">
          <A href={`/${params.school}/m/sign-in`}>{t('signIn.mobile')}</A>
        </p>
      </div>
    </main>
  );
}
