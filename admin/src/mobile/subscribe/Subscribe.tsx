import { A, createAsync, useParams, useSearchParams } from '@solidjs/router';
import { createResource, createSignal, Match, onMount, Show, Switch } from 'solid-js';
import LanguageSwitch from '../../components/LanguageSwitch';
import SchoolName from '../../components/SchoolName';
import { schoolApi } from '../../lib/client';
import { locale, t } from '../../lib/i18n';
import { getSchoolInfo } from '../../lib/session';
import { type DraftView, type SubscriptionKind, subscriptionApi } from '../../lib/subscription-client';
import { useTitle } from '../../lib/title';
import CardStep from './CardStep';
import DoneStep from './DoneStep';
import PhoneStep from './PhoneStep';
import ProfileStep, { type CardMode } from './ProfileStep';
import { isExpired } from './errors';
import './subscribe.css';

const KINDS: SubscriptionKind[] = ['admin', 'staff', 'family'];
type Screen = 'terms' | 'phone' | 'profile' | 'card' | 'done';

/**
 * 訂閱 (manual §1, SUB-01..07), opened from a school's QR code without signing in: terms →
 * 同意 → identity and phone (+ SMS code) → name and choices → card and birth date → done (or
 * 等待審批 for admins). The draft's token lives in this tab only, so a reload keeps the place.
 */
export default function Subscribe() {
  const params = useParams<{ school: string }>();
  const [search] = useSearchParams<{ kind?: string }>();
  const kind = () => (KINDS.includes(search.kind as SubscriptionKind) ? (search.kind as SubscriptionKind) : null);
  const api = () => subscriptionApi(params.school);
  const info = createAsync(() => getSchoolInfo(params.school).catch(() => undefined));
  const storageKey = () => `smart-campus.subscribe.${params.school}.${kind()}`;
  const [screen, setScreen] = createSignal<Screen>('terms');
  const [token, setTokenSignal] = createSignal<string | null>(null);
  const [draft, setDraft] = createSignal<DraftView | null>(null);
  const [cardMode, setCardMode] = createSignal<CardMode>('education');
  // someone signed in on this phone already: scanning the code again shows what they subscribed
  const [me] = createResource(() => params.school, (school) => schoolApi(school).auth.me().catch(() => null));
  useTitle(() => (kind() ? t(`sub.kind.${kind() ?? 'family'}`) : t('sub.badKind')));

  const setToken = (value: string | null) => {
    setTokenSignal(value);
    try {
      if (value) sessionStorage.setItem(storageKey(), value);
      else sessionStorage.removeItem(storageKey());
    } catch {
      // storage blocked: the flow still works until the tab closes
    }
  };

  /** Back to the start (an expired draft, or 重新開始). */
  const restart = () => {
    setToken(null);
    setDraft(null);
    setScreen('terms');
  };

  // a reload in the middle of the flow: carry on where the draft stands
  onMount(async () => {
    let saved: string | null = null;
    try {
      saved = sessionStorage.getItem(storageKey());
    } catch {
      saved = null;
    }
    if (!saved || !kind()) return;
    try {
      const d = await api().draft.get(saved);
      setTokenSignal(saved);
      setDraft(d);
      setScreen(d.step === 'profile' ? 'profile' : d.step === 'card' ? 'card' : d.step === 'done' || d.step === 'pending' ? 'done' : 'phone');
    } catch {
      setToken(null);
    }
  });

  const title = () => t('sub.title', { school: info()?.name[locale()] ?? params.school });

  return (
    <main class="m-auth sub">
      <header class="m-auth__head">
        <span class="brand__mark" aria-hidden="true" />
        <p class="m-auth__school">
          <SchoolName info={info()} code={params.school} />
        </p>
        <LanguageSwitch />
      </header>
      <Show
        when={kind()}
        fallback={
          <p class="form-error sub__body" role="alert">
            {t('sub.badKind')}
          </p>
        }
      >
        {(k) => (
          <div class="sub__body">
            <p class="sub__kind">{t(`sub.kind.${k()}`)}</p>
            <h1 class="sub__title">{title()}</h1>
            <Show when={me()?.surface === 'mobile' ? me()?.member : undefined}>
              {(m) => (
                <p class="sub__already" role="note">
                  {t('sub.my.already', { name: m().name })}{' '}
                  <A href={`/${params.school}/m/identities`}>{t('sub.viewCards')}</A>
                </p>
              )}
            </Show>
            <Switch>
              <Match when={screen() === 'terms'}>
                <section class="sub__terms" aria-labelledby="sub-terms-title">
                  <h2 id="sub-terms-title">{t('sub.termsTitle')}</h2>
                  <p>{t('sub.terms')}</p>
                  <button type="button" class="button button--primary button--block button--large" onClick={() => setScreen('phone')}>
                    {t('sub.agree')}
                  </button>
                </section>
              </Match>
              <Match when={screen() === 'phone'}>
                <PhoneStep
                  school={params.school}
                  kind={k()}
                  token={token()}
                  onToken={setToken}
                  onExpired={restart}
                  onVerified={() => setScreen('profile')}
                />
              </Match>
              <Match when={screen() === 'profile' && token()}>
                {(tk) => <ProfileStep school={params.school} kind={k()} token={tk()} draft={draft()} onExpired={restart} onDone={(mode) => (setCardMode(mode), setScreen('card'))} />}
              </Match>
              <Match when={screen() === 'card' && token()}>
                {(tk) => (
                  <CardStep
                    mode={cardMode()}
                    onBack={() => setScreen('profile')}
                    submit={async (input) => {
                      try {
                        setDraft(await api().draft.complete(tk(), input));
                        setScreen('done');
                      } catch (error) {
                        if (isExpired(error)) return restart();
                        throw error;
                      }
                    }}
                  />
                )}
              </Match>
              <Match when={screen() === 'done' && token() && draft()}>
                <DoneStep school={params.school} token={token() ?? ''} draft={draft() as DraftView} onDraft={setDraft} onRestart={restart} />
              </Match>
            </Switch>
          </div>
        )}
      </Show>
    </main>
  );
}
