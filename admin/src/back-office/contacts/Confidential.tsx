import { createSignal, type JSX, Show } from 'solid-js';
import { contactsApi, type StaffMember } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';

/**
 * A member's phone or account as a list shows it: the value, or — when the school keeps it
 * confidential (ADM-04) — 查看, which asks the API for it (the API logs every view).
 */
export default function Confidential(props: {
  school: string;
  member: Pick<StaffMember, 'id' | 'name' | 'confidential'>;
  field: 'phone' | 'account';
  /** The value as the list has it (null when hidden). */
  children: JSX.Element;
}) {
  const [shown, setShown] = createSignal<string | null>(null);
  const [error, setError] = createSignal('');
  const hidden = () => props.member.confidential?.includes(props.field) ?? false;
  const fieldName = () => t(props.field === 'phone' ? 'members.phone' : 'members.account');

  async function reveal() {
    setError('');
    try {
      const got = await contactsApi(props.school).staff.reveal(props.member.id, props.field);
      setShown(got.value ? (got.areaCode ? `+${got.areaCode} ${got.value}` : got.value) : '—');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Show when={hidden()} fallback={props.children}>
      <Show
        when={shown()}
        fallback={
          <button
            type="button"
            class="button button--small button--ghost confidential"
            title={error() || t('contacts.confidential')}
            aria-label={t('contacts.revealOf', { name: props.member.name, field: fieldName() })}
            onClick={reveal}
          >
            ••••
            <span class="confidential__action">{t('contacts.reveal')}</span>
          </button>
        }
      >
        <span aria-live="polite">{shown()}</span>
      </Show>
      <Show when={error()}>
        <span class="field__error" role="alert">
          {error()}
        </span>
      </Show>
    </Show>
  );
}
