import { A, createAsync, query, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { homeworkApi, type Transcript as TranscriptData } from '../../../lib/homework-client';
import { formatDateTime, t } from '../../../lib/i18n';
import { formatScore, markResult, SubmissionBadge } from '../labels';
import { TextWithBlanks } from '../questions/ContentView';
import AnswerView from './AnswerView';
import '../homework.css';

const getTranscript = query((school: string, id: string, sub: string) => homeworkApi(school).assignments.transcript(id, sub), 'hw-transcript');

/** 成績單 (HW-11): one student's homework as it stands, per question answer, result and score; printable. */
export default function Transcript() {
  const params = useParams<{ school: string; id: string; submissionId: string }>();
  const data = createAsync(() => getTranscript(params.school, params.id, params.submissionId));
  const result = (m: TranscriptData['sections'][number]['questions'][number]['mark']) => (!m ? t('hw.tr.notGraded') : (markResult(m)?.label ?? ''));
  return (
    <Show when={data()}>
      {(d) => (
        <div class="hw-screen hw-transcript">
          <div class="hw-head hw-no-print">
            <span />
            <div class="hw-toolbar-actions">
              <button type="button" class="button button--primary" onClick={() => window.print()}>
                {t('hw.tr.print')}
              </button>
              <A class="button" href={`/${params.school}/homework/assignments/${params.id}`}>
                {t('hw.back')}
              </A>
            </div>
          </div>
          <article class="panel hw-sheet">
            <header class="hw-sheet__head">
              <h2>{t('hw.tr.title')}</h2>
              <p class="hw-sheet__title">{d().assignment.title}</p>
              <dl class="hw-sheet__facts">
                <div>
                  <dt>{t('hw.tr.student')}</dt>
                  <dd>{d().student.name}</dd>
                </div>
                <div>
                  <dt>{t('hw.tr.class')}</dt>
                  <dd>{d().className}</dd>
                </div>
                <div>
                  <dt>{t('hw.status')}</dt>
                  <dd>
                    <SubmissionBadge status={d().status} late={d().attempt?.late} />
                  </dd>
                </div>
                <Show when={d().assignment.scored}>
                  <div>
                    <dt>{t('hw.tr.score')}</dt>
                    <dd class="hw-sheet__score">
                      {d().score === null ? '—' : formatScore(d().score)} / {formatScore(d().totalScore)}
                    </dd>
                  </div>
                </Show>
                <Show when={d().attempt}>
                  {(a) => (
                    <div>
                      <dt>{t('hw.gr.attempt', { n: a().number })}</dt>
                      <dd>{formatDateTime(a().submittedAt)}</dd>
                    </div>
                  )}
                </Show>
              </dl>
            </header>
            <For each={d().sections}>
              {(s) => (
                <section class="hw-sheet__section">
                  <h3>{s.title}</h3>
                  <table class="table">
                    <thead>
                      <tr>
                        <th scope="col">#</th>
                        <th scope="col">{t('hw.gr.question')}</th>
                        <th scope="col">{t('hw.q.answer')}</th>
                        <th scope="col">{t('hw.tr.result')}</th>
                        <Show when={d().assignment.scored}>
                          <th scope="col">{t('hw.tr.score')}</th>
                        </Show>
                        <th scope="col">{t('hw.gr.remark')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={s.questions}>
                        {(q, i) => (
                          <tr>
                            <td class="muted">{i() + 1}</td>
                            <td class="hw-sheet__q">
                              <TextWithBlanks text={q.text} fill={q.type === 'fill'} />
                            </td>
                            <td>
                              <AnswerView question={q} answer={q.answer} files={d().files} />
                            </td>
                            <td class="nowrap">{result(q.mark)}</td>
                            <Show when={d().assignment.scored}>
                              <td class="nowrap">
                                {q.mark?.score === null || q.mark?.score === undefined ? '—' : formatScore(q.mark.score)} / {formatScore(q.score)}
                              </td>
                            </Show>
                            <td>{q.mark?.remark}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </section>
              )}
            </For>
            <footer class="hw-sheet__foot">
              <Show when={d().verdict}>
                <p>
                  <strong>{t('hw.tr.verdict')}:</strong> {t(d().verdict === 'done' ? 'hw.gr.done' : 'hw.gr.correction')}
                </p>
              </Show>
              <Show when={d().remark}>
                <p>
                  <strong>{t('hw.tr.remark')}:</strong> {d().remark}
                </p>
              </Show>
              <p class="muted">{t('hw.tr.printedAt', { at: formatDateTime(new Date().toISOString()) })}</p>
            </footer>
          </article>
        </div>
      )}
    </Show>
  );
}
