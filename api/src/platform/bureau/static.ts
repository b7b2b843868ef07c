import type { Bureau, BureauStudent } from '../types';
import { canonicalEducationId, normalizeBirthDate } from './normalize';
import { parseBureauData } from './schema';

/**
 * A Bureau over data in memory: parsed BureauData, or raw JSON (an imported `.json` file),
 * which is validated here — a bad field throws naming its path. School codes match
 * case-insensitively; answers are copies, so callers cannot change the data. Birth dates are
 * returned as `YYYY-MM-DD`.
 */
export function createStaticBureau(input: unknown): Bureau {
  const data = parseBureauData(input);
  const schools = new Map(Object.entries(data.schools).map(([code, school]) => [code.toUpperCase(), school]));
  const students = new Map<string, Map<string, BureauStudent>>();
  for (const [code, school] of schools) {
    students.set(code, new Map(school.students.map((s) => [canonicalEducationId(s.educationId), s])));
  }

  return {
    async checkEducationId(schoolCode, input) {
      const student = students.get(schoolCode.toUpperCase())?.get(canonicalEducationId(input.educationId));
      if (!student) return { ok: false, reason: 'not_found' };
      // ID-01: the ID counts only together with the birth date.
      if (normalizeBirthDate(input.birthDate) !== student.birthDate) return { ok: false, reason: 'birth_date_mismatch' };
      return { ok: true, student: { ...student } };
    },
    async b08Classes(schoolCode, schoolYear) {
      return structuredClone(schools.get(schoolCode.toUpperCase())?.b08[schoolYear] ?? []);
    },
    async calendar(schoolCode, schoolYear) {
      return structuredClone(schools.get(schoolCode.toUpperCase())?.calendar[schoolYear] ?? []);
    },
  };
}
