import * as v from 'valibot';
import { PageQuery } from '../lib/paging';
import { APP_KEYS } from './catalogue';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
const IdList = v.pipe(v.array(Id), v.maxLength(500));
const AppKey = v.picklist(APP_KEYS as string[]);
/** Ordered app keys, each once. */
const AppKeys = v.pipe(
  v.array(AppKey),
  v.maxLength(APP_KEYS.length),
  v.check((keys) => new Set(keys).size === keys.length, 'each app once'),
);

export const AppParam = v.object({ school: v.string(), key: v.pipe(v.string(), v.maxLength(40)) });
export const GroupParam = v.object({ school: v.string(), id: Id });

export const ListAppsQuery = v.strictObject({ ...PageQuery });

/** Who sees an app on the workbench; all three empty = every staff member. */
export const VisibleRangeInput = v.strictObject({
  /** Departments; each covers its sub-departments. */
  departmentIds: v.optional(IdList, []),
  /** Staff members. */
  memberIds: v.optional(IdList, []),
  /** Tags (標籤). */
  tagIds: v.optional(IdList, []),
});
export type VisibleRange = v.InferOutput<typeof VisibleRangeInput>;

export const UpdateAppInput = v.strictObject({
  /** Enabled apps can appear on the workbench. */
  enabled: v.optional(v.boolean()),
  /** Parents and students may use it (only apps the manual opens to them). */
  parentsAllowed: v.optional(v.boolean()),
  /** Replaces the visible range. */
  visibleRange: v.optional(VisibleRangeInput),
});

export const ListGroupsQuery = v.strictObject({ ...PageQuery });

const GroupName = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60));

/** The group's name in English and Portuguese (the phone shows the viewer's language). */
const GroupTranslations = v.strictObject({ en: v.optional(GroupName), pt: v.optional(GroupName) });

export const CreateGroupInput = v.strictObject({
  /** e.g. 智慧校園 (zh-Hant). */
  name: GroupName,
  /** e.g. { en: 'Macao Smart Campus' }. */
  translations: v.optional(GroupTranslations, {}),
  /** The group's apps, in order. */
  appKeys: v.optional(AppKeys, []),
});

export const UpdateGroupInput = v.strictObject({ name: v.optional(GroupName), translations: v.optional(GroupTranslations) });

export const GroupItemsInput = v.strictObject({
  /** The group's apps, in the order the workbench shows them. */
  appKeys: AppKeys,
});

export const ReorderGroupsInput = v.strictObject({
  /** Every workbench group's id, in the new order. */
  groupIds: v.pipe(
    v.array(Id),
    v.maxLength(200),
    v.check((ids) => new Set(ids).size === ids.length, 'each group once'),
  ),
});
