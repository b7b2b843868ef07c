import { Show } from 'solid-js';
import { t } from '../../lib/i18n';

export const AREA_CODES = ['853', '86', '852'] as const;

/** The area-code choice for a stored code: one of the three, else 其他 with the code typed. */
export const areaChoice = (code: string): string => ((AREA_CODES as readonly string[]).includes(code) ? code : 'other');

/**
 * 地區 and 手機號碼 on one line: +853 / +86 / +852 / 其他 (then the code is typed), and the
 * number. Labelled for screen readers; the error sits under both.
 */
export default function PhoneInput(props: {
  id: string;
  label: string;
  /** 853, 86, 852, or the typed code when `choice` is 'other'. */
  choice: string;
  otherCode: string;
  phone: string;
  error?: string;
  hint?: string;
  /** Hide the visible label (the row has a heading of its own). */
  compact?: boolean;
  /** Area codes as bare "+853" (inside a row of fields). */
  short?: boolean;
  onChoice: (value: string) => void;
  onOtherCode: (value: string) => void;
  onPhone: (value: string) => void;
}) {
  const errorId = () => `${props.id}-error`;
  return (
    <div class="field" classList={{ 'field--invalid': !!props.error, 'field--compact': !!props.compact }}>
      <label for={props.id} classList={{ 'visually-hidden': !!props.compact }}>
        {props.label}
      </label>
      <div class="field__row phone-input" classList={{ 'phone-input--short': !!props.short }}>
        <select
          id={`${props.id}-area`}
          aria-label={t('contacts.areaCode')}
          value={props.choice}
          onChange={(e) => props.onChoice(e.currentTarget.value)}
        >
          <option value="853">{props.short ? '+853' : t('mobile.area853')}</option>
          <option value="86">{props.short ? '+86' : t('mobile.area86')}</option>
          <option value="852">{props.short ? '+852' : t('mobile.area852')}</option>
          <option value="other">{props.short ? t('contacts.areaOtherShort') : t('contacts.areaOther')}</option>
        </select>
        <Show when={props.choice === 'other'}>
          <input
            class="phone-input__code"
            aria-label={t('contacts.areaCodeOther')}
            inputmode="numeric"
            placeholder="+44"
            value={props.otherCode}
            onInput={(e) => props.onOtherCode(e.currentTarget.value)}
          />
        </Show>
        <input
          id={props.id}
          type="tel"
          inputmode="numeric"
          autocomplete="off"
          value={props.phone}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={props.error ? errorId() : undefined}
          onInput={(e) => props.onPhone(e.currentTarget.value)}
        />
      </div>
      <Show when={props.hint}>
        <p class="field__hint">{props.hint}</p>
      </Show>
      <Show when={props.error}>
        <p class="field__error" id={errorId()} role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  );
}

/** The area code to send: the chosen one, or the typed one without "+". */
export const areaCodeOf = (choice: string, otherCode: string): string =>
  choice === 'other' ? otherCode.trim().replace(/^\+/, '') : choice;
