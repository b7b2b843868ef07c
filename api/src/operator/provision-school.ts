import { eq, isNull } from 'drizzle-orm';
import { openSchoolDb } from '../../../db/client';
import { controlAudit, schools } from '../../../db/control/schema';
import { migrations } from '../../../db/migrations';
import { migrate } from '../../../db/migrate';
import { departments, memberDepartments, members } from '../../../db/schema';
import { ensureDepartmentRoots } from '../departments/tree';
import type { Deps } from '../deps';
import { schoolDbConfig } from '../deps';
import { insertMember } from '../members/insert-member';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';
import { toSchool } from './registry';

export interface ProvisionInput {
  code: string;
  nameZh: string;
  nameEn?: string;
  namePt?: string;
  wecomCorpId?: string | null;
  /** At the edge: the Turso database made for this school, and the secret holding its token. */
  dbUrl?: string;
  dbTokenSecret?: string | null;
  /** The school's first member: its creator (創建人). */
  creator: { name: string; account: string; areaCode: string; phone: string; password: string };
}

/**
 * Provisions a school: creates and migrates its database, adds its creator, then registers
 * it. The registry row comes last, so a school that failed half-way is never reachable.
 */
export async function provisionSchool(deps: Deps, input: ProvisionInput, operatorId: string | null = null) {
  const code = input.code.toUpperCase();
  const existing = await deps.control.db.select({ id: schools.id }).from(schools).where(eq(schools.code, code)).get();
  if (existing) throw new ApiError('school_exists', { field: 'code' });
  const located = input.dbUrl ? { url: input.dbUrl, tokenSecret: input.dbTokenSecret ?? null } : deps.config.locateSchoolDb(code);
  const now = deps.clock.now();

  const handle = openSchoolDb(deps.clientFactory, schoolDbConfig(deps.config, located.url, located.tokenSecret));
  try {
    await migrate(handle.client, migrations);
    const creatorExists = await handle.db.select({ id: members.id }).from(members).where(eq(members.adminRole, 'creator')).get();
    if (!creatorExists) {
      await handle.db.transaction(async (tx) => {
        const creatorId = await insertMember(tx, { kind: 'staff', ...input.creator, isStaff: true, adminRole: 'creator' }, now);
        // the school starts with its root department (the creator in it) and 校友
        await ensureDepartmentRoots(tx, input.nameZh, now);
        const root = await tx.select({ id: departments.id }).from(departments).where(isNull(departments.parentId)).get();
        if (root) await tx.insert(memberDepartments).values({ memberId: creatorId, departmentId: root.id });
      });
    }
  } finally {
    handle.client.close();
  }

  const row = {
    id: newId(now.getTime()),
    code,
    nameZh: input.nameZh,
    nameEn: input.nameEn ?? '',
    namePt: input.namePt ?? '',
    wecomCorpId: input.wecomCorpId ?? null,
    dbUrl: located.url,
    dbTokenSecret: located.tokenSecret,
    status: 'active' as const,
    createdAt: now,
    updatedAt: now,
  };
  await deps.control.db.batch([
    deps.control.db.insert(schools).values(row),
    deps.control.db.insert(controlAudit).values({
      id: newId(now.getTime()),
      at: now,
      operatorId,
      action: 'school.provision',
      targetType: 'school',
      targetId: code,
      after: { code, nameZh: row.nameZh, dbUrl: row.dbUrl },
    }),
  ]);
  deps.registry.invalidate(code);
  return toSchool(row);
}
