import { createAsync, query, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import Pager from '../../components/Pager';
import SearchBox from '../../components/SearchBox';
import { formatDateTime, t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { type ArticleType, siteApi } from '../../lib/site-client';

const listTypes = query((school: string, q: { q: string; page: number; pageSize: number }) => siteApi(school).types.list(q), 'site-types');

/** 文章類型 (WEB-02): 名稱, 創建時間, 狀態; add, 啓用 / 禁用. */
export default function Types() {
  const params = useParams<{ school: string }>();
  const list = useListParams([] as const);
  const page = createAsync(() => listTypes(params.school, list.query()));
  const [name, setName] = createSignal('');
  const [notice, setNotice] = createSignal('');
  const [error, setError] = createSignal('');

  async function run(action: () => Promise<unknown>, done: string) {
    setError('');
    try {
      await action();
      setNotice(done);
      await revalidate(listTypes.key);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const add = (e: SubmitEvent) => {
    e.preventDefault();
    const value = name().trim();
    if (!value) return setError(t('site.required', { field: t('site.typeName') }));
    void run(async () => {
      await siteApi(params.school).types.create({ name: value });
      setName('');
    }, t('site.typeAdded', { name: value }));
  };
  const toggle = (type: ArticleType) =>
    run(() => siteApi(params.school).types.update(type.id, { enabled: !type.enabled }), t(type.enabled ? 'site.disabledDone' : 'site.enabledDone', { name: type.name }));

  return (
    <div class="site-panel">
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('site.searchTypes')} onSearch={(q) => list.setFilter('q', q)} />
        <span class="toolbar__spacer" />
        <form class="site-inline-form" onSubmit={add}>
          <label for="type-name">{t('site.addType')}:</label>
          <input id="type-name" value={name()} maxLength={60} placeholder={t('site.typeName')} onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit" class="button button--primary">
            + {t('site.add')}
          </button>
        </form>
      </div>
      <p class="notice" role="status">
        {notice()}
      </p>
      <Show when={error()}>
        <p class="form-error" role="alert">
          {error()}
        </p>
      </Show>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('site.name')}</th>
              <th scope="col">{t('site.createdAt')}</th>
              <th scope="col">{t('site.status')}</th>
              <th scope="col">{t('site.actions')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={page()?.items} fallback={<tr><td colspan="4" class="table__empty">{t('common.empty')}</td></tr>}>
              {(type) => (
                <tr>
                  <td>{type.name}</td>
                  <td class="nowrap">{formatDateTime(type.createdAt)}</td>
                  <td>
                    <span class="badge" classList={{ 'badge--active': type.enabled, 'badge--disabled': !type.enabled }}>
                      {t(type.enabled ? 'site.enabled' : 'site.disabled')}
                    </span>
                  </td>
                  <td>
                    <button type="button" class="button button--small" onClick={() => toggle(type)}>
                      {type.enabled ? `✖ ${t('site.disable')}` : `✔ ${t('site.enable')}`}
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={page()}>
        {(p) => <Pager page={p().page} pageSize={p().pageSize} total={p().total} onPage={list.setPage} onPageSize={list.setPageSize} />}
      </Show>
    </div>
  );
}
