import { revalidate, useLocation, useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { createEffect, ErrorBoundary, type JSX, on, Show, Suspense } from 'solid-js';
import { ApiError, isUnauthenticated } from '../../lib/client';
import { t } from '../../lib/i18n';

// Answers that trying again will not change.
const FINAL = new Set(['forbidden', 'not_found']);

function PaneError(props: { error: unknown; reset: () => void }) {
  const location = useLocation();
  const navigate = useNavigate();
  const params = useParams<{ school: string }>();
  const [, setSearch] = useSearchParams();
  // choosing something else in the tree clears the failure
  createEffect(on(() => location.search, () => props.reset(), { defer: true }));
  if (isUnauthenticated(props.error)) queueMicrotask(() => navigate(`/${params.school}/sign-in`, { replace: true }));
  const final = () => props.error instanceof ApiError && FINAL.has(props.error.code);
  return (
    <div class="panel panel--error" role="alert">
      <h2>{t('common.error')}</h2>
      <p>{props.error instanceof Error ? props.error.message : String(props.error)}</p>
      <Show
        when={!final()}
        fallback={
          <button
            type="button"
            class="button"
            onClick={() => setSearch({ student: undefined, node: undefined, view: undefined, dept: undefined, q: undefined, page: undefined })}
          >
            {t('common.back')}
          </button>
        }
      >
        <button
          type="button"
          class="button"
          onClick={async () => {
            await revalidate();
            props.reset();
          }}
        >
          {t('common.retry')}
        </button>
      </Show>
    </div>
  );
}

/**
 * Loading and failure for the right-hand pane of a contacts screen: the tree beside it stays
 * usable, and picking another node (a new query string) clears the failure.
 */
export default function PaneBoundary(props: { children: JSX.Element }) {
  return (
    <ErrorBoundary fallback={(error: unknown, reset) => <PaneError error={error} reset={reset} />}>
      <Suspense fallback={<p class="loading">{t('common.loading')}</p>}>{props.children}</Suspense>
    </ErrorBoundary>
  );
}
