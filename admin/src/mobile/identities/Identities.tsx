import { useParams } from '@solidjs/router';
import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { t } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { subscriptionApi } from '../../lib/subscription-client';
import { useTitle } from '../../lib/title';
import PageHeader from '../more/PageHeader';
import AddChild from '../subscribe/AddChild';
import AddIdentity from '../subscribe/AddIdentity';
import SubscribedCards from '../subscribe/SubscribedCards';
import FormError from '../../components/FormError';
import StatusNote from '../../components/StatusNote';
import '../subscribe/subscribe.css';
import './identities.css';

type Adding = null | 'child' | 'teacher' | 'staff';

/**
 * 查看已訂閱教育證 for a signed-in member (SUB-03, SUB-04): the identities and cards they
 * subscribed with; a staff member adds the identity they have not subscribed (掃描職員證 /
 * 掃描教學人員證, each with its own card), a parent adds a child (添加學生, one card each).
 */
export default function Identities() {
  const params = useParams<{ school: string }>();
  const session = useSession();
  const api = () => subscriptionApi(params.school);
  const [mine, { refetch }] = createResource(() => params.school, () => api().mine());
  const [adding, setAdding] = createSignal<Adding>(null);
  const [note, setNote] = createSignal('');
  useTitle(() => t('sub.my.title'));

  const member = () => session()?.member;
  const cards = () => mine()?.items ?? [];
  const identities = () => [...new Set(cards().map((c) => c.identity))];
  // SUB-03: a staff member may subscribe each staff identity once
  const staffToAdd = () => (member()?.kind === 'staff' ? (['teacher', 'staff'] as const).filter((i) => !identities().includes(i)) : []);

  async function added(message: string) {
    await refetch();
    setAdding(null);
    setNote(message);
  }
  const start = (what: Adding) => (setNote(''), setAdding(what));

  return (
    <>
      <PageHeader title={t('sub.my.title')} />
      <main class="m-body sub-my">
        <section class="m-card sub-my__who" aria-label={t('sub.subscribedAs')}>
          <span class="avatar sub-my__avatar" aria-hidden="true">
            {member()?.name.slice(0, 1)}
          </span>
          <div>
            <p class="sub-my__name">{member()?.name}</p>
            <p class="muted sub-my__identities">
              {t('sub.subscribedAs')}：{identities().map((i) => t(`sub.identity.${i}`)).join('、') || '—'}
            </p>
          </div>
        </section>
        <Show when={note()}>
          <StatusNote>{note()}</StatusNote>
        </Show>
        <FormError message={(mine.error as Error | undefined)?.message} />
        <Show when={mine()} fallback={<p class="loading">{t('common.loading')}</p>}>
          <SubscribedCards cards={cards()} holder={member()?.name ?? ''} dates />
        </Show>
        <Switch>
          <Match when={adding() === 'child'}>
            <AddChild
              loadOptions={() => api().myOptions()}
              submit={async (input) => (await api().addMyChild(input), await added(t('sub.childAdded')))}
              onCancel={() => setAdding(null)}
            />
          </Match>
          <Match when={adding() === 'teacher' || adding() === 'staff'}>
            <AddIdentity
              identity={adding() as 'teacher' | 'staff'}
              loadOptions={() => api().myOptions()}
              submit={async (input) => (await api().addMyIdentity(input), await added(t('sub.my.identityAdded', { identity: t(`sub.identity.${input.identity}`) })))}
              onCancel={() => setAdding(null)}
            />
          </Match>
          <Match when={member()?.kind === 'parent'}>
            <p class="sub__note">{t('sub.familyNote')}</p>
            <button type="button" class="button button--primary button--block button--large" onClick={() => start('child')}>
              {t('sub.addStudent')}
            </button>
          </Match>
          <Match when={staffToAdd().length > 0}>
            <p class="sub__note">{t('sub.my.identityNote')}</p>
            <div class="sub-my__actions">
              <For each={staffToAdd()}>
                {(identity) => (
                  <button type="button" class="button button--outline button--block button--large" onClick={() => start(identity)}>
                    {t(`sub.my.scan.${identity}`)}
                  </button>
                )}
              </For>
            </div>
          </Match>
        </Switch>
      </main>
    </>
  );
}
