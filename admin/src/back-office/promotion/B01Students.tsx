import { useParams } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { t } from '../../lib/i18n';
import { subscriptionApi } from '../../lib/subscription-client';

/** The students of one class of the *last* uploaded file (PRM-04), with where each one is now. */
export default function B01Students(props: { gradeCode: string; className: string; uploadId: string; onClose: () => void }) {
  const params = useParams<{ school: string }>();
  const [rows] = createResource(
    () => ({ gradeCode: props.gradeCode, className: props.className, uploadId: props.uploadId }),
    (q) => subscriptionApi(params.school).b01.students({ gradeCode: q.gradeCode, className: q.className, pageSize: 100 }),
  );
  return (
    <section class="panel prm__students" aria-labelledby="b01-students-title">
      <div class="prm__head">
        <h2 id="b01-students-title">{t('prm.students', { class: props.className })}</h2>
        <button type="button" class="button button--small" onClick={props.onClose}>
          {t('prm.closeStudents')}
        </button>
      </div>
      <Show when={rows.error}>
        <p class="form-error" role="alert">
          {(rows.error as Error).message}
        </p>
      </Show>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('prm.seq')}</th>
              <th scope="col">{t('prm.studentName')}</th>
              <th scope="col">{t('prm.educationId')}</th>
              <th scope="col">{t('prm.current')}</th>
              <th scope="col">{t('prm.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()?.items ?? []}>
              {(r) => (
                <tr classList={{ 'prm__row--anomaly': r.anomalies.length > 0 }}>
                  <td>{r.classNumber ?? '—'}</td>
                  <td>{r.name}</td>
                  <td>{r.educationId}</td>
                  <td>{r.currentClassName ?? <span class="muted">{t('prm.notInContacts')}</span>}</td>
                  <td>
                    <For each={r.anomalies}>{(a) => <span class="prm__reason">
                          <span class="prm__bang" aria-hidden="true">
                            !
                          </span>
                          {a.label}
                        </span>}</For>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
