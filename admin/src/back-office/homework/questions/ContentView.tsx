import { For, Match, Show, Switch } from 'solid-js';
import { type QuestionContent, splitBlanks } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import { letter } from './content';

/** A question's content with its key, read-only: 選項/答案 of 查看 and of 批改. */
export default function ContentView(props: { text: string; content: QuestionContent }) {
  const c = () => props.content;
  const right = (id: string) => {
    const k = c();
    if (k.type === 'single') return k.answerKey.optionId === id;
    if (k.type === 'multiple') return k.answerKey.optionIds.includes(id);
    return false;
  };
  return (
    <div class="hw-content">
      <Switch>
        <Match when={c().type === 'single' || c().type === 'multiple' ? (c() as Extract<QuestionContent, { type: 'single' }>) : null}>
          {(k) => (
            <ol class="hw-options">
              <For each={k().body.options}>
                {(o, i) => (
                  <li classList={{ 'hw-options__right': right(o.id) }}>
                    <span class="hw-options__letter">{letter(i())}.</span> {o.text}
                    <Show when={right(o.id)}>
                      <span class="hw-key"> ✓ {t('hw.q.isAnswer')}</span>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          )}
        </Match>
        <Match when={c().type === 'ordering' ? (c() as Extract<QuestionContent, { type: 'ordering' }>) : null}>
          {(k) => (
            <ol class="hw-key-list">
              <For each={k().answerKey.order}>{(id) => <li>{k().body.items.find((i) => i.id === id)?.text}</li>}</For>
            </ol>
          )}
        </Match>
        <Match when={c().type === 'short' ? (c() as Extract<QuestionContent, { type: 'short' }>) : null}>
          {(k) => (
            <Show when={k().answerKey.accepted.length} fallback={<p class="muted">{t('hw.q.manual')}</p>}>
              <p>
                {t('hw.q.accepted')}: <span class="hw-key">{k().answerKey.accepted.join(' / ')}</span>
              </p>
            </Show>
          )}
        </Match>
        <Match when={c().type === 'true_false' ? (c() as Extract<QuestionContent, { type: 'true_false' }>) : null}>
          {(k) => (
            <p>
              {t('hw.q.answer')}: <span class="hw-key">{t(k().answerKey.value ? 'hw.q.true' : 'hw.q.false')}</span>
            </p>
          )}
        </Match>
        <Match when={c().type === 'file' ? (c() as Extract<QuestionContent, { type: 'file' }>) : null}>
          {(k) => (
            <p class="muted">
              {t('hw.q.maxFiles')}: {k().body.maxFiles} · {t('hw.q.manual')}
            </p>
          )}
        </Match>
        <Match when={c().type === 'matching' ? (c() as Extract<QuestionContent, { type: 'matching' }>) : null}>
          {(k) => {
            const used = () => new Set(Object.values(k().answerKey.pairs));
            return (
              <>
                <ul class="hw-pairs">
                  <For each={k().body.left}>
                    {(l) => (
                      <li>
                        {l.text} <span aria-hidden="true">→</span> <span class="hw-key">{k().body.right.find((r) => r.id === k().answerKey.pairs[l.id])?.text}</span>
                      </li>
                    )}
                  </For>
                </ul>
                <Show when={k().body.right.some((r) => !used().has(r.id))}>
                  <p class="muted">
                    {t('hw.q.distractors')}: {k().body.right.filter((r) => !used().has(r.id)).map((r) => r.text).join('、')}
                  </p>
                </Show>
              </>
            );
          }}
        </Match>
        <Match when={c().type === 'fill' ? (c() as Extract<QuestionContent, { type: 'fill' }>) : null}>
          {(k) => (
            <ol class="hw-key-list">
              <For each={k().answerKey.blanks}>
                {(b, i) => (
                  <li>
                    {t('hw.q.blank', { n: i() + 1 })}: <span class="hw-key">{b.join(' / ')}</span>
                  </li>
                )}
              </For>
            </ol>
          )}
        </Match>
      </Switch>
    </div>
  );
}

/** The text of a 填空題 with its blanks shown as numbered gaps. */
export function TextWithBlanks(props: { text: string; fill: boolean }) {
  return (
    <Show when={props.fill} fallback={<span class="hw-text">{props.text}</span>}>
      <span class="hw-text">
        <For each={splitBlanks(props.text)}>
          {(piece, i) => (
            <>
              {piece}
              <Show when={i() < splitBlanks(props.text).length - 1}>
                <span class="hw-blank">({i() + 1})</span>
              </Show>
            </>
          )}
        </For>
      </span>
    </Show>
  );
}
