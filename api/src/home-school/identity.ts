import { phoneFits } from '../members/phone';
/**
 * Pure checks and normal forms of what people type or paste about a student and a parent:
 * education IDs, temporary numbers, birth dates, relations and phones (ID-01). The API
 * schemas and the Excel import share them, so both accept and refuse exactly the same.
 */

/** The relations a guardian may have to a student; 本人 is the student themself. */
export const RELATIONS = ['爸爸', '媽媽', '爺爺', '嫲嫲', '外公', '外婆', '監護人', '本人', '其他'] as const;
export type Relation = (typeof RELATIONS)[number];
export const SELF: Relation = '本人';

// simplified forms arrive from phones and spreadsheets typed on the mainland
const RELATION_ALIASES: Record<string, Relation> = {
  妈妈: '媽媽',
  爷爷: '爺爺',
  奶奶: '嫲嫲',
  嬤嬤: '嫲嫲',
  监护人: '監護人',
  其它: '其他',
  父親: '爸爸',
  母親: '媽媽',
};

/** Full-width digits, letters and dashes (typed with a Chinese IME) become ASCII. */
function ascii(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\uFE63]/g, '-')
    .replace(/\s+/g, '');
}

/** `1234567-8` (also `12345678`, `1234567(8)`, full-width) → `1234567-8`, or null. */
export function normalizeEducationId(raw: string): string | null {
  const s = ascii(raw);
  const m = /^(\d{7})(?:-|\()?(\d)\)?$/.exec(s);
  return m ? `${m[1]}-${m[2]}` : null;
}

/** ID-01: a temporary number is `XX` followed by 5 digits (`xx12345` is accepted as typed). */
export function normalizeTempNumber(raw: string): string | null {
  const s = ascii(raw).toUpperCase();
  return /^XX\d{5}$/.test(s) ? s : null;
}

/** `YYYYMMDD`, `YYYY-MM-DD` or `YYYY/MM/DD` of a real day, not after `today` → `YYYY-MM-DD`, or null. */
export function normalizeBirthDate(raw: string, today: Date): string | null {
  const s = ascii(raw);
  const m = /^(\d{4})(?:([-/]?)(\d{2})\2(\d{2}))$/.exec(s) ?? /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || date.getTime() > today.getTime()) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A relation from the list, or its simplified / common alias; null when unknown. */
export function normalizeRelation(raw: string): Relation | null {
  const s = raw.normalize('NFKC').trim();
  if ((RELATIONS as readonly string[]).includes(s)) return s as Relation;
  return RELATION_ALIASES[s] ?? null;
}

/** A phone for its area code, by the school's one phone rule (members/phone.ts); spaces and dashes are dropped. Null when bad. */
export function normalizePhone(areaCode: string, raw: string): string | null {
  const s = ascii(raw).replace(/[\s-]/g, '');
  // one rule for every phone of the school, staff or parent (members/phone.ts)
  return phoneFits(areaCode, s) ? s : null;
}

/** `+853 66000101`, `853-6600 0101`, `(852)91234567`, `+8613812345678` or a bare number → parts, or null. */
export function parsePhoneCell(raw: string): { areaCode: string; phone: string } | null {
  const s = raw.normalize('NFKC').trim().replace(/[\u2010-\u2015\u2212\uFE63]/g, '-');
  const compact = s.replace(/[\s-]/g, '');
  const part = (areaCode: string, rest: string) => {
    const phone = normalizePhone(areaCode, rest);
    return phone ? { areaCode, phone } : null;
  };
  const known = /^(?:\+|00)(853|852|86)(\d+)$/.exec(compact);
  if (known) return part(known[1], known[2]);
  const apart =
    /^(?:\+|00)(\d{1,4})[\s-]+(\d[\d\s-]*)$/.exec(s) ?? /^\((\d{1,4})\)[\s-]*(\d[\d\s-]*)$/.exec(s) ?? /^(853|852|86)[\s-]+(\d[\d\s-]*)$/.exec(s);
  if (apart) return part(apart[1], apart[2]);
  // bare digits: a Macao number unless it is a mainland mobile or carries 853 in front
  if (/^1\d{10}$/.test(compact)) return part('86', compact);
  if (/^853\d{8}$/.test(compact)) return part('853', compact.slice(3));
  return part('853', compact);
}

/** How a phone is shown in exports and lists: `+853 66000101`. */
export const formatPhone = (areaCode: string, phone: string | null): string => (phone ? `+${areaCode} ${phone}` : '');
