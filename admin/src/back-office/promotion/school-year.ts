/** The school year running on `now` in Macao (it starts in September): e.g. 2026/2027. */
export function currentSchoolYear(now = new Date()): string {
  const macao = new Date(now.getTime() + 8 * 3_600_000);
  const year = macao.getUTCFullYear();
  const start = macao.getUTCMonth() >= 6 ? year : year - 1; // from July the coming year is the one to prepare
  return `${start}/${start + 1}`;
}
