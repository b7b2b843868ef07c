import { normalizeBirthDate, normalizeEducationId, normalizeRelation, normalizeTempNumber, parsePhoneCell, type Relation, SELF } from './identity';
import type { ImportIssue, ImportReason } from './import-reasons';
import { type Header, REQUIRED_HEADERS, type SheetRow } from './student-sheet';

/**
 * Checks a whole students sheet against the school before anything is written (PRM-07-like:
 * a bad file changes nothing). Pure: the caller loads the lookups and writes the plan.
 */

export interface ImportLookups {
  /** The classes the caller manages. */
  classes: { id: string; name: string; gradeName: string; campusName: string; schoolYear: string }[];
  /** Education IDs and temporary numbers already in the school. */
  takenIds: Set<string>;
  /** Members (not removed) by `areaCode phone`. */
  phoneMembers: Map<string, { id: string; kind: 'staff' | 'parent' | 'student'; status: string }>;
  /** Student members already linked to a student as its own account. */
  linkedSelves: Set<string>;
}

export interface PlannedGuardian {
  phoneKey: string;
  name: string;
  relation: Relation;
  areaCode: string;
  phone: string;
}

export interface PlannedStudent {
  name: string;
  educationId: string | null;
  tempNumber: string | null;
  birthDate: string | null;
  classId: string;
  guardians: PlannedGuardian[];
}

export const MAX_ROWS = 10_000;
const asciiUpper = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

export function checkImport(
  headers: Map<string, number>,
  rows: { row: number; cells: SheetRow }[],
  lookups: ImportLookups,
  today: Date,
): { issues: ImportIssue[]; students: PlannedStudent[] } {
  const issues: ImportIssue[] = [];
  const flag = (row: number, field: Header | string, reason: ImportReason) => issues.push({ row, field, reason });
  for (const h of REQUIRED_HEADERS) if (!headers.has(h)) flag(1, h, 'missing_header');
  if (issues.length) return { issues, students: [] };
  if (rows.length === 0) flag(1, '學生姓名', 'empty_file');
  if (rows.length > MAX_ROWS) flag(MAX_ROWS + 2, '學生姓名', 'too_many_rows');
  if (issues.length) return { issues, students: [] };

  const byName = new Map<string, ImportLookups['classes']>();
  for (const c of lookups.classes) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const groups = new Map<string, PlannedStudent>();
  // which student key holds each phone, and as what kind of member
  const phoneUse = new Map<string, { kind: 'parent' | 'student'; studentKey: string }>();

  for (const { row, cells } of rows) {
    const before = issues.length;
    let candidates = (byName.get(cells.班級) ?? []).filter(
      (c) => (!cells.年級 || c.gradeName === cells.年級) && (!cells.校部 || c.campusName === cells.校部),
    );
    if (candidates.length > 1) {
      const latest = candidates.map((c) => c.schoolYear).sort().at(-1);
      candidates = candidates.filter((c) => c.schoolYear === latest);
    }
    if (!cells.班級 || candidates.length === 0) flag(row, '班級', cells.班級 ? 'unknown_class' : 'missing');
    else if (candidates.length > 1) flag(row, '班級', 'ambiguous_class');
    const name = cells.學生姓名;
    if (!name) flag(row, '學生姓名', 'missing');
    else if (name.length > 50) flag(row, '學生姓名', 'too_long');
    let educationId: string | null = null;
    let tempNumber: string | null = null;
    const rawId = cells.教育證編號;
    if (rawId && asciiUpper(rawId).startsWith('XX')) {
      tempNumber = normalizeTempNumber(rawId);
      if (!tempNumber) flag(row, '教育證編號', 'bad_temp_number');
    } else if (rawId) {
      educationId = normalizeEducationId(rawId);
      if (!educationId) flag(row, '教育證編號', 'bad_education_id');
    }
    const birthDate = cells.出生日期 ? normalizeBirthDate(cells.出生日期, today) : null;
    if (cells.出生日期 && !birthDate) flag(row, '出生日期', 'bad_birth_date');
    let guardian: PlannedGuardian | null = null;
    if (cells.家長姓名 || cells.關係 || cells.家長手機) {
      const relation = normalizeRelation(cells.關係);
      const phone = parsePhoneCell(cells.家長手機);
      if (!cells.家長姓名) flag(row, '家長姓名', 'missing');
      else if (cells.家長姓名.length > 50) flag(row, '家長姓名', 'too_long');
      if (!relation) flag(row, '關係', cells.關係 ? 'unknown_relation' : 'missing');
      if (!phone) flag(row, '家長手機', cells.家長手機 ? 'bad_phone' : 'missing');
      if (relation && phone) guardian = { phoneKey: `${phone.areaCode} ${phone.phone}`, name: cells.家長姓名, relation, ...phone };
    }
    if (issues.length > before) continue;

    const classId = candidates[0].id;
    const key = educationId ?? tempNumber ?? `${classId}|${name}|${birthDate ?? ''}`;
    let student = groups.get(key);
    if (student && (student.name !== name || student.classId !== classId || (birthDate && student.birthDate && birthDate !== student.birthDate))) {
      flag(row, '教育證編號', 'duplicate_education_id');
      continue;
    }
    if (!student) {
      if ((educationId && lookups.takenIds.has(educationId)) || (tempNumber && lookups.takenIds.has(tempNumber))) {
        flag(row, '教育證編號', 'education_id_exists');
        continue;
      }
      student = { name, educationId, tempNumber, birthDate, classId, guardians: [] };
      groups.set(key, student);
    }
    if (birthDate && !student.birthDate) student.birthDate = birthDate;
    if (!guardian) continue;
    const reason = guardianRefusal(guardian, student, key, phoneUse, lookups);
    if (reason) {
      flag(row, reason === 'duplicate_self' ? '關係' : '家長手機', reason);
      continue;
    }
    phoneUse.set(guardian.phoneKey, { kind: guardian.relation === SELF ? 'student' : 'parent', studentKey: key });
    student.guardians.push(guardian);
  }
  return { issues, students: issues.length ? [] : [...groups.values()] };
}

/** Why this guardian cannot be added to this student, given the file so far and the school. */
function guardianRefusal(
  g: PlannedGuardian,
  student: PlannedStudent,
  key: string,
  phoneUse: Map<string, { kind: 'parent' | 'student'; studentKey: string }>,
  lookups: ImportLookups,
): ImportReason | null {
  const kind = g.relation === SELF ? 'student' : 'parent';
  if (student.guardians.some((x) => x.phoneKey === g.phoneKey)) return 'duplicate_phone';
  if (g.relation === SELF && student.guardians.some((x) => x.relation === SELF)) return 'duplicate_self';
  const used = phoneUse.get(g.phoneKey);
  if (used && used.kind !== kind) return 'phone_kind';
  if (used && kind === 'student' && used.studentKey !== key) return 'phone_in_use';
  const member = lookups.phoneMembers.get(g.phoneKey);
  if (member?.kind === 'staff') return 'staff_phone';
  if (member && member.kind !== kind) return 'phone_kind';
  if (member && kind === 'student' && lookups.linkedSelves.has(member.id)) return 'phone_in_use';
  return null;
}
