import type { Client } from '@libsql/client';
import type { ControlDb, SchoolDb, SchoolDbCache } from '../../../db/client';
import type { SessionCache } from '../auth/session-cache';
import type { Platform } from '../platform/types';
import type { Clock } from './clock';
import type { Locale } from './i18n';

/** Settings of one deployment, read once by the entry (Bun or Workers). */
export interface AppConfig {
  /** Public origin used in links sent out (messages, OAuth redirects), e.g. https://campus.example.mo */
  publicUrl: string;
  /** Marks cookies Secure; on by default except on plain-http localhost. */
  secureCookies: boolean;
  /** Secrets by name (database tokens, channel secrets): env vars or Worker secrets. */
  secrets: Record<string, string | undefined>;
  /** Where a new school's database lives: `file:` path locally, a Turso URL at the edge. */
  locateSchoolDb(code: string): { url: string; tokenSecret: string | null };
  /** Called after a school's published site data changes (micro-site rebuilds). */
  onSiteChanged?(schoolCode: string): void;
}

/** Everything the app is built from; each runtime's entry assembles one. */
export interface AppDeps {
  control: { client: Client; db: ControlDb };
  schools: SchoolDbCache;
  platform: Platform;
  clock: Clock;
  config: AppConfig;
  sessionCache: SessionCache;
}

/** A school from the registry, as requests and jobs see it. */
export interface School {
  id: string;
  code: string;
  name: { 'zh-Hant': string; en: string; pt: string };
  wecomCorpId: string | null;
  status: 'active' | 'suspended' | 'dissolved';
}

/** Admin scope of a 分級管理員: what departments, classes and apps it manages. */
export interface AdminScope {
  departmentIds: string[];
  classIds: string[];
  apps: string[];
}

/** The signed-in member making a request or on whose behalf a job acts. */
export interface Actor {
  memberId: string;
  name: string;
  kind: 'staff' | 'parent' | 'student';
  adminRole: 'creator' | 'super' | 'scoped' | null;
  isTeacher: boolean;
  isStaff: boolean;
  scope: AdminScope;
}

/** What every service verb receives: one school, its database, the caller, time, adapters. */
export interface ServiceContext {
  school: School;
  db: SchoolDb;
  actor: Actor | null;
  clock: Clock;
  platform: Platform;
  config: AppConfig;
  sessionCache: SessionCache;
  ip: string | null;
  locale: Locale;
}

/** A job's or script's context for one school: no actor, the system acts. */
export function systemContext(deps: AppDeps, school: School, db: SchoolDb): ServiceContext {
  return {
    school,
    db,
    actor: null,
    clock: deps.clock,
    platform: deps.platform,
    config: deps.config,
    sessionCache: deps.sessionCache,
    ip: null,
    locale: 'zh-Hant',
  };
}
