import { createSignal } from 'solid-js';
import { t } from '../../lib/i18n';
import Modal from '../permissions/Modal';

/** A `datetime-local` value (the browser's zone, Asia/Macau at school) for an ISO time. */
const local = (iso: string | null): string => {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** 定時發送 (ANN-01): when the announcement goes out; a time in the past is refused by the API, next to the field. */
export default function ScheduleDialog(props: { open: boolean; initial: string | null; onSchedule: (iso: string) => Promise<boolean>; onClose: () => void }) {
  const [at, setAt] = createSignal(local(props.initial));
  const [error, setError] = createSignal('');
  async function submit(): Promise<boolean> {
    setError('');
    if (!at()) {
      setError(t('an.needTime'));
      return false;
    }
    try {
      return await props.onSchedule(new Date(at()).toISOString());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  }
  return (
    <Modal open={props.open} title={t('an.schedule')} submitLabel={t('an.scheduleConfirm')} onSubmit={submit} onClose={props.onClose}>
      <div class="field" classList={{ 'field--invalid': !!error() }}>
        <label for="an-at">{t('an.scheduleAt')}</label>
        <input id="an-at" type="datetime-local" value={at()} min={local(new Date().toISOString())} onInput={(e) => setAt(e.currentTarget.value)} />
        {error() && (
          <p class="field__error" role="alert">
            {error()}
          </p>
        )}
      </div>
    </Modal>
  );
}
