// What people type for an education ID or a birth date, made comparable. Phones in Macao
// often type in full-width (Chinese IME) and with stray spaces or dashes.

/** Full-width ASCII (Ｕ+FF01–FF5E) and the ideographic space to their half-width forms. */
export function toHalfWidth(input: string): string {
  return input.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * The comparable form of an education ID or temporary number: half-width, upper-case,
 * without spaces or dashes (`１２３４５６７－８` and `1234567 8` → `12345678`; `xx12345` → `XX12345`).
 */
export function canonicalEducationId(input: string): string {
  return toHalfWidth(input)
    .trim()
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212]/g, '');
}

/**
 * A birth date as `YYYY-MM-DD` from `YYYYMMDD`, `YYYY-MM-DD`, `YYYY/M/D`, `YYYY年M月D日`
 * (full-width digits too); null when it is not a real calendar date.
 */
export function normalizeBirthDate(input: string): string | null {
  const half = toHalfWidth(input).trim();
  const parts = /^\d{8}$/.test(half) ? [half.slice(0, 4), half.slice(4, 6), half.slice(6)] : half.split(/\D+/).filter(Boolean);
  if (parts.length !== 3 || parts[0].length !== 4 || parts[1].length > 2 || parts[2].length > 2) return null;
  const [year, month, day] = parts.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${parts[0]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
