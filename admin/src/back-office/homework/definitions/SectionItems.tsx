import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../../components/ConfirmDialog';
import EmptyRow from '../../../components/EmptyRow';
import TableShell from '../../../components/TableShell';
import { type DefinitionDetail, type DefinitionItem, homeworkApi } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import NameDialog from '../../contacts/NameDialog';
import { formatScore, typeLabel } from '../labels';
import type { Problem } from './DefinitionEditor';
import QuestionPicker from './QuestionPicker';
import { subtree } from './tree';

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** A score typed by the teacher: more than 0, at most 1000, two decimals at most; else null. */
export function parseScore(raw: string): number | null {
  const n = Number(raw.trim());
  return Number.isFinite(n) && n > 0 && n <= 1000 && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6 ? n : null;
}

/** The chosen section's questions (manual §5: 添加題目, 刪除, 分數; 批量設置分數). */
export default function SectionItems(props: {
  school: string;
  definition: DefinitionDetail;
  sectionId: string | null;
  editable: boolean;
  problem: Problem | null;
  change: (run: () => Promise<DefinitionDetail>, message?: string) => Promise<void>;
}) {
  const [picking, setPicking] = createSignal(false);
  const [batch, setBatch] = createSignal(false);
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const api = () => homeworkApi(props.school).definitions;
  const d = () => props.definition;
  const section = () => d().sections.find((s) => s.id === props.sectionId) ?? null;
  const below = () => {
    const s = section();
    return s ? subtree(d().sections, s.id).flatMap((id) => d().sections.find((x) => x.id === id)?.items ?? []) : [];
  };

  async function setScore(item: DefinitionItem, raw: string) {
    const score = raw.trim() === '' ? null : parseScore(raw);
    if (raw.trim() !== '' && score === null) return setErrors((e) => ({ ...e, [item.id]: t('error.invalid') }));
    if (score === item.score) return;
    setErrors(({ [item.id]: _, ...rest }) => rest);
    try {
      await props.change(() => api().updateItem(d().id, item.id, { score }), t('hw.tree.scoreSaved'));
    } catch (e) {
      setErrors((x) => ({ ...x, [item.id]: e instanceof Error ? e.message : String(e) }));
    }
  }

  // the API takes the new 0-based position among the section's questions
  const move = (item: DefinitionItem, at: number) => props.change(() => api().updateItem(d().id, item.id, { sortOrder: Math.max(0, at) }));
  const remove = (item: DefinitionItem) =>
    setRequest({
      title: t('hw.tree.removeItem'),
      body: t('hw.tree.removeBody', { text: short(item.text) }),
      confirmLabel: t('hw.remove'),
      danger: true,
      run: () => props.change(() => api().removeItem(d().id, item.id)),
    });

  return (
    <section class="panel hw-items-panel" aria-labelledby="hw-items-title">
      <Show when={section()} fallback={<p class="hw-hint hw-empty">{d().sections.length ? t('hw.tree.pick') : t('hw.tree.empty')}</p>}>
        {(s) => (
          <>
            <div class="hw-items-head">
              <h3 id="hw-items-title" class="hw-panel-title">
                {s().title}
              </h3>
              <Show when={props.editable}>
                <div class="hw-toolbar-actions">
                  <button type="button" class="button button--small button--primary" onClick={() => setPicking(true)}>
                    + {t('hw.tree.addQuestions')}
                  </button>
                  <Show when={d().scored}>
                    <button type="button" class="button button--small" disabled={below().length === 0} onClick={() => setBatch(true)}>
                      {t('hw.tree.batchScore')}
                    </button>
                  </Show>
                </div>
              </Show>
            </div>
            <TableShell columns={['#', t('hw.q.text'), t('hw.type'), d().scored && t('hw.tree.score'), props.editable && t('hw.actions')]}>
              <For each={s().items} fallback={<EmptyRow columns={5}>{t('hw.tree.noItems')}</EmptyRow>}>
                {(item, i) => (
                  <tr classList={{ 'hw-row-error': props.problem?.itemId === item.id }}>
                    <td class="muted">{i() + 1}</td>
                    <td class="hw-cell-title">{short(item.text)}</td>
                    <td class="nowrap">{typeLabel(item.type)}</td>
                    <Show when={d().scored}>
                      <td class="hw-score-cell">
                        <Show when={props.editable} fallback={<span>{item.score === null ? <span class="hw-warn">{t('hw.tree.noScore')}</span> : formatScore(item.score)}</span>}>
                          <input
                            type="number"
                            min="0.01"
                            max="1000"
                            step="0.5"
                            class="hw-score-input"
                            value={formatScore(item.score)}
                            placeholder={t('hw.tree.noScore')}
                            aria-label={`${t('hw.tree.score')} ${short(item.text)}`}
                            aria-invalid={errors()[item.id] || props.problem?.itemId === item.id ? 'true' : undefined}
                            onChange={(e) => void setScore(item, e.currentTarget.value)}
                          />
                          <Show when={errors()[item.id]}>
                            <span class="field__error">{errors()[item.id]}</span>
                          </Show>
                        </Show>
                      </td>
                    </Show>
                    <Show when={props.editable}>
                      <td class="actions">
                        <div class="actions__row">
                          <button type="button" class="button button--small" disabled={i() === 0} aria-label={`${t('hw.moveUp')} ${short(item.text)}`} onClick={() => void move(item, i() - 1)}>
                            ↑
                          </button>
                          <button type="button" class="button button--small" disabled={i() === s().items.length - 1} aria-label={`${t('hw.moveDown')} ${short(item.text)}`} onClick={() => void move(item, i() + 1)}>
                            ↓
                          </button>
                          <button type="button" class="button button--small button--danger-text" aria-label={`${t('hw.remove')} ${short(item.text)}`} onClick={() => remove(item)}>
                            {t('hw.remove')}
                          </button>
                        </div>
                      </td>
                    </Show>
                  </tr>
                )}
              </For>
            </TableShell>
            <QuestionPicker
              open={picking()}
              school={props.school}
              definition={d()}
              section={s()}
              onClose={() => setPicking(false)}
              onAdd={(ids) => props.change(() => api().addItems(d().id, s().id, ids))}
            />
            <NameDialog
              open={batch()}
              title={t('hw.tree.batchScore')}
              label={t('hw.tree.score')}
              hint={t('hw.tree.batchScoreBody', { n: below().length, title: s().title })}
              submitLabel={t('hw.save')}
              onClose={() => setBatch(false)}
              onSubmit={async (raw) => {
                const score = parseScore(raw);
                if (score === null) throw new Error(t('error.invalid'));
                await props.change(() => api().scoreSection(d().id, s().id, score), t('hw.tree.scoreSaved'));
              }}
            />
          </>
        )}
      </Show>
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </section>
  );
}
