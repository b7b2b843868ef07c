import { createSignal, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import { contactsApi, type HomeSchoolTree } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import type { useListParams } from '../../lib/list-params';
import type { Selection } from './home-school-tree';
import NameDialog from './NameDialog';
import StudentList from './StudentList';
import TeachersPanel from './TeachersPanel';

type ListParams = ReturnType<typeof useListParams<'node' | 'student' | 'view' | 'joined'>>;

/**
 * The whole school or one class: its counts, (for a class) 重新命名 and 刪除 while it has no
 * students, its teachers, and the students with their parents.
 */
export default function ClassPane(props: {
  school: string;
  tree: HomeSchoolTree;
  selection: Selection;
  list: ListParams;
  onOpen: (studentId: string) => void;
  onNotice: (text: string) => void;
  onChanged: () => Promise<void>;
  onGone: () => void;
}) {
  const cls = () => (props.selection.kind === 'class' ? props.selection : null);
  const counts = () => cls()?.cls ?? { ...props.tree.totals, parentCount: undefined };
  const [renaming, setRenaming] = createSignal(false);
  const [confirm, setConfirm] = createSignal<ConfirmRequest | null>(null);

  function askDelete() {
    const c = cls()?.cls;
    if (!c) return;
    setConfirm({
      title: t('contacts.deleteClass'),
      body: t('contacts.confirmDeleteNamed', { name: c.name }),
      confirmLabel: t('contacts.delete'),
      danger: true,
      run: async () => {
        await contactsApi(props.school).homeSchool.removeClass(c.id);
        props.onNotice(t('contacts.deleted', { name: c.name }));
        props.onGone();
        await props.onChanged();
      },
    });
  }

  return (
    <>
      <header class="pane-head">
        <div class="pane-head__title">
          <Show when={cls()}>{(c) => <p class="pane-head__path">{`${c().campus.name} / ${c().grade.name}`}</p>}</Show>
          <h2>{cls()?.cls.name ?? t('contacts.wholeSchool')}</h2>
          <p class="pane-head__meta">
            <Show when={cls()}>{(c) => <span>{t('contacts.labelColon', { label: t('contacts.schoolYear') })}{c().cls.schoolYear}</span>}</Show>
            <span>{t('contacts.studentCount', { n: counts().studentCount })}</span>
            <span>{t('contacts.joinedCount', { n: counts().joinedCount })}</span>
            <Show when={cls()}>{(c) => <span>{t('contacts.parentCount', { n: c().cls.parentCount })}</span>}</Show>
          </p>
        </div>
        <Show when={cls()}>
          {(c) => (
            <div class="pane-head__actions">
              <button type="button" class="button button--small" onClick={() => setRenaming(true)}>
                {t('contacts.rename')}
              </button>
              <Show when={c().cls.studentCount === 0}>
                <button type="button" class="button button--small button--danger-text" onClick={askDelete}>
                  {t('contacts.deleteClass')}
                </button>
              </Show>
            </div>
          )}
        </Show>
      </header>
      <Show when={cls()?.cls.id} keyed>
        {(id) => <TeachersPanel school={props.school} classId={id} className={cls()?.cls.name ?? ''} onNotice={props.onNotice} />}
      </Show>
      <StudentList
        school={props.school}
        tree={props.tree}
        classId={cls()?.cls.id}
        className={cls()?.cls.name}
        list={props.list}
        onOpen={props.onOpen}
        onNotice={props.onNotice}
        onChanged={props.onChanged}
      />
      <NameDialog
        open={renaming()}
        title={t('contacts.renameClass')}
        label={t('contacts.className')}
        initial={cls()?.cls.name}
        onClose={() => setRenaming(false)}
        onSubmit={async (name) => {
          await contactsApi(props.school).homeSchool.renameClass(cls()?.cls.id ?? '', name);
          props.onNotice(t('contacts.renamed', { name }));
          await props.onChanged();
        }}
      />
      <ConfirmDialog request={confirm()} onClose={() => setConfirm(null)} />
    </>
  );
}
