import { createSignal, For, onCleanup, Show } from 'solid-js';
import Field from '../../components/Field';
import FormError from '../../components/FormError';
import { t } from '../../lib/i18n';
import { type SubscriptionIdentity, type SubscriptionKind, subscriptionApi } from '../../lib/subscription-client';
import { type FieldErrors, isExpired, placeError } from './errors';

const AREAS = [
  { code: '853', label: 'sub.area853' },
  { code: '86', label: 'sub.area86' },
  { code: '852', label: 'sub.area852' },
  { code: 'other', label: 'sub.areaOther' },
] as const;
const FIELDS = ['identity', 'areaCode', 'phone', 'phoneConfirm', 'code'] as const;
const RESEND_SECONDS = 60;

/**
 * 身份 + 地區 + 手機 (+ 驗證碼) → 下一步 (ID-03, ID-04). A Macao or other phone gets an SMS
 * code; a mainland one is typed twice instead. Choosing another identity starts a new draft.
 */
export default function PhoneStep(props: {
  school: string;
  kind: SubscriptionKind;
  token: string | null;
  onToken: (token: string) => void;
  onExpired: () => void;
  onVerified: () => void;
}) {
  const api = () => subscriptionApi(props.school);
  const identities = (): SubscriptionIdentity[] => (props.kind === 'family' ? ['parent', 'student'] : ['teacher', 'staff']);
  const [identity, setIdentity] = createSignal<SubscriptionIdentity>(identities()[0]);
  const [startedFor, setStartedFor] = createSignal<SubscriptionIdentity | null>(null);
  const [area, setArea] = createSignal('853');
  const [otherArea, setOtherArea] = createSignal('');
  const [phone, setPhone] = createSignal('');
  const [phoneConfirm, setPhoneConfirm] = createSignal('');
  const [code, setCode] = createSignal('');
  const [sent, setSent] = createSignal(false);
  const [wait, setWait] = createSignal(0);
  const [busy, setBusy] = createSignal(false);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  let timer: ReturnType<typeof setInterval> | undefined;
  onCleanup(() => clearInterval(timer));

  const mainland = () => area() === '86';
  const areaCode = () => (area() === 'other' ? otherArea().replace(/\D/g, '') : area());

  /** The draft for the identity chosen now: the one started before, or a new one. */
  async function draftToken(): Promise<string> {
    const current = props.token;
    if (current && startedFor() === identity()) return current;
    const started = await api().draft.start({ kind: props.kind, identity: identity() });
    props.onToken(started.token);
    setStartedFor(identity());
    setSent(false);
    return started.token;
  }

  async function run(work: () => Promise<void>) {
    if (busy()) return;
    setBusy(true);
    setErrors({});
    try {
      await work();
    } catch (error) {
      if (isExpired(error)) props.onExpired();
      else setErrors(placeError(error, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  /** 獲取驗證碼, or for a mainland phone the check that both numbers agree. */
  const submitPhone = () =>
    run(async () => {
      if (!phone()) return void setErrors({ phone: t('sub.phoneHint') });
      if (area() === 'other' && !areaCode()) return void setErrors({ areaCode: t('sub.areaCode') });
      const token = await draftToken();
      const answer = await api().draft.phone(token, { areaCode: areaCode(), phone: phone(), ...(mainland() ? { phoneConfirm: phoneConfirm() } : {}) });
      if (answer.step === 'profile') return props.onVerified();
      setSent(true);
      setWait(RESEND_SECONDS);
      clearInterval(timer);
      timer = setInterval(() => setWait((s) => (s <= 1 ? (clearInterval(timer), 0) : s - 1)), 1000);
      document.getElementById('sub-code')?.focus();
    });

  const next = (e: SubmitEvent) => {
    e.preventDefault();
    if (mainland()) return submitPhone();
    return run(async () => {
      if (!sent() || !props.token) return void setErrors({ code: t('sub.getCode') });
      if (!/^\d{6}$/.test(code())) return void setErrors({ code: t('sub.codeHint') });
      await api().draft.code(props.token, code());
      props.onVerified();
    });
  };

  return (
    <form class="sub__form" onSubmit={next} novalidate>
      <FormError message={errors().form} />
      <fieldset class="sub__choice" classList={{ 'field--invalid': !!errors().identity }}>
        <legend>{t('sub.identity')}</legend>
        <div class="sub__segments">
          <For each={identities()}>
            {(id) => (
              <label class="sub__segment" classList={{ 'sub__segment--on': identity() === id }}>
                <input type="radio" name="identity" value={id} checked={identity() === id} onChange={() => setIdentity(id)} />
                {t(`sub.identity.${id}`)}
              </label>
            )}
          </For>
        </div>
        <Show when={errors().identity}>
          <p class="field__error" role="alert">
            {errors().identity}
          </p>
        </Show>
      </fieldset>
      <div class="field" classList={{ 'field--invalid': !!errors().areaCode }}>
        <label for="sub-area">{t('sub.area')}</label>
        <select id="sub-area" value={area()} onChange={(e) => (setArea(e.currentTarget.value), setSent(false))}>
          <For each={AREAS}>{(a) => <option value={a.code}>{t(a.label)}</option>}</For>
        </select>
        <Show when={area() === 'other'}>
          <input
            id="sub-area-other"
            aria-label={t('sub.areaCode')}
            class="sub__other-area"
            inputmode="numeric"
            placeholder={t('sub.areaCode')}
            value={otherArea()}
            onInput={(e) => setOtherArea(e.currentTarget.value.replace(/[^\d+]/g, ''))}
          />
        </Show>
        <Show when={errors().areaCode}>
          <p class="field__error" role="alert">
            {errors().areaCode}
          </p>
        </Show>
      </div>
      <Field
        id="sub-phone"
        type="tel"
        inputmode="numeric"
        autocomplete="tel-national"
        label={t('sub.phone')}
        placeholder={t('sub.phoneHint')}
        value={phone()}
        onInput={(e) => (setPhone(e.currentTarget.value.replace(/\D/g, '')), setSent(false))}
        error={errors().phone}
        addon={
          <Show when={!mainland()}>
            <button type="button" class="button button--outline m-code-button" disabled={busy() || wait() > 0} onClick={submitPhone}>
              {wait() > 0 ? t('sub.resendIn', { s: wait() }) : t('sub.getCode')}
            </button>
          </Show>
        }
      />
      <Show
        when={mainland()}
        fallback={
          <Field
            id="sub-code"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength={6}
            label={t('sub.code')}
            placeholder={t('sub.codeHint')}
            value={code()}
            onInput={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
            error={errors().code}
            hint={sent() ? t('sub.codeSent') : undefined}
          />
        }
      >
        <Field
          id="sub-phone-confirm"
          type="tel"
          inputmode="numeric"
          label={t('sub.phoneConfirm')}
          hint={t('sub.phoneConfirmHint')}
          value={phoneConfirm()}
          onInput={(e) => setPhoneConfirm(e.currentTarget.value.replace(/\D/g, ''))}
          error={errors().phoneConfirm}
        />
      </Show>
      <button type="submit" class="button button--primary button--block button--large" disabled={busy()}>
        {t('sub.next')}
      </button>
    </form>
  );
}
