import type { SchoolDbOrTx } from '../../../db/client';
import { auditLog } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { newId } from '../lib/ids';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * records a change in the caller's transaction, so the audit row exists exactly when
 * the change does.
 */
export async function writeAudit(tx: SchoolDbOrTx, ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  const now = ctx.clock.now();
  await tx.insert(auditLog).values({
    id: newId(now.getTime()),
    at: now,
    actorId: ctx.actor?.memberId ?? null,
    actorName: ctx.actor?.name ?? '系統自動',
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: ctx.ip,
  });
}
