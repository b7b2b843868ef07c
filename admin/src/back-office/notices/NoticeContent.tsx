import { createSignal, For, Show } from 'solid-js';
import { t } from '../../lib/i18n';
import type { NoticeDetail, OtherLang } from '../../lib/notices-client';
import { Clip } from './glyphs';

/**
 * N-03 what a notice says: its content in each language it was written in (tabs), its
 * attachments and its form's questions.
 */
export default function NoticeContent(props: { notice: NoticeDetail; fileUrl: (fileId: string) => string }) {
  const [shown, setShown] = createSignal<'zh-Hant' | OtherLang>('zh-Hant');
  return (
    <section class="nt-section nt-content-box">
      <h3>{t('nt.content')}</h3>
      <Show when={props.notice.locales.length > 1}>
        <div class="nt-tabs" role="group" aria-label={t('nt.lang')}>
          <For each={props.notice.locales}>
            {(l) => (
              <button type="button" class="nt-tabs__tab" aria-pressed={shown() === l} aria-current={shown() === l ? 'page' : undefined} onClick={() => setShown(l)}>
                {t(`nt.lang.${l}`)}
              </button>
            )}
          </For>
        </div>
      </Show>
      <Show when={shown() !== 'zh-Hant' && props.notice.translations[shown() as OtherLang]}>{(v) => <h4 lang={shown()}>{v().title}</h4>}</Show>
      {/* sanitised by the API when the notice was saved */}
      <div class="nt-content" lang={shown()} innerHTML={shown() === 'zh-Hant' ? props.notice.content : (props.notice.translations[shown() as OtherLang]?.content ?? props.notice.content)} />
      <Show when={props.notice.attachments.length}>
        <h4>{t('nt.attachments')}</h4>
        <ul class="nt-files">
          <For each={props.notice.attachments}>
            {(f) => (
              <li>
                <a href={props.fileUrl(f.id)} download={f.name}>
                  <Clip /> {f.name}
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.notice.questions.length}>
        <h4>{t('nt.questions')}</h4>
        <ol class="nt-qlist">
          <For each={props.notice.questions}>
            {(q) => (
              <li>
                {q.text['zh-Hant']} <span class="muted">({t(`nt.q.${q.type}`)}{q.required ? ` · ${t('nt.required')}` : ''})</span>
                <Show when={q.options}>{(o) => <span class="muted"> — {o().map((x) => x.text['zh-Hant']).join('、')}</span>}</Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
