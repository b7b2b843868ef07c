import { A } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import Field from '../../components/Field';
import { t } from '../../lib/i18n';
import { type CardInput, type DraftView, subscriptionApi } from '../../lib/subscription-client';
import CardStep from './CardStep';
import { type FieldErrors } from './errors';
import { ClassOptions } from './ProfileStep';

/**
 * The end of the flow: 等待審批 for an admin (SUB-01); otherwise the verified phone, 已訂閱身份
 * with 查看已訂閱教育證 (SUB-03), and for a parent 添加學生 (SUB-04: one card per child).
 */
export default function DoneStep(props: { school: string; token: string; draft: DraftView; onDraft: (d: DraftView) => void; onRestart: () => void }) {
  const api = () => subscriptionApi(props.school);
  const [showCards, setShowCards] = createSignal(props.draft.kind === 'family');
  const [adding, setAdding] = createSignal<null | 'form' | 'card'>(null);
  const [added, setAdded] = createSignal(false);
  const [child, setChild] = createSignal({ studentName: '', classId: '', relation: '' });
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [options] = createResource(
    () => (props.draft.kind === 'family' && adding() ? props.token : null),
    (token) => api().draft.options(token),
  );
  const pending = () => props.draft.step === 'pending';

  const toCard = (e: SubmitEvent) => {
    e.preventDefault();
    const c = child();
    const missing = (['studentName', 'classId', 'relation'] as const).find((f) => !c[f]);
    if (missing) return setErrors({ [missing]: t(missing === 'studentName' ? 'sub.studentNameHint' : missing === 'classId' ? 'sub.pickClass' : 'sub.pickRelation') });
    setErrors({});
    setAdding('card');
  };

  async function addChild(input: CardInput) {
    try {
      await api().draft.addChild(props.token, { ...child(), ...input });
    } catch (error) {
      // a refusal about the child (name, class, relation) belongs on the form before the card
      const field = (error as { field?: string }).field;
      if (field === 'studentName' || field === 'classId' || field === 'relation') {
        setErrors({ [field]: (error as Error).message });
        setAdding('form');
        return;
      }
      throw error;
    }
    props.onDraft(await api().draft.get(props.token));
    setAdding(null);
    setAdded(true);
    setShowCards(true);
    setChild({ studentName: '', classId: '', relation: '' });
  }

  return (
    <section class="sub__done" aria-labelledby="sub-done-title">
      <Show
        when={!pending()}
        fallback={
          <>
            <h2 id="sub-done-title" class="sub__state">
              {t('sub.pendingTitle')}
            </h2>
            <p>{t('sub.pending')}</p>
          </>
        }
      >
        <h2 id="sub-done-title" class="sub__state sub__state--ok">
          ✓ {t('sub.doneTitle')}
        </h2>
        <Show when={added()}>
          <p class="notice" role="status">
            {t('sub.childAdded')}
          </p>
        </Show>
        <dl class="sub__facts">
          <dt>{t('sub.verifiedPhone')}</dt>
          <dd>{props.draft.phone}</dd>
          <dt>{t('sub.name')}</dt>
          <dd>{props.draft.name}</dd>
          <dt>{t('sub.subscribedAs')}</dt>
          <dd>
            {[...new Set(props.draft.cards.map((c) => c.identity))].map((i) => t(`sub.identity.${i}`)).join('、') || t(`sub.identity.${props.draft.identity}`)}{' '}
            <button type="button" class="button button--link" aria-expanded={showCards()} onClick={() => setShowCards((v) => !v)}>
              {showCards() ? t('sub.hideCards') : t('sub.viewCards')}
            </button>
          </dd>
        </dl>
        <Show when={showCards()}>
          <ul class="sub__cards">
            <For each={props.draft.cards}>
              {(c) => (
                <li class="m-card">
                  <strong>{c.student?.name ?? props.draft.name}</strong>
                  <span>{c.student?.className}</span>
                  <span class="muted">
                    {t(`sub.card.${c.cardType}`)} {c.cardNumber}
                  </span>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <p class="sub__note">{props.draft.kind === 'family' ? t('sub.familyInvite') : t('sub.staffInvite')}</p>
        <Show when={props.draft.kind === 'family'}>
          <Show
            when={adding()}
            fallback={
              <button type="button" class="button button--outline button--block button--large" onClick={() => setAdding('form')}>
                {t('sub.addStudent')}
              </button>
            }
          >
            <Show
              when={adding() === 'card'}
              fallback={
                <form class="sub__form sub__child" onSubmit={toCard} novalidate aria-label={t('sub.addStudent')}>
                  <Field
                    id="sub-child-name"
                    label={t('sub.studentName')}
                    placeholder={t('sub.studentNameHint')}
                    value={child().studentName}
                    onInput={(e) => setChild((c) => ({ ...c, studentName: e.currentTarget.value }))}
                    error={errors().studentName}
                  />
                  <div class="field" classList={{ 'field--invalid': !!errors().classId }}>
                    <label for="sub-child-class">{t('sub.class')}</label>
                    <select id="sub-child-class" value={child().classId} onChange={(e) => setChild((c) => ({ ...c, classId: e.currentTarget.value }))}>
                      <option value="">{t('sub.pickClass')}</option>
                      <ClassOptions classes={options()?.classes ?? []} />
                    </select>
                    <Show when={errors().classId}>
                      <p class="field__error" role="alert">
                        {errors().classId}
                      </p>
                    </Show>
                  </div>
                  <div class="field" classList={{ 'field--invalid': !!errors().relation }}>
                    <label for="sub-child-relation">{t('sub.relation')}</label>
                    <select id="sub-child-relation" value={child().relation} onChange={(e) => setChild((c) => ({ ...c, relation: e.currentTarget.value }))}>
                      <option value="">{t('sub.pickRelation')}</option>
                      <For each={options()?.relations ?? []}>{(r) => <option value={r}>{r}</option>}</For>
                    </select>
                    <Show when={errors().relation}>
                      <p class="field__error" role="alert">
                        {errors().relation}
                      </p>
                    </Show>
                  </div>
                  <p class="sub__note">{t('sub.familyNote')}</p>
                  <div class="sub__pair">
                    <button type="button" class="button button--outline button--large" onClick={() => setAdding(null)}>
                      {t('sub.back')}
                    </button>
                    <button type="submit" class="button button--primary button--large">
                      {t('sub.next')}
                    </button>
                  </div>
                </form>
              }
            >
              <CardStep mode="education" onBack={() => setAdding('form')} submit={addChild} />
            </Show>
          </Show>
        </Show>
        <A class="button button--primary button--block button--large sub__go" href={`/${props.school}/m/sign-in`}>
          {t('sub.goSignIn')}
        </A>
      </Show>
    </section>
  );
}
