import { createAsync, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import EmptyRow from '../../components/EmptyRow';
import ListPager from '../../components/ListPager';
import RowButton from '../../components/RowButton';
import SearchBox from '../../components/SearchBox';
import StatusNote from '../../components/StatusNote';
import TableShell from '../../components/TableShell';
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
      <StatusNote>{notice()}</StatusNote>
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('tags.search')} onSearch={(q) => list.setFilter('q', q)} />
        <span class="toolbar__spacer" />
        <Show when={canManage()}>
          <button type="button" class="button button--primary" onClick={() => (setNotice(''), setDialog({ mode: 'add' }))}>
            + {t('tags.add')}
          </button>
        </Show>
      </div>
      <TableShell class="tg-table" columns={[t('tags.name'), t('tags.members'), t('tags.createdAt'), t('common.actions')]}>
        <For each={page()?.items} fallback={<EmptyRow columns={4}>{list.query().q ? t('common.empty') : t('tags.none')}</EmptyRow>}>
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
                    <RowButton label={t('tags.rename')} name={tag.name} onClick={() => (setNotice(''), setDialog({ mode: 'rename', tag }))} />
                    <RowButton label={t('tags.delete')} name={tag.name} danger onClick={() => askDelete(tag)} />
                  </Show>
                </div>
              </td>
            </tr>
          )}
        </For>
      </TableShell>
      <ListPager page={page()} list={list} />
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
