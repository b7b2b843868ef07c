import { createResource, createSignal, For, Show } from 'solid-js';
import Field from '../../components/Field';
import FormError from '../../components/FormError';
import { t } from '../../lib/i18n';
import type { CardInput, ChildInput, DraftOptions } from '../../lib/subscription-client';
import CardStep from './CardStep';
import { type FieldErrors } from './errors';
import { ClassOptions, SelectField } from './fields';

const CHILD_FIELDS = ['studentName', 'classId', 'relation'] as const;
const EMPTY = { studentName: '', classId: '', relation: '' };

/**
 * 添加學生 (SUB-04): 學生姓名, 班級 (a B08 class, SUB-05) and 關係, then the child's own card
 * and birth date. The same card as another child is refused by the API (ID-02) under the card;
 * a refusal of the name, class or relation brings the form back with it.
 */
export default function AddChild(props: { loadOptions: () => Promise<DraftOptions>; submit: (input: ChildInput) => Promise<void>; onCancel: () => void }) {
  const [options] = createResource(() => props.loadOptions());
  const [stage, setStage] = createSignal<'form' | 'card'>('form');
  const [child, setChild] = createSignal({ ...EMPTY });
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const set = (patch: Partial<typeof EMPTY>) => setChild((c) => ({ ...c, ...patch }));

  const toCard = (e: SubmitEvent) => {
    e.preventDefault();
    const c = child();
    const missing = CHILD_FIELDS.find((f) => !c[f].trim());
    if (missing) return setErrors({ [missing]: t(missing === 'studentName' ? 'sub.studentNameHint' : missing === 'classId' ? 'sub.pickClass' : 'sub.pickRelation') });
    setErrors({});
    setStage('card');
  };

  async function send(card: CardInput) {
    try {
      await props.submit({ ...child(), ...card });
    } catch (error) {
      const field = (error as { field?: string }).field;
      if (field && (CHILD_FIELDS as readonly string[]).includes(field)) {
        setErrors({ [field]: (error as Error).message });
        setStage('form');
        return;
      }
      throw error;
    }
  }

  return (
    <Show
      when={stage() === 'card'}
      fallback={
        <form class="sub__form sub__child" onSubmit={toCard} novalidate aria-label={t('sub.addStudent')}>
          <Field id="sub-child-name" label={t('sub.studentName')} placeholder={t('sub.studentNameHint')} value={child().studentName} onInput={(e) => set({ studentName: e.currentTarget.value })} error={errors().studentName} />
          <SelectField id="sub-child-class" label={t('sub.class')} value={child().classId} error={errors().classId} onChange={(v) => set({ classId: v })}>
            <option value="">{t('sub.pickClass')}</option>
            <ClassOptions classes={options()?.classes ?? []} />
          </SelectField>
          <SelectField id="sub-child-relation" label={t('sub.relation')} value={child().relation} error={errors().relation} onChange={(v) => set({ relation: v })}>
            <option value="">{t('sub.pickRelation')}</option>
            <For each={options()?.relations ?? []}>{(r) => <option value={r}>{r}</option>}</For>
          </SelectField>
          <FormError message={(options.error as Error | undefined)?.message} />
          <p class="sub__note">{t('sub.familyNote')}</p>
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
      <CardStep mode="education" onBack={() => setStage('form')} submit={send} />
    </Show>
  );
}
