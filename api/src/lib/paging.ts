import * as v from 'valibot';

/** X-01: every list takes `page`, `pageSize` and `q`. */
export const PageQuery = {
  /** 1-based page number. */
  page: v.optional(v.pipe(v.string(), v.regex(/^\d{1,6}$/, 'must be a whole number'), v.transform(Number), v.minValue(1)), '1'),
  /** Rows per page, at most 100. */
  pageSize: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'must be a whole number'), v.transform(Number), v.minValue(1), v.maxValue(100)),
    '20',
  ),
  /** Search text. */
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
};

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export function pageOf<T>(items: T[], total: number, page: number, pageSize: number): Page<T> {
  return { items, page, pageSize, total };
}

/** Offset for a 1-based page. */
export const offsetOf = (page: number, pageSize: number): number => (page - 1) * pageSize;

/** Escapes a search term for a LIKE pattern (used with `escape '\'`). */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}
