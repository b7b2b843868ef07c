/** ADM-04 配置成員保密信息: member fields a school may make confidential. */
export const CONFIDENTIAL_FIELDS = ['phone', 'account', 'email'] as const;
export type ConfidentialField = (typeof CONFIDENTIAL_FIELDS)[number];

type Maskable = { phone?: string | null; account?: string | null; email?: string | null };

/**
 * Hides the confidential fields of a presented member: each one that has a value becomes
 * null and is listed in `confidential`, so the page shows a "click to view" control that
 * calls `GET /members/:id/confidential/:field` (which logs the view). Fields without a value
 * stay null and are not listed: there is nothing to reveal.
 */
export function maskConfidential<T extends Maskable>(row: T, fields: readonly ConfidentialField[]): T & { confidential: ConfidentialField[] } {
  const out: T & { confidential: ConfidentialField[] } = { ...row, confidential: [] };
  for (const field of fields) {
    if (row[field] == null || out.confidential.includes(field)) continue;
    out[field] = null as T[typeof field];
    out.confidential.push(field);
  }
  return out;
}
