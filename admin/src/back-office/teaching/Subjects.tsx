import { createAsync, query, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../components/ConfirmDialog';
import Pager from '../../components/Pager';
import SearchBox from '../../components/SearchBox';
import { homeworkApi, type Subject, type SubjectQuery } from '../../lib/homework-client';
import { t } from '../../lib/i18n';
import { useListParams } from '../../lib/list-params';
import { useSession } from '../../lib/session';
import { enabledSubjects } from '../homework/queries';
import SubjectDialog from './SubjectDialog';
import '../contacts/contacts.css';
import '../homework/homework.css';

const listSubjects = query((school: string, q: SubjectQuery) => homeworkApi(school).subjects.list(q), 'subjects');

/** 科目管理 (TT-07, manual §5): 科目 編碼 狀態 操作; super admins add, edit, enable and disable. */
export default function Subjects() {
  const params = useParams<{ school: string }>();
  const session = useSession();
  const list = useListParams(['enabled'] as const);
  const page = createAsync(() => listSubjects(params.school, { ...list.query(), enabled: list.query().enabled as SubjectQuery['enabled'] }));
  const manages = () => ['creator', 'super'].includes(session()?.member.adminRole ?? '');
  const [editing, setEditing] = createSignal<Subject | 'new' | null>(null);
  const [request, setRequest] = createSignal<ConfirmRequest | null>(null);
  const [note, setNote] = createSignal('');

  const refresh = () => revalidate([listSubjects.key, enabledSubjects.key]);

  function toggle(s: Subject) {
    setRequest({
      title: t(s.enabled ? 'hw.subj.disableTitle' : 'hw.subj.enableTitle'),
      body: t(s.enabled ? 'hw.subj.disableBody' : 'hw.subj.enableBody', { name: s.name }),
      confirmLabel: t(s.enabled ? 'hw.subj.disable' : 'hw.subj.enable'),
      danger: s.enabled,
      run: async () => {
        await homeworkApi(params.school).subjects.update(s.id, { enabled: !s.enabled });
        setNote(t('hw.subj.saved', { name: s.name }));
        await refresh();
      },
    });
  }

  return (
    <div class="hw-screen">
      <div class="toolbar">
        <SearchBox value={list.query().q} placeholder={t('hw.subj.search')} onSearch={(q) => list.setFilter('q', q)} />
        <label class="toolbar__filter">
          {t('hw.status')}:
          <select value={list.query().enabled} onChange={(e) => list.setFilter('enabled', e.currentTarget.value)}>
            <option value="">{t('hw.all')}</option>
            <option value="1">{t('hw.subj.enabled')}</option>
            <option value="0">{t('hw.subj.disabled')}</option>
          </select>
        </label>
        <span class="toolbar__spacer" />
        <Show when={manages()}>
          <button type="button" class="button button--primary" onClick={() => setEditing('new')}>
            + {t('hw.add')}
          </button>
        </Show>
      </div>
      <p class="notice" role="status">
        {note()}
      </p>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('hw.subj.name')}</th>
              <th scope="col">{t('hw.subj.code')}</th>
              <th scope="col">{t('hw.status')}</th>
              <Show when={manages()}>
                <th scope="col">{t('hw.actions')}</th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={page()?.items} fallback={<tr><td colspan="4" class="table__empty">{t('common.empty')}</td></tr>}>
              {(s) => (
                <tr classList={{ 'row--muted': !s.enabled }}>
                  <th scope="row">{s.name}</th>
                  <td>
                    <span class="code-tag">{s.code}</span>
                  </td>
                  <td>
                    <span class="badge" classList={{ 'badge--active': s.enabled, 'badge--disabled': !s.enabled }}>
                      {t(s.enabled ? 'hw.subj.enabled' : 'hw.subj.disabled')}
                    </span>
                  </td>
                  <Show when={manages()}>
                    <td class="actions">
                      <div class="actions__row">
                        <button type="button" class="button button--small" onClick={() => setEditing(s)} aria-label={`${t('hw.edit')} ${s.name}`}>
                          {t('hw.edit')}
                        </button>
                        <button
                          type="button"
                          class="button button--small"
                          classList={{ 'button--danger-text': s.enabled }}
                          onClick={() => toggle(s)}
                          aria-label={`${t(s.enabled ? 'hw.subj.disable' : 'hw.subj.enable')} ${s.name}`}
                        >
                          {t(s.enabled ? 'hw.subj.disable' : 'hw.subj.enable')}
                        </button>
                      </div>
                    </td>
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={page()}>
        {(p) => <Pager page={p().page} pageSize={p().pageSize} total={p().total} onPage={list.setPage} onPageSize={list.setPageSize} />}
      </Show>
      <p class="hw-note">{manages() ? t('hw.subj.note') : `${t('hw.subj.note')} ${t('hw.subj.readOnly')}`}</p>
      <SubjectDialog
        school={params.school}
        subject={editing()}
        onClose={() => setEditing(null)}
        onSaved={async (s) => {
          setNote(t('hw.subj.saved', { name: s.name }));
          await refresh();
        }}
      />
      <ConfirmDialog request={request()} onClose={() => setRequest(null)} />
    </div>
  );
}
