import { createAsync, revalidate, useLocation, useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, onMount, Show } from 'solid-js';
import ConfirmDialog, { type ConfirmRequest } from '../../../components/ConfirmDialog';
import FormError from '../../../components/FormError';
import { type AssignmentAction, homeworkApi } from '../../../lib/homework-client';
import { formatDateTime, type MessageKey, t } from '../../../lib/i18n';
import { useTitle } from '../../../lib/title';
import PageHeader from '../../more/PageHeader';
import { fmtScore } from '../format';
import { assignmentOf, assignmentsOf, submissionsOf } from '../queries';
import { AssignmentTag } from '../shared/Tags';
import StudentList from './StudentList';
import '../homework.css';

type Act = 'publish' | 'publishScores' | 'remind' | 'close';
const ASK: Record<Act, { title: MessageKey; body: MessageKey; label: MessageKey; done: MessageKey; danger?: boolean }> = {
  publish: { title: 'hw.as.publishTitle', body: 'hw.as.publishBody', label: 'hwm.publish', done: 'hwm.publishedNow' },
  publishScores: { title: 'hw.as.publishScoresTitle', body: 'hw.as.publishScoresBody', label: 'hw.as.act.publishScores', done: 'hw.as.scoresPublished' },
  remind: { title: 'hw.as.remindTitle', body: 'hw.as.remindBody', label: 'hw.as.act.remind', done: 'hw.as.reminded' },
  close: { title: 'hw.as.closeTitle', body: 'hw.as.closeBody', label: 'hw.as.act.close', done: 'hw.as.closedDone', danger: true },
};

/**
 * A homework on the teacher's phone (manual §9 查看作業): its counts, 發佈分數 (a), the students
 * who have not handed it in (b), each student's state (c) leading to their answers (d); also
 * 提醒, 封存 and the Excel of results. A draft can be sent from here (edited in the back-office).
 */
export default function Assignment() {
  const params = useParams<{ school: string; id: string }>();
  const location = useLocation<{ flash?: string }>();
  const api = () => homeworkApi(params.school);
  const navigate = useNavigate();
  const [status, setStatus] = createSignal(location.state?.flash ?? '');
  // said once: not again on a reload or on coming back
  onMount(() => location.state?.flash && navigate(`/${params.school}/m/apps/homework/${params.id}`, { replace: true, scroll: false, state: {} }));
  const [error, setError] = createSignal('');
  const [ask, setAsk] = createSignal<ConfirmRequest | null>(null);
  const item = createAsync(() =>
    assignmentOf(params.school, params.id).catch((e) => {
      setError(e instanceof Error ? e.message : String(e));
      return null;
    }),
  );
  useTitle(() => item()?.title ?? t('hwm.title'));
  const can = (a: AssignmentAction) => item()?.actions.includes(a) ?? false;

  function act(kind: Act) {
    const a = item();
    if (!a) return;
    const k = ASK[kind];
    setAsk({
      title: t(k.title),
      body: t(k.body, { title: a.title }),
      confirmLabel: t(k.label),
      danger: k.danger,
      run: async () => {
        if (kind === 'publish') await api().assignments.publish(a.id);
        else if (kind === 'publishScores') await api().assignments.publishScores(a.id);
        else if (kind === 'remind') await api().assignments.remind(a.id);
        else await api().assignments.close(a.id);
        setStatus(t(k.done));
        await revalidate([assignmentOf.key, submissionsOf.key, assignmentsOf.key]);
      },
    });
  }

  async function exportResults() {
    setError('');
    try {
      const file = await api().assignments.export(params.id);
      const url = URL.createObjectURL(file.blob);
      const link = Object.assign(document.createElement('a'), { href: url, download: file.fileName });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <>
      <PageHeader title={t('hwm.detail')} back={`/${params.school}/m/apps/homework`} />
      <main class="m-body">
        <Show when={item() !== undefined} fallback={<p class="loading">{t('common.loading')}</p>}>
          <Show when={item()} fallback={<p class="m-empty">{error() || t('hwm.missing')}</p>}>
            {(a) => (
              <>
                <section class="hwm-card hwm-head" aria-labelledby="hwm-head-title">
                  <div class="hwm-card__head">
                    <h2 id="hwm-head-title" class="hwm-card__title">
                      {a().title}
                    </h2>
                    <AssignmentTag status={a().status} />
                  </div>
                  <dl class="hwm-facts">
                    <dt>{t('hw.subject')}</dt>
                    <dd>
                      {a().subject.name} · {t(`hw.as.kind.${a().kind}`)}
                    </dd>
                    <dt>{t('hw.as.class')}</dt>
                    <dd>{a().classes.map((c) => c.name).join('、')}</dd>
                    <dt>{t('hw.as.deadline')}</dt>
                    <dd>{formatDateTime(a().deadline) || '—'}</dd>
                    <Show when={a().status === 'draft'}>
                      <dt>{t('hw.as.scheduledAt')}</dt>
                      <dd>{formatDateTime(a().scheduledAt) || '—'}</dd>
                    </Show>
                    <dt>{t('hw.as.scored')}</dt>
                    <dd>{a().scored ? t('hwm.totalScore', { n: fmtScore(a().totalScore) }) : t('hw.gr.unscored')}</dd>
                  </dl>
                  <Show when={a().status !== 'draft'}>
                    <ul class="hwm-stats" role="list">
                      <For
                        each={[
                          ['hwm.students', a().counts.students],
                          ['hwm.submitted', a().counts.submitted],
                          ['hwm.graded', a().counts.graded],
                          ['hwm.notSubmitted', a().counts.students - a().counts.submitted],
                        ] as [MessageKey, number][]}
                      >
                        {([label, n]) => (
                          <li>
                            <strong>{n}</strong>
                            <span>{t(label)}</span>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                  <Show when={a().status === 'draft'}>
                    <p class="field__hint">{t('hwm.draftNote')}</p>
                  </Show>
                  <div class="hwm-toolbar">
                    <Show when={a().status === 'draft' && can('edit')}>
                      <button type="button" class="button button--primary" onClick={() => act('publish')}>
                        {t('hwm.publish')}
                      </button>
                    </Show>
                    <Show when={can('publishScores')}>
                      <button type="button" class="button button--primary" onClick={() => act('publishScores')}>
                        {t('hw.as.act.publishScores')}
                      </button>
                    </Show>
                    <Show when={can('remind')}>
                      <button type="button" class="button" onClick={() => act('remind')}>
                        {t('hw.as.act.remind')}
                      </button>
                    </Show>
                    <Show when={a().status !== 'draft'}>
                      <button type="button" class="button" onClick={exportResults}>
                        {t('hw.sub.export')}
                      </button>
                    </Show>
                    <Show when={can('close')}>
                      <button type="button" class="button button--danger-text" onClick={() => act('close')}>
                        {t('hw.as.act.close')}
                      </button>
                    </Show>
                  </div>
                  <p class="hwm-status" role="status">
                    {status()}
                  </p>
                  <FormError message={error()} />
                </section>
                <Show when={a().status !== 'draft'}>
                  <StudentList school={params.school} assignment={a()} />
                </Show>
              </>
            )}
          </Show>
        </Show>
      </main>
      <ConfirmDialog request={ask()} onClose={() => setAsk(null)} />
    </>
  );
}
