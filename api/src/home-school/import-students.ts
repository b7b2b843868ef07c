import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { campuses, classes, grades, guardians, members, students } from '../../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { ServiceContext } from '../lib/context';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { managedClassIds, requireAdmin } from './access';
import { membersByPhone, newMemberRow } from './guardian-members';
import { checkImport, type ImportLookups, type PlannedStudent } from './import-check';
import { localiseIssues } from './import-reasons';
import { parsePhoneCell, SELF } from './identity';
import { readSheet } from './student-sheet';

// SQLite binds at most 32,766 values a statement; 500 rows of ≤ 16 columns stay well below
const CHUNK = 500;

/** The classes an admin may import into, with their names (also the template's list). */
export async function importableClasses(db: SchoolDbOrTx, ctx: ServiceContext) {
  const actor = requireAdmin(ctx.actor);
  const managed = await managedClassIds(db, actor);
  if (managed !== 'all' && managed.length === 0) return [];
  return db
    .select({ id: classes.id, name: classes.name, schoolYear: classes.schoolYear, gradeName: grades.name, campusName: campuses.name })
    .from(classes)
    .innerJoin(grades, eq(grades.id, classes.gradeId))
    .innerJoin(campuses, eq(campuses.id, grades.campusId))
    .where(managed === 'all' ? undefined : inArray(classes.id, managed))
    .orderBy(campuses.sortOrder, grades.sortOrder, classes.sortOrder, classes.name)
    .all();
}

async function loadLookups(tx: SchoolDbOrTx, ctx: ServiceContext, phones: string[]): Promise<ImportLookups> {
  // one after another: these run inside the import's transaction
  const classList = await importableClasses(tx, ctx);
  const idRows = await tx.select({ e: students.educationId, t: students.tempNumber }).from(students).all();
  const phoneMembers = await membersByPhone(tx, phones);
  const selves = await tx.select({ id: students.memberId }).from(students).where(isNotNull(students.memberId)).all();
  const takenIds = new Set<string>();
  for (const r of idRows) for (const v of [r.e, r.t]) if (v) takenIds.add(v);
  return {
    classes: classList,
    takenIds,
    phoneMembers: new Map([...phoneMembers].map(([k, m]) => [k, { id: m.id, kind: m.kind, status: m.status }])),
    linkedSelves: new Set(selves.map((s) => s.id ?? '')),
  };
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * CT-02 批量導入: the sheet is checked whole first; any bad row → 400 import_invalid listing
 * every bad row (row, field, reason) and nothing changes. Otherwise students, new parent
 * members and guardian links are written in one transaction with multi-row inserts, and
 * one audit row records the counts.
 */
export async function importStudents(ctx: ServiceContext, bytes: ArrayBuffer) {
  requireAdmin(ctx.actor);
  if (bytes.byteLength === 0) throw new ApiError('file_empty', { field: 'file' });
  const sheet = await readSheet(bytes);
  if (!sheet) throw new ApiError('file_type', { field: 'file' });
  const now = ctx.clock.now();
  const phones = sheet.rows.flatMap((r) => parsePhoneCell(r.cells.家長手機)?.phone ?? []);
  return ctx.db.transaction(async (tx) => {
    const lookups = await loadLookups(tx, ctx, phones);
    const { issues, students: planned } = checkImport(sheet.headers, sheet.rows, lookups, now);
    if (issues.length) {
      throw new ApiError('import_invalid', { params: { count: issues.length }, details: { rows: localiseIssues(issues, ctx.locale) } });
    }
    const counts = await writePlan(tx, ctx, planned, lookups, now);
    await writeAudit(tx, ctx, { action: 'students.import', targetType: 'student', after: { rows: sheet.rows.length, ...counts } });
    return counts;
  });
}

async function writePlan(tx: SchoolDbOrTx, ctx: ServiceContext, planned: PlannedStudent[], lookups: ImportLookups, now: Date) {
  const memberIds = new Map<string, string>();
  const newMembers: ReturnType<typeof newMemberRow>[] = [];
  const reactivate = new Set<string>();
  for (const g of planned.flatMap((s) => s.guardians)) {
    if (memberIds.has(g.phoneKey)) continue;
    const existing = lookups.phoneMembers.get(g.phoneKey);
    if (existing) {
      memberIds.set(g.phoneKey, existing.id);
      if (existing.status === 'disabled') reactivate.add(existing.id);
      continue;
    }
    const row = newMemberRow(g.relation === SELF ? 'student' : 'parent', g.name, g.areaCode, g.phone, now);
    newMembers.push(row);
    memberIds.set(g.phoneKey, row.id);
  }
  const studentRows = planned.map((s) => {
    const self = s.guardians.find((g) => g.relation === SELF);
    return {
      id: newId(now.getTime()),
      name: s.name,
      educationId: s.educationId,
      tempNumber: s.tempNumber,
      birthDate: s.birthDate,
      classId: s.classId,
      memberId: self ? (memberIds.get(self.phoneKey) ?? null) : null,
      createdAt: now,
      updatedAt: now,
    };
  });
  const links = planned.flatMap((s, i) =>
    s.guardians.map((g) => ({ studentId: studentRows[i].id, memberId: memberIds.get(g.phoneKey) ?? '', relation: g.relation, createdAt: now })),
  );
  await insertChunked(newMembers, (chunk) => tx.insert(members).values(chunk));
  if (reactivate.size) {
    await tx
      .update(members)
      .set({ status: 'active', updatedAt: now })
      .where(and(inArray(members.id, [...reactivate]), eq(members.status, 'disabled')));
  }
  await insertChunked(studentRows, (chunk) => tx.insert(students).values(chunk));
  await insertChunked(links, (chunk) => tx.insert(guardians).values(chunk));
  return { students: studentRows.length, guardians: links.length, newMembers: newMembers.length, reusedMembers: memberIds.size - newMembers.length };
}
