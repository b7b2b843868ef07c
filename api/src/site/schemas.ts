import * as v from 'valibot';
import { PageQuery } from '../lib/paging';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
const Flag = v.picklist(['true', 'false']);
const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60));
/** http(s) only: a `javascript:` or `data:` link never reaches the public site. */
const WebLink = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(1000),
  v.check((s) => /^https?:\/\/[^\s]+$/i.test(s) && URL.canParse(s), 'must be an http(s) address'),
);
const Status = v.picklist(['draft', 'published']);

export const IdParam = v.object({ school: v.string(), id: Id });
export const MediaParam = v.object({ school: v.string(), fileId: Id });

export const ListShowcasesQuery = v.strictObject({
  ...PageQuery,
  /** Only listed (上架) or only unlisted (下架) showcases. */
  listed: v.optional(Flag),
});

export const CreateShowcaseInput = v.strictObject({
  /** 名稱, shown on the card. */
  name: Name,
  /** 鏈接: where the showcase leads, http(s) only; null for none. */
  link: v.optional(v.nullable(WebLink), null),
  /** An image uploaded through POST /files (images only). */
  imageFileId: v.optional(v.nullable(Id), null),
  /** 上架 at once; unlisted by default. */
  listed: v.optional(v.boolean(), false),
});

export const UpdateShowcaseInput = v.strictObject({
  name: v.optional(Name),
  link: v.optional(v.nullable(WebLink)),
  imageFileId: v.optional(v.nullable(Id)),
  /** 上架 (true) / 下架 (false). */
  listed: v.optional(v.boolean()),
});

export const ReorderShowcasesInput = v.strictObject({
  /** 保存排序: every showcase's id, in the new order. */
  showcaseIds: v.pipe(
    v.array(Id),
    v.maxLength(500),
    v.check((ids) => new Set(ids).size === ids.length, 'each showcase once'),
  ),
});

export const ListTypesQuery = v.strictObject({ ...PageQuery });

export const CreateTypeInput = v.strictObject({
  /** 名稱, unique. */
  name: Name,
  /** 啓用 at once (default) or created disabled. */
  enabled: v.optional(v.boolean(), true),
});

export const UpdateTypeInput = v.strictObject({
  name: v.optional(Name),
  /** 啓用 (true) / 禁用 (false). */
  enabled: v.optional(v.boolean()),
});

const Title = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100));
/** Rich HTML from the editor; sanitised before it is stored. */
const Content = v.pipe(v.string(), v.maxLength(200_000));

export const ListArticlesQuery = v.strictObject({
  ...PageQuery,
  status: v.optional(Status),
  typeId: v.optional(Id),
  /** Only pinned (置頂) or only unpinned articles. */
  pinned: v.optional(Flag),
});

export const CreateArticleInput = v.strictObject({
  /** 類型: an enabled article type. */
  typeId: Id,
  /** 標題. */
  title: Title,
  /** 匿名: the public site shows no author. */
  anonymous: v.optional(v.boolean(), false),
  /** 允許留言. */
  allowComments: v.optional(v.boolean(), true),
  /** 內容: text, links and images (uploaded through POST /files). */
  content: Content,
  /** 發佈 (published) or 保存草稿 (draft). */
  status: Status,
});

export const UpdateArticleInput = v.strictObject({
  typeId: v.optional(Id),
  title: v.optional(Title),
  anonymous: v.optional(v.boolean()),
  allowComments: v.optional(v.boolean()),
  content: v.optional(Content),
  /** published = 發佈; draft = back to a draft (withdrawn from the site). */
  status: v.optional(Status),
});

export const CommentInput = v.strictObject({
  /** The visitor's name as shown with the comment. */
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40)),
  /** Plain text; any markup is removed. */
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500)),
});

export const ListCommentsQuery = v.strictObject({
  ...PageQuery,
  /** pending (待審核) by default. */
  status: v.optional(v.picklist(['pending', 'approved', 'hidden']), 'pending'),
  articleId: v.optional(Id),
});
