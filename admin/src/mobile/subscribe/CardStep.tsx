import { createSignal, Show } from 'solid-js';
import Field from '../../components/Field';
import FormError from '../../components/FormError';
import { t } from '../../lib/i18n';
import type { CardInput } from '../../lib/subscription-client';
import { type FieldErrors, placeError } from './errors';
import type { CardMode } from './ProfileStep';

const FIELDS = ['educationId', 'tempNumber', 'birthDate'] as const;

/**
 * 掃描教育證 (the number typed) or 在本澳首次註冊 (the XX number), then the bureau's page
 * 請輸入出生日期 (YYYYMMDD) → 確定 (ID-01, SUB-07). A refusal of the card brings its screen
 * back with the message under the number; a wrong birth date stays under the date.
 */
export default function CardStep(props: { mode: CardMode; onBack: () => void; onExpired?: () => void; submit: (input: CardInput) => Promise<void>; busyLabel?: string }) {
  const [mode, setMode] = createSignal<CardMode>(props.mode);
  const [screen, setScreen] = createSignal<'number' | 'birth'>('number');
  const [number, setNumber] = createSignal('');
  const [birthDate, setBirthDate] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const field = () => (mode() === 'education' ? 'educationId' : 'tempNumber');

  const toBirth = (e: SubmitEvent) => {
    e.preventDefault();
    if (!number().trim()) return setErrors({ [field()]: t(mode() === 'education' ? 'sub.educationIdHint' : 'sub.tempNumberHint') });
    setErrors({});
    setScreen('birth');
    queueMicrotask(() => document.getElementById('sub-birth')?.focus());
  };

  async function confirm(e: SubmitEvent) {
    e.preventDefault();
    if (busy()) return;
    if (!/^\d{8}$/.test(birthDate())) return setErrors({ birthDate: t('sub.birthDateHint') });
    setBusy(true);
    setErrors({});
    try {
      await props.submit({ [field()]: number().trim(), birthDate: birthDate() });
    } catch (error) {
      const placed = placeError(error, FIELDS);
      setErrors(placed);
      if (placed.educationId || placed.tempNumber) setScreen('number');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Show
      when={screen() === 'birth'}
      fallback={
        <form class="sub__form" onSubmit={toBirth} novalidate>
          <FormError message={errors().form} />
          <div class="sub__segments" role="group">
            <button type="button" class="sub__segment" classList={{ 'sub__segment--on': mode() === 'education' }} aria-pressed={mode() === 'education'} onClick={() => (setMode('education'), setErrors({}))}>
              {t('sub.scanCard')}
            </button>
            <button type="button" class="sub__segment" classList={{ 'sub__segment--on': mode() === 'temp' }} aria-pressed={mode() === 'temp'} onClick={() => (setMode('temp'), setErrors({}))}>
              {t('sub.firstRegistration')}
            </button>
          </div>
          <Show
            when={mode() === 'education'}
            fallback={
              <>
                <Field id="sub-temp" label={t('sub.tempNumber')} placeholder={t('sub.tempNumberHint')} maxlength={7} autocapitalize="characters" value={number()} onInput={(e) => setNumber(e.currentTarget.value.toUpperCase())} error={errors().tempNumber} />
                <p class="sub__note">{t('sub.tempNote')}</p>
              </>
            }
          >
            <Field id="sub-education-id" label={t('sub.educationId')} placeholder={t('sub.educationIdHint')} inputmode="text" value={number()} onInput={(e) => setNumber(e.currentTarget.value)} error={errors().educationId} />
          </Show>
          <div class="sub__pair">
            <button type="button" class="button button--outline button--large" onClick={props.onBack}>
              {t('sub.back')}
            </button>
            <button type="submit" class="button button--primary button--large">
              {t('sub.next')}
            </button>
          </div>
        </form>
      }
    >
      <form class="sub__form sub__bureau" onSubmit={confirm} novalidate>
        <p class="sub__bureau-name">
          {t('sub.bureau')}
          <small>Direcção dos Serviços de Educação e de Desenvolvimento da Juventude</small>
        </p>
        <FormError message={errors().form} />
        <Field
          id="sub-birth"
          label={t('sub.birthDate')}
          hint={t('sub.birthDateHint')}
          placeholder="YYYYMMDD"
          inputmode="numeric"
          maxlength={8}
          value={birthDate()}
          onInput={(e) => setBirthDate(e.currentTarget.value.replace(/\D/g, ''))}
          error={errors().birthDate}
        />
        <div class="sub__pair">
          <button type="button" class="button button--outline button--large" disabled={busy()} onClick={() => (setErrors({}), setScreen('number'))}>
            {t('sub.back')}
          </button>
          <button type="submit" class="button button--primary button--large" disabled={busy()} aria-busy={busy()}>
            {t('sub.confirm')}
          </button>
        </div>
      </form>
    </Show>
  );
}
