import { createResource, createSignal, Show } from 'solid-js';
import { t } from '../../lib/i18n';
import type { CardInput, DraftOptions, IdentityInput } from '../../lib/subscription-client';
import CardStep from './CardStep';
import { type FieldErrors, placeError } from './errors';
import TeachingRows, { type TeachingRow } from './TeachingRows';

/**
 * 掃描職員證 / 掃描教學人員證 (SUB-03): the other identity of a staff member with both cards —
 * for 教學人員 first 添加班級, then that identity's own card and birth date. A refusal of the
 * classes brings them back with the error next to the row.
 */
export default function AddIdentity(props: { identity: 'teacher' | 'staff'; loadOptions: () => Promise<DraftOptions>; submit: (input: IdentityInput) => Promise<void>; onCancel: () => void }) {
  const teacher = () => props.identity === 'teacher';
  const [options] = createResource(() => (teacher() ? true : null), () => props.loadOptions());
  const [stage, setStage] = createSignal<'teaching' | 'card'>(teacher() ? 'teaching' : 'card');
  const [rows, setRows] = createSignal<TeachingRow[]>([]);
  const [errors, setErrors] = createSignal<FieldErrors>({});

  const toCard = (e: SubmitEvent) => {
    e.preventDefault();
    if (rows().length === 0) return setErrors({ teaching: t('sub.teacherNeedsClass') });
    setErrors({});
    setStage('card');
  };

  async function send(card: CardInput) {
    try {
      await props.submit({ identity: props.identity, ...(teacher() ? { teaching: rows().filter((r) => r.classId || r.subjectId) } : {}), ...card });
    } catch (error) {
      const placed = placeError(error, ['teaching']);
      if (teacher() && !placed.form) {
        setErrors(placed);
        setStage('teaching');
        return;
      }
      throw error;
    }
  }

  return (
    <section class="sub__child" aria-label={t(`sub.my.scan.${props.identity}`)}>
      <h3 class="sub__add-title">{t(`sub.my.scan.${props.identity}`)}</h3>
      <Show
        when={stage() === 'card'}
        fallback={
          <form class="sub__form" onSubmit={toCard} novalidate>
            <TeachingRows rows={rows()} onChange={setRows} classes={options()?.classes ?? []} subjects={options()?.subjects ?? []} error={(f) => errors()[f]} idPrefix="sub-add-teach" />
            <div class="sub__pair">
              <button type="button" class="button button--outline button--large" onClick={props.onCancel}>
                {t('sub.back')}
              </button>
              <button type="submit" class="button button--primary button--large">
                {t('sub.next')}
              </button>
            </div>
          </form>
        }
      >
        <CardStep mode="education" onBack={() => (teacher() ? setStage('teaching') : props.onCancel())} submit={send} />
      </Show>
    </section>
  );
}
