import { A, createAsync, useParams, useSearchParams } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { type QuestionDetail, QUESTION_TYPES, type QuestionType } from '../../../lib/homework-client';
import { formatDateTime, t } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';
import { QuestionBadge, typeLabel } from '../labels';
import { getQuestion } from '../queries';
import Attachments from './Attachments';
import ContentView, { TextWithBlanks } from './ContentView';
import QuestionEditor from './QuestionEditor';
import '../homework.css';

/** /homework/questions/new?type=… (添加) and /homework/questions/:id: my draft is edited, any other question is shown read-only. */
export default function QuestionPage() {
  const params = useParams<{ school: string; id?: string }>();
  const [search] = useSearchParams();
  const session = useSession();
  const question = createAsync(async () => (params.id ? getQuestion(params.school, params.id) : null));
  const startType = () => {
    const type = String(search.type ?? '');
    return (QUESTION_TYPES as readonly string[]).includes(type) ? (type as QuestionType) : 'single';
  };
  const editable = (q: QuestionDetail) => q.status === 'draft' && q.creator.id === session()?.member.id;
  return (
    <Switch>
      <Match when={!params.id}>
        <QuestionEditor type={startType()} />
      </Match>
      <Match when={question()}>{(q) => (editable(q()) ? <QuestionEditor question={q()} /> : <QuestionView question={q()} />)}</Match>
    </Switch>
  );
}

/** 查看: a question read-only, key included (a published question never changes, HW-02). */
function QuestionView(props: { question: QuestionDetail }) {
  const params = useParams<{ school: string }>();
  const q = () => props.question;
  return (
    <div class="hw-screen hw-form">
      <div class="hw-head">
        <h2>{t('hw.q.viewTitle', { type: typeLabel(q().type) })}</h2>
        <A href={`/${params.school}/homework/questions`}>{t('hw.back')}</A>
      </div>
      <div class="panel hw-form__panel">
        <p class="hw-lock" role="note">
          {q().status === 'published' ? t('hw.q.locked') : t('hw.q.notYours')}
        </p>
        <dl class="hw-facts">
          <dt>{t('hw.q.text')}</dt>
          <dd class="hw-question-text">
            <TextWithBlanks text={q().text} fill={q().type === 'fill'} />
          </dd>
          <dt>{t('hw.subject')}</dt>
          <dd>{q().subject.name}</dd>
          <dt>{t('hw.type')}</dt>
          <dd>{typeLabel(q().type)}</dd>
          <dt>{t('hw.gr.optionsAnswer')}</dt>
          <dd>
            <ContentView text={q().text} content={q()} />
          </dd>
          <Show when={q().attachments.length}>
            <dt>{t('hw.q.attachments')}</dt>
            <dd>
              <Attachments school={params.school} files={q().attachments} onChange={() => undefined} readOnly />
            </dd>
          </Show>
          <dt>{t('hw.creator')}</dt>
          <dd>
            {q().creator.name} · {formatDateTime(q().createdAt)}
          </dd>
          <dt>{t('hw.status')}</dt>
          <dd>
            <QuestionBadge status={q().status} />
          </dd>
        </dl>
      </div>
    </div>
  );
}
