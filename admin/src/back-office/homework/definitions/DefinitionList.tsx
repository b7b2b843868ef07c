import { A, createAsync, revalidate, useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../../components/ConfirmDialog';
import EmptyRow from '../../../components/EmptyRow';
import FilterSelect from '../../../components/FilterSelect';
import ListPager from '../../../components/ListPager';
import SearchBox from '../../../components/SearchBox';
import StatusNote from '../../../components/StatusNote';
import TableShell from '../../../components/TableShell';
import { type DefinitionRow, homeworkApi } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import { useListParams } from '../../../lib/list-params';
import { useSession } from '../../../lib/session';
import { DefinitionBadge, formatDate, formatScore } from '../labels';
import { enabledSubjects, getDefinition, listDefinitions, setFlash, takeFlash } from '../queries';
import DefinitionDialog from './DefinitionDialog';
import '../../contacts/contacts.css';
import '../homework.css';

/** 作業定義 (HW-03, HW-04; manual §5): 標題 科目 創建人 創建時間 計分 總分 狀態 操作. */
export default function DefinitionList() {
  const params = useParams<{ school: string }>();
  const navigate = useNavigate();
  const session = useSession();
  const list = useListParams(['subjectId', 'status', 'scored', 'mine'] as const);
  const page = createAsync(() => listDefinitions(params.school, list.query()));
  const subjects = createAsync(() => enabledSubjects(params.school));
  const [note, setNote] = createSignal(takeFlash());
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const [editing, setEditing] = createSignal<DefinitionRow | 'new' | null>(null);
  const api = () => homeworkApi(params.school).definitions;
  const mine = (d: DefinitionRow) => d.creator.id === session()?.member.id;
  const refresh = () => revalidate([listDefinitions.key, getDefinition.key]);

  const ask = (d: DefinitionRow, kind: 'complete' | 'copy' | 'delete') =>
    setRequest({
      title: t(`hw.def.${kind}Title`),
      body: t(`hw.def.${kind}Body`, { title: d.title }),
      confirmLabel: t(kind === 'delete' ? 'hw.delete' : kind === 'copy' ? 'hw.def.copy' : 'hw.def.complete'),
      danger: kind === 'delete',
      run: async () => {
        if (kind === 'complete') {
          await api().complete(d.id);
          setNote(t('hw.def.completedDone', { title: d.title }));
        } else if (kind === 'copy') {
          const made = await api().copy(d.id);
          setNote(t('hw.def.copied', { title: made.title }));
        } else {
          await api().remove(d.id);
          setNote(t('hw.deleted', { name: d.title }));
        }
        await refresh();
      },
    });

  const filter = (label: string, name: 'subjectId' | 'status' | 'scored' | 'mine', options: { value: string; label: string }[]) => (
    <FilterSelect label={label} value={list.query()[name]} options={options} onChange={(v) => list.setFilter(name, v)} />
  );

  return (
    <div class="hw-screen">
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('hw.def.search')} onSearch={(q) => list.setFilter('q', q)} />
        {filter(t('hw.subject'), 'subjectId', [{ value: '', label: t('hw.all') }, ...(subjects() ?? []).map((s) => ({ value: s.id, label: s.name }))])}
        {filter(t('hw.status'), 'status', [
          { value: '', label: t('hw.all') },
          { value: 'draft', label: t('hw.def.st.draft') },
          { value: 'completed', label: t('hw.def.st.completed') },
        ])}
        {filter(t('hw.def.scored'), 'scored', [
          { value: '', label: t('hw.all') },
          { value: '1', label: t('common.yes') },
          { value: '0', label: t('common.no') },
        ])}
        {filter(t('hw.creator'), 'mine', [
          { value: '', label: t('hw.everyone') },
          { value: '1', label: t('hw.mine') },
        ])}
        <span class="toolbar__spacer" />
        <button type="button" class="button button--primary" onClick={() => setEditing('new')}>
          + {t('hw.add')}
        </button>
      </div>
      <StatusNote>{note()}</StatusNote>
      <TableShell
        columns={[t('hw.title'), t('hw.subject'), t('hw.creator'), t('hw.createdAt'), t('hw.def.scored'), t('hw.def.total'), t('hw.status'), t('hw.actions')]}
      >
        <For each={page()?.items} fallback={<EmptyRow columns={8} />}>
          {(d) => (
            <tr>
              <td class="hw-cell-title">
                <A href={`/${params.school}/homework/definitions/${d.id}`}>{d.title}</A>
              </td>
              <td>{d.subject.name}</td>
              <td>{d.creator.name}</td>
              <td class="nowrap">{formatDate(d.createdAt)}</td>
              <td>{t(d.scored ? 'common.yes' : 'common.no')}</td>
              <td>{formatScore(d.totalScore)}</td>
              <td>
                <DefinitionBadge status={d.status} />
              </td>
              <td class="actions">
                <div class="actions__row">
                  <Show when={mine(d) && d.status === 'draft'}>
                    <button type="button" class="button button--small" aria-label={`${t('hw.edit')} ${d.title}`} onClick={() => setEditing(d)}>
                      {t('hw.edit')}
                    </button>
                    <button type="button" class="button button--small" aria-label={`${t('hw.def.complete')} ${d.title}`} onClick={() => ask(d, 'complete')}>
                      {t('hw.def.complete')}
                    </button>
                  </Show>
                  <A class="button button--small" href={`/${params.school}/homework/definitions/${d.id}`} aria-label={`${t('hw.def.questions')} ${d.title}`}>
                    {t('hw.def.questions')}
                  </A>
                  <button type="button" class="button button--small" aria-label={`${t('hw.def.copy')} ${d.title}`} onClick={() => ask(d, 'copy')}>
                    {t('hw.def.copy')}
                  </button>
                  <Show when={mine(d)}>
                    <button type="button" class="button button--small button--danger-text" aria-label={`${t('hw.delete')} ${d.title}`} onClick={() => ask(d, 'delete')}>
                      {t('hw.delete')}
                    </button>
                  </Show>
                </div>
              </td>
            </tr>
          )}
        </For>
      </TableShell>
      <ListPager page={page()} list={list} />
      <p class="hw-note">{t('hw.def.note')}</p>
      <DefinitionDialog
        school={params.school}
        definition={editing()}
        subjects={subjects() ?? []}
        onClose={() => setEditing(null)}
        onSaved={async (saved, created) => {
          await refresh();
          if (created) {
            setFlash(t('hw.def.created', { title: saved.title }));
            navigate(`/${params.school}/homework/definitions/${saved.id}`);
          } else setNote(t('hw.as.updated', { title: saved.title }));
        }}
      />
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </div>
  );
}
