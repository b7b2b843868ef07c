import { useSearchParams } from '@solidjs/router';

type Raw = string | string[] | undefined;

const one = (v: Raw): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const positive = (v: Raw, fallback: number, max = Number.MAX_SAFE_INTEGER): number => {
  const n = Number.parseInt(one(v), 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, max) : fallback;
};

/**
 * A list screen's search, page and filters, kept in the URL so that reload, back and a shared
 * link all show the same page. `filters` are extra string params (e.g. kind, status).
 */
export function useListParams<F extends string>(filters: readonly F[], defaultPageSize = 10) {
  const [search, setSearch] = useSearchParams();
  const filterValues = () => Object.fromEntries(filters.map((f) => [f, one(search[f])])) as Record<F, string>;
  return {
    /** What to ask the API for. */
    query: () => ({
      q: one(search.q),
      page: positive(search.page, 1),
      pageSize: positive(search.pageSize, defaultPageSize, 100),
      ...filterValues(),
    }),
    /** A new search or filter starts again on page 1. */
    setFilter: (name: 'q' | F, value: string) => setSearch({ [name]: value || undefined, page: undefined }),
    setPage: (page: number) => setSearch({ page: page > 1 ? page : undefined }),
    setPageSize: (size: number) => setSearch({ pageSize: size, page: undefined }),
  };
}
