import { For, Show } from 'solid-js';
import { formatDateTime, t } from '../../../lib/i18n';

/** 第1次作答, 第2次作答 …: which attempt is shown (HW-09 keeps every one). */
export default function AttemptTabs(props: { attempts: { number: number; submittedAt: string | null; status?: string }[]; shown: number; onShow: (n: number) => void; draftLabel?: string }) {
  const current = () => props.attempts.find((a) => a.number === props.shown);
  return (
    <Show when={props.attempts.length > 0}>
      <div class="hwm-attempts">
        <div class="hwm-chips" role="group" aria-label={t('hwm.attempts')}>
          <For each={props.attempts}>
            {(a) => (
              <button type="button" aria-pressed={a.number === props.shown} onClick={() => props.onShow(a.number)}>
                {a.status === 'saved' && props.draftLabel ? props.draftLabel : t('hw.gr.attempt', { n: a.number })}
              </button>
            )}
          </For>
        </div>
        <Show when={current()?.submittedAt}>
          <p class="hwm-attempts__at">{t('hw.gr.submittedAt', { at: formatDateTime(current()?.submittedAt) })}</p>
        </Show>
      </div>
    </Show>
  );
}
