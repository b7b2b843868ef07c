import { A, createAsync, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../../components/ConfirmDialog';
import EmptyRow from '../../../components/EmptyRow';
import FilterSelect from '../../../components/FilterSelect';
import FormError from '../../../components/FormError';
import ListPager from '../../../components/ListPager';
import SearchBox from '../../../components/SearchBox';
import StatusNote from '../../../components/StatusNote';
import TableShell from '../../../components/TableShell';
import { homeworkApi, QUESTION_TYPES, type QuestionRow } from '../../../lib/homework-client';
import { t } from '../../../lib/i18n';
import { useListParams } from '../../../lib/list-params';
import { useSession } from '../../../lib/session';
import { saveFile } from '../../contacts/save-file';
import { formatDate, QuestionBadge, typeLabel } from '../labels';
import { enabledSubjects, listQuestions, takeFlash } from '../queries';
import ImportDialog from './ImportDialog';
import '../../contacts/contacts.css';
import '../homework.css';

/** 題庫 (HW-01, HW-02; manual §5): 標題 科目 題型 創建人 創建時間 狀態 操作, with search, filters and paging. */
export default function QuestionList() {
  const params = useParams<{ school: string }>();
  const session = useSession();
  const list = useListParams(['subjectId', 'type', 'status', 'mine'] as const);
  const page = createAsync(() => listQuestions(params.school, list.query()));
  const subjects = createAsync(() => enabledSubjects(params.school));
  const [note, setNote] = createSignal(takeFlash());
  const [error, setError] = createSignal('');
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const [importing, setImporting] = createSignal(false);
  const mine = (q: QuestionRow) => q.creator.id === session()?.member.id;
  const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

  function remove(q: QuestionRow) {
    setRequest({
      title: t('hw.q.deleteTitle'),
      body: t('hw.q.deleteBody', { text: short(q.text) }),
      confirmLabel: t('hw.delete'),
      danger: true,
      run: async () => {
        await homeworkApi(params.school).questions.remove(q.id);
        setNote(t('hw.deleted', { name: short(q.text) }));
        await revalidate(listQuestions.key);
      },
    });
  }

  async function exportXml() {
    setError('');
    const { subjectId, type, status } = list.query();
    if (!subjectId) return setError(t('hw.q.exportNeedsSubject'));
    try {
      saveFile(await homeworkApi(params.school).questions.export({ subjectId, type, status }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const filter = (label: string, name: 'subjectId' | 'type' | 'status' | 'mine', options: { value: string; label: string }[]) => (
    <FilterSelect label={label} value={list.query()[name]} options={options} onChange={(v) => list.setFilter(name, v)} />
  );

  return (
    <div class="hw-screen">
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('hw.q.search')} onSearch={(q) => list.setFilter('q', q)} />
        {filter(t('hw.subject'), 'subjectId', [{ value: '', label: t('hw.all') }, ...(subjects() ?? []).map((s) => ({ value: s.id, label: s.name }))])}
        {filter(t('hw.type'), 'type', [{ value: '', label: t('hw.all') }, ...QUESTION_TYPES.map((type) => ({ value: type, label: typeLabel(type) }))])}
        {filter(t('hw.status'), 'status', [
          { value: '', label: t('hw.all') },
          { value: 'draft', label: t('hw.qs.draft') },
          { value: 'published', label: t('hw.qs.published') },
        ])}
        {filter(t('hw.creator'), 'mine', [
          { value: '', label: t('hw.everyone') },
          { value: '1', label: t('hw.mine') },
        ])}
        <span class="toolbar__spacer" />
        <div class="hw-toolbar-actions">
          <button type="button" class="button" onClick={() => setImporting(true)}>
            {t('hw.q.import')}
          </button>
          <button type="button" class="button" onClick={() => void exportXml()}>
            {t('hw.q.export')}
          </button>
          <A class="button button--primary" href={`/${params.school}/homework/questions/new`}>
            + {t('hw.add')}
          </A>
        </div>
      </div>
      <StatusNote>{note()}</StatusNote>
      <FormError message={error()} />
      <TableShell columns={[t('hw.title'), t('hw.subject'), t('hw.type'), t('hw.creator'), t('hw.createdAt'), t('hw.status'), t('hw.actions')]}>
        <For each={page()?.items} fallback={<EmptyRow columns={7} />}>
          {(q) => (
            <tr>
              <td class="hw-cell-title">
                <A href={`/${params.school}/homework/questions/${q.id}`}>{short(q.text)}</A>
              </td>
              <td>{q.subject.name}</td>
              <td class="nowrap">{typeLabel(q.type)}</td>
              <td>{q.creator.name}</td>
              <td class="nowrap">{formatDate(q.createdAt)}</td>
              <td>
                <QuestionBadge status={q.status} />
              </td>
              <td class="actions">
                <div class="actions__row">
                  <A class="button button--small" href={`/${params.school}/homework/questions/${q.id}`} aria-label={`${t(mine(q) && q.status === 'draft' ? 'hw.edit' : 'hw.view')} ${short(q.text)}`}>
                    {t(mine(q) && q.status === 'draft' ? 'hw.edit' : 'hw.view')}
                  </A>
                  <Show when={mine(q)}>
                    <button
                      type="button"
                      class="button button--small button--danger-text"
                      disabled={q.usedBy > 0}
                      title={q.usedBy > 0 ? t('hw.q.usedBy', { n: q.usedBy }) : undefined}
                      aria-label={`${t('hw.delete')} ${short(q.text)}`}
                      onClick={() => remove(q)}
                    >
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
      <p class="hw-note">{t('hw.q.note')}</p>
      <ImportDialog
        open={importing()}
        school={params.school}
        subjects={subjects() ?? []}
        onClose={() => setImporting(false)}
        onImported={async (n) => {
          setNote(t('hw.imp.done', { n }));
          await revalidate(listQuestions.key);
        }}
      />
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </div>
  );
}
