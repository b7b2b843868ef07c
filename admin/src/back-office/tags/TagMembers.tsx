import { createAsync, revalidate, useNavigate, useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import ListPager from '../../components/ListPager';
import SearchBox from '../../components/SearchBox';
import StatusNote from '../../components/StatusNote';
import { t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { useSession } from '../../lib/session';
import { type Tag, type TagMember, tagsApi } from '../../lib/tags-client';
import { departmentLabeler } from '../contacts/department-labels';
import NameDialog from '../contacts/NameDialog';
import { departmentTree } from '../contacts/queries';
import AddMembersDialog from './AddMembersDialog';
import MemberTable from './MemberTable';
import PlainLink from './PlainLink';
import { managesTags, setFlash, TAG_KEYS, tagMembers, tagOne } from './queries';
import TagName from './TagName';

/**
 * One tag (?tag=<id>): its name and count, 重新命名 and 刪除 for creator and super admins, and
 * its members, searched and paged, with 添加成員 (a staff picker) and 移除 after a question.
 * A scoped admin sees and changes the members of its 管理範圍 only.
 */
export default function TagMembers(props: { id: string }) {
  const params = useParams<{ school: string }>();
  const navigate = useNavigate();
  const session = useSession();
  const list = useListParams(['tag'] as const);
  const tag = createAsync(() => tagOne(params.school, props.id).catch(() => null));
  const page = createAsync(() => tagMembers(params.school, props.id, { q: list.query().q, page: list.query().page, pageSize: list.query().pageSize }).catch(() => null));
  // department names as the contacts screens write them (小學部/中文科組 when two share a name)
  const tree = createAsync(() => departmentTree(params.school).catch(() => undefined));
  const canManage = () => managesTags(session()?.member.adminRole);
  const [notice, setNotice] = createSignal('');
  const [dialog, setDialog] = createSignal<'add' | 'rename' | null>(null);
  const [confirm, setConfirm] = createSignal<ConfirmRequest | null>(null);
  const api = () => tagsApi(params.school);
  const refresh = () => revalidate(TAG_KEYS);
  const back = `/${params.school}/contacts/tags`;

  function askRemove(current: Tag, m: TagMember) {
    setNotice('');
    setConfirm({
      title: t('tags.removeTitle', { member: m.name, tag: current.name }),
      body: t('tags.removeBody'),
      confirmLabel: t('tags.remove'),
      danger: true,
      run: async () => {
        await api().removeMember(current.id, m.id);
        setNotice(t('tags.removed', { member: m.name, tag: current.name }));
        await refresh();
      },
    });
  }

  function askDelete(current: Tag) {
    setNotice('');
    setConfirm({
      title: t('tags.deleteTitle', { name: current.name }),
      body: t('tags.deleteBody', { n: current.memberCount ?? 0 }),
      confirmLabel: t('tags.delete'),
      danger: true,
      run: async () => {
        await api().remove(current.id);
        setFlash(t('tags.deleted', { name: current.name }));
        await refresh();
        navigate(back);
      },
    });
  }

  return (
    <section aria-labelledby="tag-title">
      <p class="back-link">
        <PlainLink class="button button--link" href={back}>
          ← {t('tags.back')}
        </PlainLink>
      </p>
      <Show when={tag() !== undefined}>
        <Show when={tag()} fallback={<p class="panel empty-state muted">{t('tags.notFound')}</p>}>
          {(current) => (
            <>
              <header class="pane-head tg-head">
                <div class="pane-head__title">
                  <h1 id="tag-title" class="tg-head__name">
                    <TagName tag={current()} />
                  </h1>
                  <p class="pane-head__meta">
                    <Show when={current().memberCount !== null}>
                      <span>{t('tags.memberCount', { n: current().memberCount ?? 0 })}</span>
                    </Show>
                    <Show when={current().builtIn}>
                      <span>{t('tags.builtInHint')}</span>
                    </Show>
                  </p>
                </div>
                <Show when={canManage() && !current().builtIn}>
                  <div class="pane-head__actions">
                    <button type="button" class="button button--small" onClick={() => (setNotice(''), setDialog('rename'))}>
                      {t('tags.rename')}
                    </button>
                    <button type="button" class="button button--small button--danger-text" onClick={() => askDelete(current())}>
                      {t('tags.delete')}
                    </button>
                  </div>
                </Show>
              </header>
              <StatusNote>{notice()}</StatusNote>
              <div class="pane-section">
                <div class="section-bar">
                  <h2 class="section-bar__title">
                    {t('tags.members')}
                    <Show when={page()}>{(p) => <span class="section-bar__count">{p().total}</span>}</Show>
                  </h2>
                  <div class="section-bar__actions">
                    <button type="button" class="button button--primary" onClick={() => (setNotice(''), setDialog('add'))}>
                      + {t('tags.addMembers')}
                    </button>
                  </div>
                </div>
                <Show when={!canManage()}>
                  <p class="muted tg-scope">{t('tags.scopeNote')}</p>
                </Show>
                <div class="toolbar">
                  <SearchBox value={list.query().q} placeholder={t('tags.searchMembers')} onSearch={(q) => list.setFilter('q', q)} />
                </div>
                <MemberTable items={page()?.items} searching={!!list.query().q} label={departmentLabeler(tree()?.items ?? [])} onRemove={(m) => askRemove(current(), m)} />
                <ListPager page={page()} list={list} />
              </div>
              <AddMembersDialog
                open={dialog() === 'add'}
                school={params.school}
                tag={current()}
                onClose={() => setDialog(null)}
                onAdded={async (text) => {
                  setNotice(text);
                  await refresh();
                }}
              />
              <NameDialog
                open={dialog() === 'rename'}
                title={t('tags.rename')}
                label={t('tags.name')}
                hint={t('tags.nameHint')}
                initial={current().name}
                onClose={() => setDialog(null)}
                onSubmit={async (name) => {
                  const saved = await api().rename(current().id, name);
                  setNotice(t('tags.renamed', { name: saved.name }));
                  await refresh();
                }}
              />
            </>
          )}
        </Show>
      </Show>
      <ConfirmDialog request={confirm()} onClose={() => setConfirm(null)} />
    </section>
  );
}
