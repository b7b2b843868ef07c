import { For, Index, Show } from 'solid-js';
import { t } from '../../lib/i18n';
import type { QuestionInput, QuestionType, TextTranslations } from '../../lib/notices-client';
import type { Lang } from './VersionFields';

export const QUESTION_TYPES: QuestionType[] = ['single', 'multiple', 'short', 'true_false', 'file', 'fill'];

/** A new question of a type, with what that type needs (two empty choices, one blank …). */
export function blankQuestion(type: QuestionType): QuestionInput {
  if (type === 'single' || type === 'multiple') return { type, text: '', required: false, options: [{ text: '' }, { text: '' }] };
  if (type === 'file') return { type, text: '', required: false, maxFiles: 3 };
  if (type === 'fill') return { type, text: '', required: false, blanks: 1 };
  return { type, text: '', required: false };
}

/** A text in the language being written: zh-Hant is the text itself, others its translation. */
const textIn = (x: { text: string; translations?: TextTranslations }, lang: Lang) => (lang === 'zh-Hant' ? x.text : (x.translations?.[lang] ?? ''));
const withText = <T extends { text: string; translations?: TextTranslations }>(x: T, lang: Lang, value: string): T =>
  lang === 'zh-Hant' ? { ...x, text: value } : { ...x, translations: { ...x.translations, [lang]: value } };

/**
 * The form of a notice (N-01): questions of the question bank's types (單選, 多選, 簡答, 判斷,
 * 附件上傳, 填空), each required or not, choices for the choice types; reorder and remove.
 * In English or Portuguese (`lang`) the texts typed are that version's, the zh-Hant text shown
 * beside each as the original.
 */
export default function QuestionsBuilder(props: { questions: QuestionInput[]; lang?: Lang; onChange: (qs: QuestionInput[]) => void }) {
  const lang = (): Lang => props.lang ?? 'zh-Hant';
  const other = () => lang() !== 'zh-Hant';
  const update = (i: number, patch: Partial<QuestionInput>) => props.onChange(props.questions.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const move = (i: number, by: number) => {
    const qs = [...props.questions];
    const [q] = qs.splice(i, 1);
    qs.splice(i + by, 0, q);
    props.onChange(qs);
  };
  return (
    <div class="nt-questions">
      <Index each={props.questions}>
        {(q, i) => (
          <fieldset class="nt-question">
            <legend>
              {t('nt.questionN', { n: i + 1 })} · {t(`nt.q.${q().type}`)}
            </legend>
            <div class="nt-question__row">
              <label class="nt-grow">
                <span class="visually-hidden">{t('nt.questionN', { n: i + 1 })}</span>
                <input
                  value={textIn(q(), lang())}
                  lang={lang()}
                  placeholder={other() ? q().text : t('nt.questionText')}
                  aria-label={`${t('nt.questionN', { n: i + 1 })} ${t('nt.questionText')}${other() ? ` (${t(`nt.lang.${lang()}`)})` : ''}`}
                  maxLength={1000}
                  onInput={(e) => update(i, withText(q(), lang(), e.currentTarget.value))}
                />
                <Show when={other() && q().text}>
                  <small class="muted nt-original">{t('nt.original', { text: q().text })}</small>
                </Show>
              </label>
              <label class="nt-check">
                <input type="checkbox" checked={q().required} onChange={(e) => update(i, { required: e.currentTarget.checked })} /> {t('nt.required')}
              </label>
              <button type="button" class="button button--small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`${t('nt.moveUp')} ${i + 1}`}>
                ↑
              </button>
              <button type="button" class="button button--small" disabled={i === props.questions.length - 1} onClick={() => move(i, 1)} aria-label={`${t('nt.moveDown')} ${i + 1}`}>
                ↓
              </button>
              <button type="button" class="button button--small button--danger-text" onClick={() => props.onChange(props.questions.filter((_, j) => j !== i))}>
                {t('nt.remove')}
              </button>
            </div>
            <Show when={q().options}>
              {(options) => (
                <ol class="nt-options">
                  <Index each={options()}>
                    {(o, k) => (
                      <li>
                        <input
                          value={textIn(o(), lang())}
                          lang={lang()}
                          aria-label={`${t('nt.questionN', { n: i + 1 })} ${t('nt.option', { n: k + 1 })}${other() ? ` (${t(`nt.lang.${lang()}`)})` : ''}`}
                          placeholder={other() ? o().text : t('nt.option', { n: k + 1 })}
                          maxLength={200}
                          onInput={(e) => update(i, { options: options().map((x, m) => (m === k ? withText(x, lang(), e.currentTarget.value) : x)) })}
                        />
                        <Show when={options().length > 2}>
                          <button type="button" class="button button--small button--danger-text" onClick={() => update(i, { options: options().filter((_, m) => m !== k) })}>
                            {t('nt.remove')}
                          </button>
                        </Show>
                      </li>
                    )}
                  </Index>
                  <li>
                    <button type="button" class="button button--small" disabled={options().length >= 20} onClick={() => update(i, { options: [...options(), { text: '' }] })}>
                      + {t('nt.addOption')}
                    </button>
                  </li>
                </ol>
              )}
            </Show>
            <Show when={q().type === 'fill'}>
              <label class="nt-inline">
                {t('nt.blanks')} <input type="number" min="1" max="20" value={q().blanks ?? 1} onInput={(e) => update(i, { blanks: Math.min(20, Math.max(1, Number(e.currentTarget.value) || 1)) })} />
              </label>
            </Show>
            <Show when={q().type === 'file'}>
              <label class="nt-inline">
                {t('nt.maxFiles')} <input type="number" min="1" max="9" value={q().maxFiles ?? 3} onInput={(e) => update(i, { maxFiles: Math.min(9, Math.max(1, Number(e.currentTarget.value) || 1)) })} />
              </label>
            </Show>
          </fieldset>
        )}
      </Index>
      <div class="nt-add-question">
        <span>{t('nt.addQuestion')}:</span>
        <For each={QUESTION_TYPES}>
          {(type) => (
            <button type="button" class="button button--small" onClick={() => props.onChange([...props.questions, blankQuestion(type)])}>
              + {t(`nt.q.${type}`)}
            </button>
          )}
        </For>
      </div>
    </div>
  );
}
