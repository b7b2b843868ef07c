import { For, Index, Match, Show, Switch } from 'solid-js';
import { type HwFile, splitBlanks } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import type { QuestionView } from '../types';
import Clip from './Clip';

type Opt = { id: string; text: string };
const list = (v: unknown): Opt[] => (Array.isArray(v) ? (v as Opt[]) : []);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * An answer as handed in, read-only, for any of the eight types; with `answerKey` (the
 * teacher's side) the right answer is shown beside it.
 */
export default function AnswerView(props: { question: QuestionView; answer: unknown; files: HwFile[] }) {
  const q = () => props.question;
  const key = () => q().answerKey;
  const empty = () => props.answer === undefined || props.answer === null || props.answer === '' || (Array.isArray(props.answer) && props.answer.length === 0);
  const textOf = (items: Opt[], id: string) => items.find((o) => o.id === id)?.text ?? id;
  const choices = () => list(q().body.options);
  const chosen = (id: string) => (q().type === 'single' ? props.answer === id : ids(props.answer).includes(id));
  const isKey = (id: string) => (q().type === 'single' ? key()?.optionId === id : ids(key()?.optionIds).includes(id));

  return (
    <div class="hwm-ans">
      <Show when={empty() && q().type !== 'fill'}>
        <p class="hwm-ans__none">{t('hw.gr.noAnswer')}</p>
      </Show>
      <Switch>
        <Match when={q().type === 'single' || q().type === 'multiple'}>
          <ul class="hwm-opts" role="list">
            <For each={choices()}>
              {(o, i) => (
                <li class="hwm-opt" classList={{ 'hwm-opt--chosen': chosen(o.id), 'hwm-opt--key': !!key() && isKey(o.id) }}>
                  <span class="hwm-opt__mark" aria-hidden="true">
                    {String.fromCharCode(65 + i())}
                  </span>
                  <span class="hwm-opt__text">{o.text}</span>
                  <Show when={chosen(o.id)}>
                    <span class="hwm-opt__tag">{t('hwm.chosen')}</span>
                  </Show>
                  <Show when={key() && isKey(o.id)}>
                    <span class="hwm-opt__tag hwm-opt__tag--key">{t('hw.q.isAnswer')}</span>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Match>
        <Match when={q().type === 'true_false'}>
          <Show when={!empty()}>
            <p class="hwm-ans__text">{props.answer === true ? t('hw.q.true') : t('hw.q.false')}</p>
          </Show>
          <Show when={key()}>
            <p class="hwm-ans__key">{t('hwm.keyIs', { key: key()?.value ? t('hw.q.true') : t('hw.q.false') })}</p>
          </Show>
        </Match>
        <Match when={q().type === 'ordering'}>
          <Show when={!empty()}>
            <ol class="hwm-ans__order">
              <For each={ids(props.answer)}>{(id) => <li>{textOf(list(q().body.items), id)}</li>}</For>
            </ol>
          </Show>
          <Show when={key()}>
            <p class="hwm-ans__key">{t('hwm.keyIs', { key: ids(key()?.order).map((id) => textOf(list(q().body.items), id)).join(' → ') })}</p>
          </Show>
        </Match>
        <Match when={q().type === 'short'}>
          <Show when={!empty()}>
            <p class="hwm-ans__text hwm-ans__text--block">{String(props.answer)}</p>
          </Show>
          <Show when={key()}>
            <p class="hwm-ans__key">{ids(key()?.accepted).length ? t('hwm.keyIs', { key: ids(key()?.accepted).join(' / ') }) : t('hw.q.manual')}</p>
          </Show>
        </Match>
        <Match when={q().type === 'fill'}>
          <p class="hwm-ans__fill">
            <Index each={splitBlanks(q().text)}>
              {(piece, i) => (
                <>
                  {piece()}
                  <Show when={i < splitBlanks(q().text).length - 1}>
                    <span class="hwm-ans__blank">{ids(props.answer)[i] || '＿＿'}</span>
                  </Show>
                </>
              )}
            </Index>
          </p>
          <Show when={key()}>
            <p class="hwm-ans__key">
              {t('hwm.keyIs', { key: ((key()?.blanks as string[][] | undefined) ?? []).map((b, i) => `${t('hw.q.blank', { n: i + 1 })} ${b.join(' / ')}`).join('；') })}
            </p>
          </Show>
        </Match>
        <Match when={q().type === 'matching'}>
          <ul class="hwm-pairs" role="list">
            <For each={list(q().body.left)}>
              {(l) => {
                const given = () => (props.answer as Record<string, string> | undefined)?.[l.id];
                const right = () => (key()?.pairs as Record<string, string> | undefined)?.[l.id];
                return (
                  <li classList={{ 'hwm-pairs--wrong': !!key() && given() !== right() }}>
                    <span>{l.text}</span>
                    <span aria-hidden="true">→</span>
                    <span>{given() ? textOf(list(q().body.right), given() ?? '') : '—'}</span>
                    <Show when={key() && given() !== right()}>
                      <span class="hwm-ans__key">（{t('hwm.keyIs', { key: textOf(list(q().body.right), right() ?? '') })}）</span>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ul>
        </Match>
        <Match when={q().type === 'file'}>
          <ul class="hwm-files" role="list">
            <For each={props.files.filter((f) => ids(props.answer).includes(f.id))}>
              {(f) => (
                <li>
                  <a href={f.url} target="_blank" rel="noopener">
                    <Clip /> {f.name}
                  </a>
                </li>
              )}
            </For>
          </ul>
        </Match>
      </Switch>
    </div>
  );
}
