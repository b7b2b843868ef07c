import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import type { SchoolDb, SchoolDbOrTx } from '../../../db/client';
import { settings } from '../../../db/schema';
import { CONFIDENTIAL_FIELDS } from './confidential';

/** ADM-04 security settings (the parts the platform core enforces). */
export const SecuritySettings = v.strictObject({
  /** Back-office sign-in needs an SMS code after the password. */
  smsSecondFactor: v.boolean(),
  /** Watermark of the viewer's name on contacts and conversation pages. */
  watermark: v.boolean(),
  /** Hide the member count in contacts. */
  hideMemberCount: v.boolean(),
  /** Member fields shown only on click, each view logged (配置成員保密信息); settings saved before this existed have none. */
  confidentialFields: v.optional(
    v.pipe(
      v.array(v.picklist(CONFIDENTIAL_FIELDS)),
      v.maxLength(CONFIDENTIAL_FIELDS.length),
      v.check((list) => new Set(list).size === list.length, 'each field once'),
    ),
    [],
  ),
});

/** WeCom / WeChat credentials; messages stay in-app only until these are set. */
export const ChannelSettings = v.strictObject({
  /** WeCom application (agent) id used for staff messages and OAuth. */
  agentId: v.pipe(v.string(), v.maxLength(40)),
  /** The application's secret. */
  secret: v.pipe(v.string(), v.maxLength(200)),
  /** Send to parents and students through WeCom's school notifications (學校通知). */
  wechatEnabled: v.boolean(),
});

/** Quiet hours for messages to parents and students (Asia/Macau, HH:MM). */
export const QuietHours = v.strictObject({
  start: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  end: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
});

const DEFINITIONS = {
  security: { schema: SecuritySettings, fallback: { smsSecondFactor: false, watermark: false, hideMemberCount: false, confidentialFields: [] } },
  channels: { schema: v.nullable(ChannelSettings), fallback: null },
  quietHours: { schema: QuietHours, fallback: { start: '22:00', end: '07:00' } },
} as const;

type Definitions = typeof DEFINITIONS;
export type SettingKey = keyof Definitions;
export type SettingValue<K extends SettingKey> = v.InferOutput<Definitions[K]['schema']>;

/** A school setting, or its default when it was never set or no longer parses. */
export async function getSetting<K extends SettingKey>(db: SchoolDb | SchoolDbOrTx, key: K): Promise<SettingValue<K>> {
  const row = await db.select().from(settings).where(eq(settings.key, key)).get();
  const def = DEFINITIONS[key];
  if (!row) return def.fallback as SettingValue<K>;
  const parsed = v.safeParse(def.schema, row.value);
  return (parsed.success ? parsed.output : def.fallback) as SettingValue<K>;
}

/** Stores a school setting (the caller validated it and audits the change). */
export async function putSetting<K extends SettingKey>(tx: SchoolDbOrTx, key: K, value: SettingValue<K>, now: Date): Promise<void> {
  await tx
    .insert(settings)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } });
}

/** The member fields this school keeps confidential (ADM-04). */
export async function confidentialFields(db: SchoolDbOrTx) {
  return (await getSetting(db, 'security')).confidentialFields;
}
