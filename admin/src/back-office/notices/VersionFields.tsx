import { For, Show } from 'solid-js';
import { t } from '../../lib/i18n';
import type { OtherLang } from '../../lib/notices-client';
import RichEditor from '../site/RichEditor';

/** The language a notice is being written in: zh-Hant (required), English, Portuguese. */
export type Lang = 'zh-Hant' | OtherLang;
export const LANGS: Lang[] = ['zh-Hant', 'en', 'pt'];
export type Versions = Record<Lang, { title: string; content: string }>;

/** 語言版本: which version the title, content and questions below are written in. */
export function LangTabs(props: { value: Lang; filled: (l: Lang) => boolean; onChange: (l: Lang) => void }) {
  return (
    <div class="nt-langs">
      <div class="nt-tabs" role="tablist" aria-label={t('nt.lang')}>
        <For each={LANGS}>
          {(l) => (
            <button
              type="button"
              role="tab"
              id={`nt-lang-${l}`}
              class="nt-tabs__tab"
              aria-selected={props.value === l}
              aria-current={props.value === l ? 'page' : undefined}
              onClick={() => props.onChange(l)}
            >
              {t(`nt.lang.${l}`)}
              <Show when={l !== 'zh-Hant' && props.filled(l)}>
                <span class="nt-langs__done" aria-label={t('nt.langFilled')}>
                  {' '}
                  ✓
                </span>
              </Show>
            </button>
          )}
        </For>
      </div>
      <p class="muted nt-langs__hint">{t('nt.langHint')}</p>
    </div>
  );
}

/**
 * Title and content of each language version; all three editors stay mounted (the editor
 * reads its text once), the one not being written is hidden. English and Portuguese are
 * optional: a version needs both its title and its content.
 */
export default function VersionFields(props: {
  lang: Lang;
  versions: Versions;
  initial: Versions;
  errors: Record<string, string>;
  upload: (file: File) => Promise<string>;
  onChange: (l: Lang, patch: Partial<{ title: string; content: string }>) => void;
}) {
  const key = (l: Lang, f: 'title' | 'content') => (l === 'zh-Hant' ? f : `translations.${l}.${f}`);
  const err = (k: string) => (
    <Show when={props.errors[k]}>
      <p class="field__error" role="alert">
        {props.errors[k]}
      </p>
    </Show>
  );
  return (
    <For each={LANGS}>
      {(l) => {
        const required = l === 'zh-Hant' ? ' *' : '';
        return (
          <div role="tabpanel" aria-labelledby={`nt-lang-${l}`} hidden={props.lang !== l} class="nt-version">
            <div class="field" classList={{ 'field--invalid': !!props.errors[key(l, 'title')] }}>
              <label for={`nt-title-${l}`}>
                {t('nt.title')}
                {required}
              </label>
              <input
                id={`nt-title-${l}`}
                lang={l}
                value={props.versions[l].title}
                maxLength={200}
                placeholder={l === 'zh-Hant' ? '' : props.versions['zh-Hant'].title}
                onInput={(e) => props.onChange(l, { title: e.currentTarget.value })}
              />
              {err(key(l, 'title'))}
            </div>
            <div class="field" classList={{ 'field--invalid': !!props.errors[key(l, 'content')] }}>
              <span id={`nt-content-label-${l}`} class="nt-label">
                {t('nt.content')}
                {required}
              </span>
              <RichEditor
                id={l === 'zh-Hant' ? 'nt-content' : `nt-content-${l}`}
                labelledBy={`nt-content-label-${l}`}
                initial={props.initial[l].content}
                invalid={!!props.errors[key(l, 'content')]}
                onInput={(html) => props.onChange(l, { content: html })}
                upload={props.upload}
              />
              {err(key(l, 'content'))}
            </div>
          </div>
        );
      }}
    </For>
  );
}
