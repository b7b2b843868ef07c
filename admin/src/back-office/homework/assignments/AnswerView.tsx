import { For, Match, Show, Switch } from 'solid-js';
import type { GradingQuestion, HwFile } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import { letter } from '../questions/content';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** What a student answered to one question, in the question's own words (第N次作答). */
export default function AnswerView(props: { question: GradingQuestion; answer: unknown; files: HwFile[] }) {
  const q = () => props.question;
  const empty = () => props.answer === undefined || props.answer === null || props.answer === '' || (Array.isArray(props.answer) && props.answer.length === 0);
  const option = (id: string) => {
    const c = q();
    if (c.type !== 'single' && c.type !== 'multiple') return id;
    const i = c.body.options.findIndex((o) => o.id === id);
    return i < 0 ? id : `${letter(i)}. ${c.body.options[i].text}`;
  };
  return (
    <Show when={!empty()} fallback={<span class="muted">{t('hw.gr.noAnswer')}</span>}>
      <Switch fallback={<span>{String(props.answer)}</span>}>
        <Match when={q().type === 'single'}>
          <span class="hw-answer">{option(String(props.answer))}</span>
        </Match>
        <Match when={q().type === 'multiple'}>
          <span class="hw-answer">{list(props.answer).map(option).join('；')}</span>
        </Match>
        <Match when={q().type === 'ordering' ? (q() as Extract<GradingQuestion, { type: 'ordering' }>) : null}>
          {(c) => (
            <ol class="hw-key-list hw-answer">
              <For each={list(props.answer)}>{(id) => <li>{c().body.items.find((i) => i.id === id)?.text ?? id}</li>}</For>
            </ol>
          )}
        </Match>
        <Match when={q().type === 'short'}>
          <span class="hw-answer hw-text">{String(props.answer)}</span>
        </Match>
        <Match when={q().type === 'true_false'}>
          <span class="hw-answer">{t(props.answer === true ? 'hw.q.true' : 'hw.q.false')}</span>
        </Match>
        <Match when={q().type === 'file'}>
          <ul class="hw-files__list">
            <For each={props.files.filter((f) => list(props.answer).includes(f.id))}>
              {(f) => (
                <li>
                  📎{' '}
                  <a href={f.url} target="_blank" rel="noopener">
                    {f.name}
                  </a>
                </li>
              )}
            </For>
          </ul>
        </Match>
        <Match when={q().type === 'matching' ? (q() as Extract<GradingQuestion, { type: 'matching' }>) : null}>
          {(c) => {
            const given = () => (props.answer && typeof props.answer === 'object' ? (props.answer as Record<string, string>) : {});
            return (
              <ul class="hw-pairs hw-answer">
                <For each={c().body.left}>
                  {(l) => (
                    <li>
                      {l.text} → {c().body.right.find((r) => r.id === given()[l.id])?.text ?? '—'}
                    </li>
                  )}
                </For>
              </ul>
            );
          }}
        </Match>
        <Match when={q().type === 'fill'}>
          <span class="hw-answer">
            <For each={list(props.answer)}>
              {(b, i) => (
                <span class="hw-fill-answer">
                  ({i() + 1}) {b || '—'}
                </span>
              )}
            </For>
          </span>
        </Match>
      </Switch>
    </Show>
  );
}
