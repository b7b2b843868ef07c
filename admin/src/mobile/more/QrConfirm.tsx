import { A, createAsync, useParams } from '@solidjs/router';
import { createSignal, Match, onMount, Show, Switch } from 'solid-js';
import SchoolName from '../../components/SchoolName';
import { ApiError } from '../../lib/client';
import { t } from '../../lib/i18n';
import { permissionsApi } from '../../lib/permissions-client';
import { getSchoolInfo, memberTitle, useSession } from '../../lib/session';
import { useTitle } from '../../lib/title';
import PageHeader from './PageHeader';
import { forgetQrPage } from './return-after-sign-in';
import './more.css';

type State = 'asking' | 'busy' | 'done' | 'cancelled' | 'expired' | 'used' | 'failed';
const TOKEN = /^[a-z2-7]{32}$/;

/**
 * APP-03 on the phone: the address inside the desk's QR code. A signed-in staff member
 * confirms (確認登錄電腦端) or cancels; parents and students are told the back-office is for
 * staff. Cancelling sends nothing: the desk's code simply runs out.
 */
export default function QrConfirm() {
  const params = useParams<{ school: string; token: string }>();
  const session = useSession();
  const info = createAsync(() => getSchoolInfo(params.school).catch(() => undefined));
  const [state, setState] = createSignal<State>(TOKEN.test(params.token) ? 'asking' : 'used');
  const [message, setMessage] = createSignal('');
  const member = () => session()?.member;
  const staff = () => member()?.kind === 'staff';
  useTitle(() => t('m.qr.title'));
  onMount(forgetQrPage);

  async function confirm() {
    setState('busy');
    try {
      await permissionsApi(params.school).qr.confirm(params.token);
      setState('done');
    } catch (e) {
      const code = e instanceof ApiError ? e.code : '';
      setMessage(e instanceof Error ? e.message : String(e));
      setState(code === 'qr_expired' ? 'expired' : code === 'not_found' ? 'used' : 'failed');
    }
  }

  const back = () => (
    <A href={`/${params.school}/m`} class="button button--block button--large">
      {t('m.soon.back')}
    </A>
  );

  return (
    <>
      <PageHeader title={t('m.qr.title')} />
      <main class="m-body">
        <section class="m-qr" aria-labelledby="qr-heading">
          <span class="m-qr__screen" aria-hidden="true">
            <svg viewBox="0 0 24 24" width="40" height="40" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">
              <path d="M3 4h18v12H3zM8 20h8M12 16v4" />
            </svg>
          </span>
          <Switch>
            <Match when={!staff()}>
              <h2 id="qr-heading">{t('m.qr.staffOnlyTitle')}</h2>
              <p class="muted">{t('m.qr.staffOnly')}</p>
              {back()}
            </Match>
            <Match when={state() === 'asking' || state() === 'busy'}>
              <h2 id="qr-heading">{t('m.qr.heading')}</h2>
              <p class="muted">{t('m.qr.asking')}</p>
              <p class="m-qr__school">
                <SchoolName info={info()} code={params.school} />
              </p>
              <div class="m-qr__who">
                <span class="m-child__avatar m-qr__avatar" aria-hidden="true">
                  {member()?.name.slice(0, 1)}
                </span>
                <span>
                  <strong>{member()?.name}</strong>
                  <Show when={member()}>{(m) => <small>{memberTitle(m())}</small>}</Show>
                </span>
              </div>
              <p class="m-qr__warning">{t('m.qr.warning')}</p>
              <div class="m-qr__actions">
                <button type="button" class="button button--primary button--block button--large" disabled={state() === 'busy'} aria-busy={state() === 'busy'} onClick={confirm}>
                  {state() === 'busy' ? t('m.qr.confirming') : t('m.qr.confirm')}
                </button>
                <button type="button" class="button button--block button--large" disabled={state() === 'busy'} onClick={() => setState('cancelled')}>
                  {t('common.cancel')}
                </button>
              </div>
            </Match>
            <Match when={state() === 'done'}>
              <h2 id="qr-heading" class="m-qr__ok">
                {t('m.qr.doneTitle')}
              </h2>
              <p class="muted" role="status">
                {t('m.qr.done')}
              </p>
              {back()}
            </Match>
            <Match when={state() === 'cancelled'}>
              <h2 id="qr-heading">{t('m.qr.cancelledTitle')}</h2>
              <p class="muted" role="status">
                {t('m.qr.cancelled')}
              </p>
              {back()}
            </Match>
            <Match when={state() === 'expired' || state() === 'used'}>
              <h2 id="qr-heading">{t(state() === 'expired' ? 'm.qr.expiredTitle' : 'm.qr.usedTitle')}</h2>
              <p class="muted" role="alert">
                {t('m.qr.again')}
              </p>
              {back()}
            </Match>
            <Match when={state() === 'failed'}>
              <h2 id="qr-heading">{t('common.error')}</h2>
              <p class="form-error" role="alert">
                {message()}
              </p>
              <button type="button" class="button button--primary button--block button--large" onClick={confirm}>
                {t('common.retry')}
              </button>
              {back()}
            </Match>
          </Switch>
        </section>
      </main>
    </>
  );
}
