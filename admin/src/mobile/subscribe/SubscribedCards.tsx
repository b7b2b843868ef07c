import { For, Show } from 'solid-js';
import { formatDateTime, t } from '../../lib/i18n';
import type { CardView } from '../../lib/subscription-client';

/** The staff identity not subscribed yet by someone with one of the two (SUB-03), or null. */
export function missingIdentity(cards: CardView[]): 'teacher' | 'staff' | null {
  const has = new Set(cards.map((c) => c.identity));
  if (has.has('teacher') && !has.has('staff')) return 'staff';
  if (has.has('staff') && !has.has('teacher')) return 'teacher';
  return null;
}

/**
 * 查看已訂閱教育證 (SUB-03): each subscribed card — for a family the child and class, for staff
 * the identity — with its number and when it was subscribed.
 */
export default function SubscribedCards(props: { cards: CardView[]; holder: string; dates?: boolean }) {
  return (
    <ul class="sub__cards" aria-label={t('sub.my.title')}>
      <For each={props.cards} fallback={<li class="muted">{t('sub.my.empty')}</li>}>
        {(c) => (
          <li class="m-card sub__card">
            <span class="sub__card-head">
              <strong>{c.student?.name ?? props.holder}</strong>
              <span class="sub__identity">{c.student ? (c.student.className ?? '') : t(`sub.identity.${c.identity}`)}</span>
            </span>
            <span class="sub__card-no">
              <span class="muted">{t(`sub.card.${c.cardType}`)}</span> {c.cardNumber}
            </span>
            <Show when={props.dates}>
              <span class="muted sub__card-date">{t('sub.my.subscribedAt', { at: formatDateTime(c.subscribedAt) })}</span>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
