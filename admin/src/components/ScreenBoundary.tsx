import { revalidate, useNavigate, useParams } from '@solidjs/router';
import { ErrorBoundary, type JSX, Show, Suspense } from 'solid-js';
import { ApiError, isUnauthenticated } from '../lib/client';
import { t } from '../lib/i18n';

// Answers that trying again will not change.
const FINAL = new Set(['forbidden', 'not_found', 'school_not_found']);

/**
 * Loading and failure for one screen: a calm "loading" line, and on failure the API's own
 * (localised) message with a retry. A lapsed session goes back to the sign-in page.
 */
export default function ScreenBoundary(props: { signIn: string; children: JSX.Element }) {
  const navigate = useNavigate();
  const params = useParams();
  return (
    <ErrorBoundary
      fallback={(error: unknown, reset) => {
        if (isUnauthenticated(error)) {
          queueMicrotask(() => navigate(props.signIn.replace(':school', params.school ?? ''), { replace: true }));
          return null;
        }
        return (
          <div class="panel panel--error" role="alert">
            <h2>{t('common.error')}</h2>
            <p>{error instanceof Error ? error.message : String(error)}</p>
            <Show when={!(error instanceof ApiError && FINAL.has(error.code))}>
              <button
                type="button"
                class="button"
                onClick={async () => {
                  await revalidate();
                  reset();
                }}
              >
                {t('common.retry')}
              </button>
            </Show>
          </div>
        );
      }}
    >
      <Suspense fallback={<p class="loading">{t('common.loading')}</p>}>{props.children}</Suspense>
    </ErrorBoundary>
  );
}
