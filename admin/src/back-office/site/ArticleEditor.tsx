import { A, createAsync, revalidate, useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { DetailedApiError } from '../../lib/client';
import { t } from '../../lib/i18n';
import { type Article, type ArticleStatus, siteApi } from '../../lib/site-client';
import { listAllTypes, listArticles, setFlash } from './Articles';
import RichEditor from './RichEditor';
import FormError from '../../components/FormError';

/** 添加文章 / 編輯文章 (WEB-03): 類型 (enabled ones), 標題, 匿名, 允許留言, 內容; 發佈 / 保存草稿. */
export default function ArticleEditor() {
  const params = useParams<{ school: string; id?: string }>();
  const article = createAsync(async () => (params.id ? siteApi(params.school).articles.get(params.id) : null));
  return (
    <Show when={article() !== undefined} fallback={<p class="loading">{t('common.loading')}</p>}>
      <ArticleForm school={params.school} article={article() ?? null} />
    </Show>
  );
}

function ArticleForm(props: { school: string; article: Article | null }) {
  const navigate = useNavigate();
  const types = createAsync(() => listAllTypes(props.school));
  // a disabled type stays offered to an article that already has it
  const choices = () => types()?.items.filter((ty) => ty.enabled || ty.id === props.article?.typeId) ?? [];
  const [typeId, setTypeId] = createSignal(props.article?.typeId ?? '');
  const [title, setTitle] = createSignal(props.article?.title ?? '');
  const [anonymous, setAnonymous] = createSignal(props.article?.anonymous ?? false);
  const [allowComments, setAllowComments] = createSignal(props.article?.allowComments ?? true);
  const [content, setContent] = createSignal(props.article?.content ?? '');
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [busy, setBusy] = createSignal(false);
  const api = () => siteApi(props.school);

  const chosenType = () => typeId() || choices()[0]?.id || '';

  async function save(status: ArticleStatus) {
    const problems: Record<string, string> = {};
    if (!chosenType()) problems.typeId = t('site.pickType');
    if (!title().trim()) problems.title = t('site.required', { field: t('site.articleTitle') });
    const text = content().replace(/<(?!img)[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim();
    if (!text) problems.content = t('site.contentEmpty');
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    const input = { typeId: chosenType(), title: title().trim(), anonymous: anonymous(), allowComments: allowComments(), content: content(), status };
    try {
      const saved = props.article ? await api().articles.update(props.article.id, input) : await api().articles.create(input);
      await revalidate(listArticles.key);
      const name = saved.title;
      setFlash(t(status === 'published' ? 'site.articlePublished' : 'site.articleDrafted', { name }));
      navigate(`/${props.school}/site/articles`);
    } catch (e) {
      if (e instanceof DetailedApiError && e.field) setErrors({ [e.field]: e.message });
      else setErrors({ form: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="site-panel site-article-form" onSubmit={(e) => (e.preventDefault(), save('published'))} novalidate>
      <div class="site-form-head">
        <h2>{props.article ? t('site.editArticle') : t('site.addArticle')}</h2>
        <A href={`/${props.school}/site/articles`}>{t('site.back')}</A>
      </div>
      <div class="field" classList={{ 'field--invalid': !!errors().typeId }}>
        <label for="article-type">{t('site.type')} *</label>
        <Show when={types() && choices().length === 0}>
          <p class="field__error">{t('site.noTypes')}</p>
        </Show>
        <select id="article-type" value={chosenType()} onChange={(e) => setTypeId(e.currentTarget.value)}>
          <For each={choices()}>{(ty) => <option value={ty.id}>{ty.name}</option>}</For>
        </select>
        <Show when={errors().typeId}>
          <p class="field__error" role="alert">{errors().typeId}</p>
        </Show>
      </div>
      <div class="field" classList={{ 'field--invalid': !!errors().title }}>
        <label for="article-title">{t('site.articleTitle')} *</label>
        <input id="article-title" value={title()} maxLength={100} aria-invalid={errors().title ? 'true' : undefined} onInput={(e) => setTitle(e.currentTarget.value)} />
        <Show when={errors().title}>
          <p class="field__error" role="alert">{errors().title}</p>
        </Show>
      </div>
      <div class="site-checks">
        <label class="site-check">
          <input type="checkbox" checked={anonymous()} onChange={(e) => setAnonymous(e.currentTarget.checked)} /> {t('site.anonymous')}
        </label>
        <label class="site-check">
          <input type="checkbox" checked={allowComments()} onChange={(e) => setAllowComments(e.currentTarget.checked)} /> {t('site.allowComments')}
        </label>
      </div>
      <div class="field" classList={{ 'field--invalid': !!errors().content }}>
        <span id="article-content-label" class="site-label">{t('site.content')} *</span>
        <RichEditor
          id="article-content"
          labelledBy="article-content-label"
          initial={props.article?.content ?? ''}
          invalid={!!errors().content}
          onInput={setContent}
          upload={async (file) => (await api().upload(file)).url}
        />
        <Show when={errors().content}>
          <p class="field__error" role="alert">{errors().content}</p>
        </Show>
      </div>
      <FormError message={errors().form} />
      <div class="site-form-actions">
        <button type="submit" class="button button--primary" disabled={busy()}>
          ✓ {t('site.publish')}
        </button>
        <button type="button" class="button site-draft" disabled={busy()} onClick={() => save('draft')}>
          {props.article?.status === 'published' ? t('site.withdraw') : t('site.saveDraft')}
        </button>
      </div>
    </form>
  );
}
