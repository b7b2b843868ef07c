import { For, Show } from 'solid-js';
import type { Guardian } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import { relationLabel } from './relations';

/** Parents as the manual writes them, "黃爸爸-爸爸", each with a dot: green once joined. */
export default function GuardianChips(props: { guardians: Guardian[] }) {
  return (
    <Show when={props.guardians.length} fallback={<span class="muted">—</span>}>
      <ul class="parents">
        <For each={props.guardians}>
          {(g) => (
            <li class="parent-chip" title={g.joined ? t('contacts.joined') : t('contacts.notJoined')}>
              <span class="parent-chip__dot" classList={{ 'parent-chip__dot--joined': g.joined }} aria-hidden="true" />
              {`${g.name}-${relationLabel(g.relation)}`}
              <span class="visually-hidden">（{g.joined ? t('contacts.joined') : t('contacts.notJoined')}）</span>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
