import { For, Show } from 'solid-js';
import { t } from '../../../lib/i18n';
import { fmtScore } from '../format';
import type { MineView } from '../types';

type Opt = { id: string; text: string };
const opts = (v: unknown): Opt[] => (Array.isArray(v) ? (v as Opt[]) : []);

/** The questions of a 附件上傳 homework, to read: the student answers them in the files they upload. */
export default function QuestionTexts(props: { view: MineView }) {
  const all = () => props.view.sections.flatMap((s) => s.items);
  return (
    <For each={props.view.sections}>
      {(s) => (
        <section class="hwm-section" aria-label={s.title}>
          <h3 class="hwm-section__title">{s.title}</h3>
          <ol class="hwm-texts" start={all().indexOf(s.items[0]) + 1}>
            <For each={s.items}>
              {(q) => {
                const choices = [...opts(q.body.options), ...opts(q.body.items), ...opts(q.body.left)];
                return (
                  <li class="hwm-texts__q">
                    <span>{q.text.replace(/_{4,}/g, '＿＿')}</span>
                    <Show when={props.view.scored && q.score !== null}>
                      <span class="hwm-q__pts">（{t('hwm.points', { n: fmtScore(q.score) })}）</span>
                    </Show>
                    <Show when={choices.length}>
                      <span class="hwm-texts__opts">{choices.map((o, i) => `${String.fromCharCode(65 + i)}. ${o.text}`).join('　')}</span>
                    </Show>
                    <Show when={opts(q.body.right).length}>
                      <span class="hwm-texts__opts">→ {opts(q.body.right).map((o) => o.text).join('　')}</span>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ol>
        </section>
      )}
    </For>
  );
}
