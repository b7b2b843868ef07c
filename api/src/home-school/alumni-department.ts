import { asc, eq } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { departments, memberDepartments } from '../../../db/schema';
import { ensureDepartmentRoots } from '../departments/tree';
import type { ServiceContext } from '../lib/context';

/**
 * The alumni department (校友, kind `alumni`, under the root), made on first use by the
 * department tree's own helper so both modules agree on which one it is.
 */
export async function ensureAlumniDepartment(tx: SchoolDbOrTx, ctx: ServiceContext): Promise<{ id: string; created: boolean }> {
  const created = await ensureDepartmentRoots(tx, ctx.school.name['zh-Hant'], ctx.clock.now());
  // the department tree takes the alumni department with the smallest id, should two exist
  const found = await tx.select({ id: departments.id }).from(departments).where(eq(departments.kind, 'alumni')).orderBy(asc(departments.id)).get();
  if (!found) throw new Error('the alumni department is missing after ensureDepartmentRoots');
  return { id: found.id, created };
}

/**
 * Puts a member in the alumni department. `added`: they were not in it yet; `created`: the
 * department rows were made now (the caller drops the cached department tree after commit).
 */
export async function joinAlumni(tx: SchoolDbOrTx, ctx: ServiceContext, memberId: string) {
  const dept = await ensureAlumniDepartment(tx, ctx);
  const added = await tx.insert(memberDepartments).values({ memberId, departmentId: dept.id }).onConflictDoNothing().returning();
  return { departmentId: dept.id, added: added.length > 0, created: dept.created };
}
