import { createAsync, query, revalidate, useParams } from '@solidjs/router';
import { createSignal, For } from 'solid-js';
import EmptyRow from '../../components/EmptyRow';
import FormError from '../../components/FormError';
import ListPager from '../../components/ListPager';
import SearchBox from '../../components/SearchBox';
import StatusNote from '../../components/StatusNote';
import TableShell from '../../components/TableShell';
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
      <StatusNote>{notice()}</StatusNote>
      <FormError message={error()} />
      <TableShell columns={[t('site.name'), t('site.createdAt'), t('site.status'), t('site.actions')]}>
        <For each={page()?.items} fallback={<EmptyRow columns={4} />}>
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
      </TableShell>
      <ListPager page={page()} list={list} />
    </div>
  );
}
