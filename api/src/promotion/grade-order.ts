/** The bureau's grade codes in school order: 幼 K1–K3, 小 P1–P6, 初 J1–J3, 高 S1–S3. */
export const GRADE_CODES = ['K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'J1', 'J2', 'J3', 'S1', 'S2', 'S3'] as const;

/** Position of a grade code in school order; unknown codes last. */
export function gradeRank(code: string | null | undefined): number {
  const i = GRADE_CODES.indexOf((code ?? '') as (typeof GRADE_CODES)[number]);
  return i === -1 ? GRADE_CODES.length : i;
}

/** 初三, 高一, 高二, 高三: leavers invited to the bureau's community (PRM-06). */
export const COMMUNITY_GRADES: readonly string[] = ['J3', 'S1', 'S2', 'S3'];
