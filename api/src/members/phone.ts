/**
 * Phone numbers of staff contacts (§2: area code +853/+86/+852/…). Stored as the area code
 * without "+" and the national number in digits only.
 */
const SHAPES: Record<string, RegExp> = {
  // Macao mobiles: 8 digits starting with 6
  '853': /^6\d{7}$/,
  // Hong Kong mobiles: 8 digits starting with 4–9
  '852': /^[4-9]\d{7}$/,
  // mainland China mobiles: 11 digits, 1[3-9]…
  '86': /^1[3-9]\d{9}$/,
};

/** Whether a national number fits its area code; other area codes take 4–15 digits. */
export function phoneFits(areaCode: string, phone: string): boolean {
  return (SHAPES[areaCode] ?? /^\d{4,15}$/).test(phone);
}

/** Digits only: spaces and dashes people type are dropped. */
export const normalisePhone = (phone: string): string => phone.replace(/[\s-]/g, '');

/** `+853 66000001`, as the contacts screens and the Excel export show it. */
export const formatPhone = (areaCode: string, phone: string | null): string => (phone ? `+${areaCode} ${phone}` : '');
