import { useParams } from '@solidjs/router';
import { createResource, createSignal, For, onMount, Show } from 'solid-js';
import EmptyRow from '../../components/EmptyRow';
import FormError from '../../components/FormError';
import Pager from '../../components/Pager';
import SearchBox from '../../components/SearchBox';
import { t } from '../../lib/i18n';
import type { Id } from '../../lib/client';
import { subscriptionApi } from '../../lib/subscription-client';

/** What is drilled into: one class of the file, or the whole file's anomalies. */
export type B01Drill = { gradeCode: string; className: string } | { anomalies: true };

/**
 * The records of the *last* uploaded file (PRM-04): a class's students, or every anomaly of
 * the file, with where each student is now and the reasons behind ❗ — searchable and paged
 * however long the list, pinned to the upload previewed (a newer file says so).
 */
export default function B01Students(props: { drill: B01Drill; uploadId: Id; onClose: () => void }) {
  const params = useParams<{ school: string }>();
  const byClass = () => ('className' in props.drill ? props.drill : null);
  const [page, setPage] = createSignal(1);
  const [pageSize, setPageSize] = createSignal(50);
  const [q, setQ] = createSignal('');
  const [onlyAnomalies, setOnlyAnomalies] = createSignal(!byClass());
  const [rows] = createResource(
    () => ({ ...(byClass() ?? {}), uploadId: props.uploadId, page: page(), pageSize: pageSize(), q: q(), anomaly: onlyAnomalies() ? ('1' as const) : undefined }),
    (query) => subscriptionApi(params.school).b01.students(query),
  );
  let panel!: HTMLElement;
  onMount(() => panel.scrollIntoView?.({ block: 'start', behavior: 'smooth' }));
  const title = () => {
    const c = byClass();
    return c ? t('prm.students', { class: c.className }) : t('prm.allAnomalies');
  };

  return (
    <section ref={panel} class="panel prm__students" aria-labelledby="b01-students-title">
      <div class="prm__head">
        <h2 id="b01-students-title">{title()}</h2>
        <button type="button" class="button button--small" onClick={props.onClose}>
          {t('prm.closeStudents')}
        </button>
      </div>
      <div class="toolbar prm__students-bar">
        <SearchBox value={q()} placeholder={t('prm.searchStudents')} onSearch={(v) => (setQ(v), setPage(1))} />
        <Show when={byClass()}>
          <label class="toolbar__filter">
            <input type="checkbox" checked={onlyAnomalies()} onChange={(e) => (setOnlyAnomalies(e.currentTarget.checked), setPage(1))} />
            {t('prm.onlyAnomalies')}
          </label>
        </Show>
      </div>
      <FormError message={(rows.error as Error | undefined)?.message} />
      <div class="table-wrap">
        <table class="table" classList={{ 'table--stale': rows.loading }}>
          <thead>
            <tr>
              <Show when={!byClass()}>
                <th scope="col">{t('prm.grade')}</th>
                <th scope="col">{t('prm.classes')}</th>
              </Show>
              <th scope="col">{t('prm.seq')}</th>
              <th scope="col">{t('prm.studentName')}</th>
              <th scope="col">{t('prm.educationId')}</th>
              <th scope="col">{t('prm.current')}</th>
              <th scope="col">{t('prm.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={rows.latest?.items ?? []}
              fallback={<EmptyRow columns={byClass() ? 5 : 7}>{rows.loading ? t('common.loading') : t('common.empty')}</EmptyRow>}
            >
              {(r) => (
                <tr classList={{ 'prm__row--anomaly': r.anomalies.length > 0 }}>
                  <Show when={!byClass()}>
                    <td>{r.gradeCode}</td>
                    <td>{r.className}</td>
                  </Show>
                  <td>{r.classNumber ?? '—'}</td>
                  <td>{r.name}</td>
                  <td class="nowrap">{r.educationId}</td>
                  <td>{r.currentClassName ?? <span class="muted">{t('prm.notInContacts')}</span>}</td>
                  <td>
                    <For each={r.anomalies}>
                      {(a) => (
                        <span class="prm__reason">
                          <span class="prm__bang" aria-hidden="true">
                            !
                          </span>
                          {a.label}
                        </span>
                      )}
                    </For>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={rows.latest}>
        {(p) => <Pager page={p().page} pageSize={p().pageSize} total={p().total} onPage={setPage} onPageSize={(n) => (setPageSize(n), setPage(1))} />}
      </Show>
    </section>
  );
}
