import { createResource, createSignal, For, Show } from 'solid-js';
import { type DefinitionDetail, type DefinitionSection, homeworkApi } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import FormDialog from '../../contacts/FormDialog';
import { typeLabel } from '../labels';

/**
 * 添加題目 (HW-03): the published questions of the definition's subject, searched; those the
 * definition already holds cannot be added again.
 */
export default function QuestionPicker(props: {
  open: boolean;
  school: string;
  definition: DefinitionDetail;
  section: DefinitionSection;
  onClose: () => void;
  onAdd: (questionIds: string[]) => Promise<void>;
}) {
  const [q, setQ] = createSignal('');
  const [chosen, setChosen] = createSignal<string[]>([]);
  const [error, setError] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const [found] = createResource(
    () => (props.open ? { q: q(), subjectId: props.definition.subject.id } : false),
    (f) => homeworkApi(props.school).questions.list({ ...f, status: 'published', pageSize: 100 }),
  );
  const held = () => new Set(props.definition.sections.flatMap((s) => s.items.map((i) => i.questionId)));
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));

  async function submit(): Promise<boolean> {
    if (!chosen().length) return false;
    setError('');
    try {
      await props.onAdd(chosen());
      setChosen([]);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  return (
    <FormDialog
      open={props.open}
      wide
      title={t('hw.pick.title', { section: props.section.title })}
      submitLabel={t('hw.pick.add', { n: chosen().length })}
      error={error()}
      onSubmit={submit}
      onClose={() => (setChosen([]), props.onClose())}
    >
      <div class="hw-picker">
        {/* not a SearchBox: a form may not sit in the dialog's form */}
        <input
          type="search"
          class="hw-picker__search"
          aria-label={t('hw.pick.search')}
          placeholder={t('hw.pick.search')}
          onInput={(e) => {
            const value = e.currentTarget.value.trim();
            clearTimeout(timer);
            timer = setTimeout(() => setQ(value), 250);
          }}
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        />
        <ul class="hw-picker__list" aria-label={t('hw.tree.addQuestions')}>
          <For each={found()?.items} fallback={<li class="hw-hint">{found.loading ? t('common.loading') : t('hw.pick.none', { subject: props.definition.subject.name })}</li>}>
            {(item) => (
              <li classList={{ 'hw-picker__held': held().has(item.id) }}>
                <label class="hw-check">
                  <input
                    type="checkbox"
                    disabled={held().has(item.id)}
                    checked={held().has(item.id) || chosen().includes(item.id)}
                    onChange={(e) => toggle(item.id, e.currentTarget.checked)}
                  />
                  <span class="hw-picker__text">{item.text}</span>
                </label>
                <span class="hw-picker__meta">
                  {typeLabel(item.type)} · {item.creator.name}
                  <Show when={held().has(item.id)}> · {t('hw.pick.already')}</Show>
                </span>
              </li>
            )}
          </For>
        </ul>
      </div>
    </FormDialog>
  );
}
