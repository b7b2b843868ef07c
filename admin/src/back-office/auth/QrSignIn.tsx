import { useNavigate, useParams } from '@solidjs/router';
import { createSignal, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { ApiError, schoolApi } from '../../lib/client';
import { t } from '../../lib/i18n';
import { permissionsApi } from '../../lib/permissions-client';
import { rememberSession } from '../../lib/session';
import './qr-sign-in.css';

const POLL_MS = 2000;
/** Network hiccups tolerated in a row before the code is shown as failed. */
const MAX_FAILURES = 3;

type State =
  | { kind: 'loading' }
  | { kind: 'showing'; token: string; svg: string; expiresAt: number }
  | { kind: 'expired'; svg?: string }
  | { kind: 'confirmed'; name: string }
  | { kind: 'failed'; message: string };

const svgSource = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * 掃碼登錄 (APP-03): a QR code from POST /auth/qr; every 2 s the desk asks whether a signed-in
 * staff phone confirmed it; once it has, the back-office session starts here. The code lives
 * two minutes, then 重新獲取 asks for a new one.
 */
export default function QrSignIn() {
  const params = useParams<{ school: string }>();
  const navigate = useNavigate();
  const [state, setState] = createSignal<State>({ kind: 'loading' });
  const [now, setNow] = createSignal(Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  let clock: ReturnType<typeof setInterval> | undefined;
  let alive = true;
  let failures = 0;
  onCleanup(() => {
    alive = false;
    clearTimeout(timer);
    clearInterval(clock);
  });

  async function fresh() {
    clearTimeout(timer);
    setState({ kind: 'loading' });
    failures = 0;
    try {
      const code = await permissionsApi(params.school).qr.create();
      if (!alive) return;
      setState({ kind: 'showing', token: code.token, svg: code.qrSvg, expiresAt: Date.parse(code.expiresAt) });
      timer = setTimeout(() => poll(code.token), POLL_MS);
    } catch (e) {
      if (alive) setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  async function poll(token: string) {
    const current = state();
    if (!alive || current.kind !== 'showing' || current.token !== token) return;
    if (Date.now() >= current.expiresAt) return setState({ kind: 'expired', svg: current.svg });
    try {
      const answer = await permissionsApi(params.school).qr.poll(token);
      failures = 0;
      if (!alive) return;
      if (answer.status === 'confirmed') return enter(answer.member.name);
    } catch (e) {
      if (!alive) return;
      // spent, unknown to this browser, or past its life: the code is of no more use
      if (e instanceof ApiError && (e.code === 'qr_expired' || e.status === 404 || e.status === 410)) return setState({ kind: 'expired', svg: current.svg });
      if (++failures >= MAX_FAILURES) return setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
    timer = setTimeout(() => poll(token), POLL_MS);
  }

  async function enter(name: string) {
    setState({ kind: 'confirmed', name });
    try {
      // `me` hands this page the new session's CSRF token, like a password sign-in does
      const session = await schoolApi(params.school).auth.me();
      rememberSession(params.school, 'back-office', session);
      navigate(`/${params.school}`, { replace: true });
    } catch (e) {
      if (alive) setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  onMount(() => {
    void fresh();
    clock = setInterval(() => {
      setNow(Date.now());
      const current = state();
      if (current.kind === 'showing' && Date.now() >= current.expiresAt) setState({ kind: 'expired', svg: current.svg });
    }, 1000);
  });

  const left = () => {
    const current = state();
    if (current.kind !== 'showing') return '';
    const s = Math.max(0, Math.floor((current.expiresAt - now()) / 1000));
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  };

  return (
    <div class="qr-sign-in">
      <div class="qr-sign-in__frame" classList={{ 'qr-sign-in__frame--dim': state().kind === 'loading' || state().kind === 'failed' }} aria-busy={state().kind === 'loading'}>
        <Switch>
          <Match when={state().kind === 'showing' && (state() as Extract<State, { kind: 'showing' }>)}>
            {(code) => <img class="qr-sign-in__code" src={svgSource(code().svg)} alt={t('qr.codeAlt')} width="200" height="200" />}
          </Match>
          <Match when={state().kind === 'loading'}>
            <p class="qr-sign-in__overlay muted">{t('common.loading')}</p>
          </Match>
          <Match when={state().kind === 'expired' && (state() as Extract<State, { kind: 'expired' }>)}>
            {/* the spent code stays, faded, under the way to a new one */}
            <Show when={(state() as Extract<State, { kind: 'expired' }>).svg}>
              {(svg) => <img class="qr-sign-in__code qr-sign-in__code--spent" src={svgSource(svg())} alt="" width="200" height="200" />}
            </Show>
            <div class="qr-sign-in__overlay qr-sign-in__overlay--over">
              <p>
                <strong>{t('qr.expired')}</strong>
              </p>
              <button type="button" class="button button--primary" onClick={() => void fresh()}>
                {t('qr.refresh')}
              </button>
            </div>
          </Match>
          <Match when={state().kind === 'failed' && (state() as Extract<State, { kind: 'failed' }>)}>
            {(failed) => (
              <div class="qr-sign-in__overlay" role="alert">
                <p class="qr-sign-in__error">{failed().message}</p>
                <button type="button" class="button button--primary" onClick={() => void fresh()}>
                  {t('qr.refresh')}
                </button>
              </div>
            )}
          </Match>
          <Match when={state().kind === 'confirmed' && (state() as Extract<State, { kind: 'confirmed' }>)}>
            {(done) => (
              <div class="qr-sign-in__overlay qr-sign-in__overlay--done">
                <span class="qr-sign-in__tick" aria-hidden="true">
                  ✓
                </span>
                <p>{t('qr.confirmed', { name: done().name })}</p>
              </div>
            )}
          </Match>
        </Switch>
      </div>
      <p class="qr-sign-in__hint" role="status" aria-live="polite">
        <Show when={state().kind === 'showing'} fallback={<span class="visually-hidden">{state().kind === 'expired' ? t('qr.expiredHint') : ''}</span>}>
          {t('qr.scanHint')}
        </Show>
      </p>
      <Show when={state().kind === 'showing'}>
        <p class="qr-sign-in__timer muted">{t('qr.expiresIn', { time: left() })}</p>
      </Show>
      <ol class="qr-sign-in__steps">
        <li>{t('qr.step1')}</li>
        <li>{t('qr.step2')}</li>
        <li>{t('qr.step3')}</li>
      </ol>
    </div>
  );
}
