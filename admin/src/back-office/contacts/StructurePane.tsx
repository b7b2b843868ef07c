import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import EmptyRow from '../../components/EmptyRow';
import RowButton from '../../components/RowButton';
import TableShell from '../../components/TableShell';
import { contactsApi } from '../../lib/contacts-client';
import { t } from '../../lib/i18n';
import GradeDialog from './GradeDialog';
import { nextSortOrder, nodeId, type Selection } from './home-school-tree';
import NameDialog from './NameDialog';

type Level = Extract<Selection, { kind: 'campus' } | { kind: 'grade' }>;

/**
 * A campus (its grades) or a grade (its classes): 添加年級 / 添加班級, 重新命名, and 刪除 while
 * it is empty, after a confirmation. Each row opens that grade or class.
 */
export default function StructurePane(props: {
  school: string;
  selection: Selection;
  onSelect: (node: string) => void;
  onNotice: (text: string) => void;
  onChanged: () => Promise<void>;
}) {
  const api = () => contactsApi(props.school).homeSchool;
  const sel = () => props.selection as Level;
  const isCampus = () => sel().kind === 'campus';
  const name = () => (sel().kind === 'grade' ? (sel() as Extract<Level, { kind: 'grade' }>).grade.name : sel().campus.name);
  const grade = () => (sel().kind === 'grade' ? (sel() as Extract<Level, { kind: 'grade' }>).grade : null);
  const rows = () =>
    isCampus()
      ? sel().campus.grades.map((g) => ({ id: nodeId('grade', g.id), name: g.name, year: g.schoolYear, children: g.classes.length, students: g.studentCount, joined: g.joinedCount }))
      : (grade()?.classes ?? []).map((c) => ({ id: nodeId('class', c.id), name: c.name, year: c.schoolYear, children: c.parentCount, students: c.studentCount, joined: c.joinedCount }));
  const empty = () => rows().length === 0;
  const [dialog, setDialog] = createSignal<'add' | 'rename' | null>(null);
  const [confirm, setConfirm] = createSignal<ConfirmRequest | null>(null);

  function askDelete() {
    const label = name();
    const level = sel();
    setConfirm({
      title: t(level.kind === 'campus' ? 'contacts.deleteCampus' : 'contacts.deleteGrade'),
      body: t('contacts.confirmDeleteNamed', { name: label }),
      confirmLabel: t('contacts.delete'),
      danger: true,
      run: async () => {
        if (level.kind === 'campus') await api().removeCampus(level.campus.id);
        else await api().removeGrade(level.grade.id);
        props.onNotice(t('contacts.deleted', { name: label }));
        props.onSelect(level.kind === 'campus' ? 'all' : nodeId('campus', level.campus.id));
        await props.onChanged();
      },
    });
  }

  return (
    <>
      <header class="pane-head">
        <div class="pane-head__title">
          <Show when={grade()}>
            <p class="pane-head__path">{sel().campus.name}</p>
          </Show>
          <h2>{name()}</h2>
          <p class="pane-head__meta">
            <Show when={grade()}>{(g) => <span>{t('contacts.labelColon', { label: t('contacts.schoolYear') })}{g().schoolYear}</span>}</Show>
            <span>{t('contacts.studentCount', { n: grade()?.studentCount ?? sel().campus.studentCount })}</span>
            <span>{t('contacts.joinedCount', { n: grade()?.joinedCount ?? sel().campus.joinedCount })}</span>
          </p>
        </div>
        <div class="pane-head__actions">
          <button type="button" class="button button--small button--primary" onClick={() => setDialog('add')}>
            {isCampus() ? t('contacts.addGrade') : t('contacts.addClass')}
          </button>
          <button type="button" class="button button--small" onClick={() => setDialog('rename')}>
            {t('contacts.rename')}
          </button>
          <Show when={empty()}>
            <button type="button" class="button button--small button--danger-text" onClick={askDelete}>
              {isCampus() ? t('contacts.deleteCampus') : t('contacts.deleteGrade')}
            </button>
          </Show>
        </div>
      </header>
      <TableShell
        columns={[isCampus() ? t('contacts.grade') : t('contacts.class'), t('contacts.schoolYear'), isCampus() ? t('contacts.class') : t('contacts.parents'), t('contacts.student'), t('contacts.joined'), t('common.actions')]}
      >
        <For
          each={rows()}
          fallback={<EmptyRow columns={6}>{isCampus() ? t('contacts.noGrades') : t('contacts.noClasses')}</EmptyRow>}
        >
          {(row) => (
            <tr>
              <th scope="row">{row.name}</th>
              <td>{row.year}</td>
              <td class="num">{row.children}</td>
              <td class="num">{row.students}</td>
              <td class="num">{row.joined}</td>
              <td class="actions">
                <RowButton label={t('contacts.view')} name={row.name} onClick={() => props.onSelect(row.id)} />
              </td>
            </tr>
          )}
        </For>
      </TableShell>
      <Show when={isCampus()}>
        <GradeDialog
          open={dialog() === 'add'}
          school={props.school}
          campus={sel().campus}
          onClose={() => setDialog(null)}
          onSaved={async (gradeId, gradeName) => {
            props.onNotice(t('contacts.added', { name: gradeName }));
            await props.onChanged();
            props.onSelect(nodeId('grade', gradeId));
          }}
        />
      </Show>
      <Show when={grade()}>
        {(g) => (
          <NameDialog
            open={dialog() === 'add'}
            title={t('contacts.addClassTo', { name: g().name })}
            label={t('contacts.className')}
            onClose={() => setDialog(null)}
            onSubmit={async (className) => {
              const created = await api().createClass({ gradeId: g().id, name: className, sortOrder: nextSortOrder(g().classes) });
              props.onNotice(t('contacts.added', { name: className }));
              await props.onChanged();
              props.onSelect(nodeId('class', created.id));
            }}
          />
        )}
      </Show>
      <NameDialog
        open={dialog() === 'rename'}
        title={isCampus() ? t('contacts.renameCampus') : t('contacts.renameGrade')}
        label={isCampus() ? t('contacts.campusName') : t('contacts.gradeName')}
        initial={name()}
        onClose={() => setDialog(null)}
        onSubmit={async (value) => {
          const level = sel();
          if (level.kind === 'campus') await api().renameCampus(level.campus.id, value);
          else await api().renameGrade(level.grade.id, value);
          props.onNotice(t('contacts.renamed', { name: value }));
          await props.onChanged();
        }}
      />
      <ConfirmDialog request={confirm()} onClose={() => setConfirm(null)} />
    </>
  );
}
