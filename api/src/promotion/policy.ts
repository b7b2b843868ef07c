import { managesApp } from '../auth/policy';
import type { Actor } from '../lib/context';

/**
 * 自動升班 (manual §2) is school-wide work: super admins, and scoped admins whose app scope
 * names the app (B08 sync: `b08`; B01 update: `b01`). Everyone else is refused (403).
 */
export const canSyncB08 = (a: Actor | null): boolean => a?.kind === 'staff' && managesApp(a, 'b08');
export const canUpdateB01 = (a: Actor | null): boolean => a?.kind === 'staff' && managesApp(a, 'b01');
