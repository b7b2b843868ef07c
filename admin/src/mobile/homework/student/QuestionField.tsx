import { For, Match, Show, Switch } from 'solid-js';
import type { AnswerValue, HwFile, UploadedFile } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import { fmtScore } from '../format';
import type { MineQuestion } from '../types';
import FileInput from './FileInput';
import FillInput from './FillInput';
import MatchingInput from './MatchingInput';
import OrderingInput from './OrderingInput';
import Clip from '../shared/Clip';

type Opt = { id: string; text: string };
const opts = (v: unknown): Opt[] => (Array.isArray(v) ? (v as Opt[]) : []);

/** One question to answer on the phone, of any of the eight types (HW-01). */
export default function QuestionField(props: {
  n: number;
  question: MineQuestion;
  scored: boolean;
  value: AnswerValue | undefined;
  files: HwFile[];
  disabled: boolean;
  error?: string;
  upload: (f: File) => Promise<UploadedFile>;
  onChange: (v: AnswerValue | undefined) => void;
}) {
  const q = () => props.question;
  const name = () => `hwm-q-${q().questionId}`;
  const list = () => (Array.isArray(props.value) ? (props.value as string[]) : []);
  return (
    <fieldset class="hwm-q hwm-q--field" classList={{ 'hwm-q--invalid': !!props.error }} disabled={props.disabled}>
      <legend class="hwm-q__text">
        <span class="hwm-q__n">{props.n}.</span>{' '}
        <Show when={q().type !== 'fill'} fallback={<span class="visually-hidden">{q().text}</span>}>
          {q().text}
        </Show>
        <Show when={props.scored && q().score !== null}>
          <span class="hwm-q__pts">（{t('hwm.points', { n: fmtScore(q().score) })}）</span>
        </Show>
        <span class="hwm-q__type"> {t(`hw.type.${q().type}`)}</span>
      </legend>
      <Show when={q().attachments.length}>
        <ul class="hwm-files" role="list">
          <For each={q().attachments}>
            {(f) => (
              <li>
                <a href={f.url} target="_blank" rel="noopener">
                  <Clip /> {f.name}
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Switch>
        <Match when={q().type === 'single'}>
          <For each={opts(q().body.options)}>
            {(o, i) => (
              <label class="hwm-choice">
                <input type="radio" name={name()} aria-label={o.text} checked={props.value === o.id} onChange={() => props.onChange(o.id)} />
                <span class="hwm-choice__letter" aria-hidden="true">
                  {String.fromCharCode(65 + i())}
                </span>
                <span>{o.text}</span>
              </label>
            )}
          </For>
        </Match>
        <Match when={q().type === 'multiple'}>
          <For each={opts(q().body.options)}>
            {(o, i) => (
              <label class="hwm-choice">
                <input
                  type="checkbox"
                  aria-label={o.text}
                  checked={list().includes(o.id)}
                  onChange={(e) => props.onChange(e.currentTarget.checked ? [...list(), o.id] : list().filter((x) => x !== o.id))}
                />
                <span class="hwm-choice__letter" aria-hidden="true">
                  {String.fromCharCode(65 + i())}
                </span>
                <span>{o.text}</span>
              </label>
            )}
          </For>
        </Match>
        <Match when={q().type === 'true_false'}>
          <div class="hwm-tf">
            <label class="hwm-choice">
              <input type="radio" name={name()} checked={props.value === true} onChange={() => props.onChange(true)} /> <span>✓ {t('hw.q.true')}</span>
            </label>
            <label class="hwm-choice">
              <input type="radio" name={name()} checked={props.value === false} onChange={() => props.onChange(false)} /> <span>✗ {t('hw.q.false')}</span>
            </label>
          </div>
        </Match>
        <Match when={q().type === 'ordering'}>
          <OrderingInput items={opts(q().body.items)} value={list()} disabled={props.disabled} onChange={props.onChange} />
        </Match>
        <Match when={q().type === 'short'}>
          <textarea
            class="hwm-textarea"
            rows="3"
            maxLength={5000}
            aria-label={t('hwm.yourAnswer')}
            placeholder={t('hwm.yourAnswer')}
            value={typeof props.value === 'string' ? props.value : ''}
            onInput={(e) => props.onChange(e.currentTarget.value)}
          />
        </Match>
        <Match when={q().type === 'fill'}>
          <FillInput text={q().text} blanks={Number(q().body.blanks) || 1} value={list()} onChange={props.onChange} />
        </Match>
        <Match when={q().type === 'matching'}>
          <MatchingInput
            left={opts(q().body.left)}
            right={opts(q().body.right)}
            value={(props.value as Record<string, string> | undefined) ?? {}}
            onChange={props.onChange}
          />
        </Match>
        <Match when={q().type === 'file'}>
          <FileInput
            max={Number(q().body.maxFiles) || 1}
            value={list()}
            known={props.files}
            disabled={props.disabled}
            upload={props.upload}
            onChange={props.onChange}
          />
        </Match>
      </Switch>
      <Show when={props.error}>
        <p class="field__error" role="alert">
          {props.error}
        </p>
      </Show>
    </fieldset>
  );
}
