import * as v from 'valibot';
import { PageQuery } from '../lib/paging';

/** An id as the API hands them out. */
export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
const Ids = (max: number) => v.optional(v.pipe(v.array(Id), v.maxLength(max)), []);

/** ANN-01 an announcement as the editor saves it, and what to do with it. */
export const AnnouncementBody = v.pipe(
  v.strictObject({
    /** 標題. */
    title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
    /** 正文: rich text (images, links); sanitised by the service. */
    body: v.pipe(v.string(), v.maxLength(200_000)),
    /** 摘要; empty: the start of the body. */
    summary: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(300)), ''),
    /** 作者; empty: the writer's name. */
    author: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(50)), ''),
    /** 封面: an image (id from POST /files) the writer uploaded. */
    coverFileId: v.optional(v.nullable(Id), null),
    /** 附件: files the writer uploaded. */
    attachmentIds: Ids(20),
    /** 分享設置: internal only, shareable outside by link, or no sharing with a watermark. */
    share: v.optional(v.picklist(['internal', 'external', 'none']), 'internal'),
    /** 發送範圍. */
    range: v.optional(
      v.strictObject({
        /** Departments, with their sub-departments. */
        departmentIds: Ids(200),
        /** Staff members. */
        memberIds: Ids(2000),
        /** Tags. */
        tagIds: Ids(100),
      }),
      { departmentIds: [], memberIds: [], tagIds: [] },
    ),
    /** 存為草稿, 發送 (now) or 定時發送. */
    action: v.picklist(['draft', 'send', 'schedule']),
    /** 定時發送: an ISO time in the future (with action `schedule`). */
    scheduledAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  }),
  v.forward(
    v.check((o) => o.action !== 'schedule' || o.scheduledAt !== undefined, 'a scheduled send needs its time'),
    ['scheduledAt'],
  ),
);
export type AnnouncementInput = v.InferOutput<typeof AnnouncementBody>;

export const AnnouncementParam = v.object({ school: v.string(), id: Id });
export const AnnouncementFileParam = v.object({ school: v.string(), id: Id, fileId: Id });
export const ShareParam = v.object({ school: v.string(), token: v.pipe(v.string(), v.regex(/^[0-9a-z]{16,64}$/)) });
export const SharedFileParam = v.object({ ...ShareParam.entries, fileId: v.pipe(v.string(), v.regex(/^[0-9a-z]{1,40}$/)) });

/** The editors' list (發公告): search by title, by status. */
export const ListAnnouncementsQuery = v.strictObject({
  ...PageQuery,
  /** draft, scheduled, sent, recalled. */
  status: v.optional(v.picklist(['draft', 'scheduled', 'sent', 'recalled'])),
});

/** ANN-02 成員閱讀情況. */
export const ReadersQuery = v.strictObject({
  ...PageQuery,
  /** Only those who have (not) read it. */
  state: v.optional(v.picklist(['read', 'unread'])),
});

/** The staff's own announcements. */
export const InboxQuery = v.strictObject({ ...PageQuery });
