import { createAsync, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import Pager from '../../components/Pager';
import SearchBox from '../../components/SearchBox';
import { formatDateTime, t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { useSession } from '../../lib/session';
import { type Tag, tagsApi } from '../../lib/tags-client';
import NameDialog from '../contacts/NameDialog';
import PlainLink from './PlainLink';
import { flash, managesTags, setFlash, TAG_KEYS, tagList } from './queries';
import TagName from './TagName';

/**
 * 標籤 (CT-01, manual §14): every tag with its member count, searched and paged;
 * 添加標籤, 重新命名 and 刪除 (after a confirmation) for creator and super admins.
 */
export default function TagList() {
  const params = useParams<{ school: string }>();
  const session = useSession();
  const list = useListParams([] as const);
  const page = createAsync(() => tagList(params.school, list.query()));
  const canManage = () => managesTags(session()?.member.adminRole);
  const [notice, setNotice] = createSignal(flash());
  setFlash('');
  const [dialog, setDialog] = createSignal<{ mode: 'add' } | { mode: 'rename'; tag: Tag } | null>(null);
  const [confirm, setConfirm] = createSignal<ConfirmRequest | null>(null);
  const api = () => tagsApi(params.school);
  const refresh = () => revalidate(TAG_KEYS);
  const renaming = () => {
    const d = dialog();
    return d?.mode === 'rename' ? d.tag : undefined;
  };

  function askDelete(tag: Tag) {
    setNotice('');
    setConfirm({
      title: t('tags.deleteTitle', { name: tag.name }),
      body: t('tags.deleteBody', { n: tag.memberCount ?? 0 }),
      confirmLabel: t('tags.delete'),
      danger: true,
      run: async () => {
        await api().remove(tag.id);
        setNotice(t('tags.deleted', { name: tag.name }));
        await refresh();
      },
    });
  }

  return (
    <section aria-labelledby="tags-title">
      <div class="page-head">
        <div>
          <h1 id="tags-title">{t('tags.nav')}</h1>
          <p class="muted tg-intro">{t('tags.intro')}</p>
        </div>
      </div>
      <p class="notice" role="status">
        {notice()}
      </p>
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('tags.search')} onSearch={(q) => list.setFilter('q', q)} />
        <span class="toolbar__spacer" />
        <Show when={canManage()}>
          <button type="button" class="button button--primary" onClick={() => (setNotice(''), setDialog({ mode: 'add' }))}>
            + {t('tags.add')}
          </button>
        </Show>
      </div>
      <div class="table-wrap">
        <table class="table tg-table">
          <thead>
            <tr>
              <th scope="col">{t('tags.name')}</th>
              <th scope="col">{t('tags.members')}</th>
              <th scope="col">{t('tags.createdAt')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={page()?.items} fallback={<tr><td colspan="4" class="table__empty">{list.query().q ? t('common.empty') : t('tags.none')}</td></tr>}>
              {(tag) => (
                <tr>
                  <th scope="row">
                    <PlainLink href={`/${params.school}/contacts/tags?tag=${encodeURIComponent(tag.id)}`} class="tg-link">
                      <TagName tag={tag} />
                    </PlainLink>
                  </th>
                  <td class="num">{tag.memberCount === null ? '—' : t('tags.memberCount', { n: tag.memberCount })}</td>
                  <td class="nowrap muted">{formatDateTime(tag.createdAt)}</td>
                  <td class="actions">
                    <div class="actions__row">
                      <PlainLink class="button button--small" href={`/${params.school}/contacts/tags?tag=${encodeURIComponent(tag.id)}`}>
                        {t('tags.viewMembers')}
                        <span class="visually-hidden"> {tag.name}</span>
                      </PlainLink>
                      <Show when={canManage() && !tag.builtIn}>
                        <button type="button" class="button button--small" onClick={() => (setNotice(''), setDialog({ mode: 'rename', tag }))}>
                          {t('tags.rename')}
                          <span class="visually-hidden"> {tag.name}</span>
                        </button>
                        <button type="button" class="button button--small button--danger-text" onClick={() => askDelete(tag)}>
                          {t('tags.delete')}
                          <span class="visually-hidden"> {tag.name}</span>
                        </button>
                      </Show>
                    </div>
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
      <NameDialog
        open={dialog() !== null}
        title={renaming() ? t('tags.rename') : t('tags.add')}
        label={t('tags.name')}
        hint={t('tags.nameHint')}
        initial={renaming()?.name ?? ''}
        onClose={() => setDialog(null)}
        onSubmit={async (name) => {
          const tag = renaming();
          const saved = tag ? await api().rename(tag.id, name) : await api().create(name);
          setNotice(t(tag ? 'tags.renamed' : 'tags.added', { name: saved.name }));
          await refresh();
        }}
      />
      <ConfirmDialog request={confirm()} onClose={() => setConfirm(null)} />
    </section>
  );
}
