import { A } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { t } from '../../lib/i18n';
import { type DraftView, subscriptionApi } from '../../lib/subscription-client';
import AddChild from './AddChild';
import AddIdentity from './AddIdentity';
import SubscribedCards, { missingIdentity } from './SubscribedCards';
import StatusNote from '../../components/StatusNote';

/** SUB-01 while an admin's request waits, and once it is decided (the page reloaded later). */
function RequestState(props: { draft: DraftView }) {
  const status = () => props.draft.request?.status ?? 'pending';
  return (
    <Switch
      fallback={
        <>
          <h2 id="sub-done-title" class="sub__state">
            {t('sub.pendingTitle')}
          </h2>
          <p>{t('sub.pending')}</p>
        </>
      }
    >
      <Match when={status() === 'approved'}>
        <h2 id="sub-done-title" class="sub__state sub__state--ok">
          ✓ {t('sub.approvedTitle')}
        </h2>
        <p>{t('sub.approvedNote')}</p>
      </Match>
      <Match when={status() === 'rejected'}>
        <h2 id="sub-done-title" class="sub__state sub__state--no">
          {t('sub.rejectedTitle')}
        </h2>
        <p>{t('sub.rejectedNote')}</p>
        <Show when={props.draft.request?.reason}>
          <p class="sub__reason">{t('sub.req.reasonWas', { reason: props.draft.request?.reason ?? '' })}</p>
        </Show>
      </Match>
    </Switch>
  );
}

/**
 * The end of the flow: 等待審批 for an admin (SUB-01); otherwise the verified phone, 已訂閱身份
 * with 查看已訂閱教育證, for a staff member with both cards 掃描職員證 / 掃描教學人員證 (SUB-03),
 * for a parent 添加學生 (SUB-04: one card per child).
 */
export default function DoneStep(props: { school: string; token: string; draft: DraftView; onDraft: (d: DraftView) => void; onRestart: () => void }) {
  const api = () => subscriptionApi(props.school);
  const [showCards, setShowCards] = createSignal(props.draft.kind === 'family');
  const [adding, setAdding] = createSignal(false);
  const [added, setAdded] = createSignal('');
  const pending = () => props.draft.step === 'pending';
  const other = () => (props.draft.kind === 'staff' ? missingIdentity(props.draft.cards) : null);

  async function refresh(message: string) {
    props.onDraft(await api().draft.get(props.token));
    setAdding(false);
    setAdded(message);
    setShowCards(true);
  }

  return (
    <section class="sub__done" aria-labelledby="sub-done-title">
      <Show when={!pending()} fallback={<RequestState draft={props.draft} />}>
        <h2 id="sub-done-title" class="sub__state sub__state--ok">
          ✓ {t('sub.doneTitle')}
        </h2>
        <Show when={added()}>
          <StatusNote>{added()}</StatusNote>
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
          <SubscribedCards cards={props.draft.cards} holder={props.draft.name ?? ''} />
        </Show>
        <p class="sub__note">{props.draft.kind === 'family' ? t('sub.familyInvite') : t('sub.staffInvite')}</p>
        <Show when={props.draft.kind === 'family'}>
          <Show
            when={adding()}
            fallback={
              <button type="button" class="button button--outline button--block button--large" onClick={() => (setAdded(''), setAdding(true))}>
                {t('sub.addStudent')}
              </button>
            }
          >
            <AddChild
              loadOptions={() => api().draft.options(props.token)}
              submit={async (input) => (await api().draft.addChild(props.token, input), await refresh(t('sub.childAdded')))}
              onCancel={() => setAdding(false)}
            />
          </Show>
        </Show>
        <Show when={other()}>
          {(identity) => (
            <Show
              when={adding()}
              fallback={
                <>
                  <p class="sub__note">{t('sub.my.identityNote')}</p>
                  <button type="button" class="button button--outline button--block button--large" onClick={() => (setAdded(''), setAdding(true))}>
                    {t(`sub.my.scan.${identity()}`)}
                  </button>
                </>
              }
            >
              <AddIdentity
                identity={identity()}
                loadOptions={() => api().draft.options(props.token)}
                submit={async (input) => (await api().draft.addIdentity(props.token, input), await refresh(t('sub.my.identityAdded', { identity: t(`sub.identity.${identity()}`) })))}
                onCancel={() => setAdding(false)}
              />
            </Show>
          )}
        </Show>
        <A class="button button--primary button--block button--large sub__go" href={`/${props.school}/m/sign-in`}>
          {t('sub.goSignIn')}
        </A>
      </Show>
    </section>
  );
}
