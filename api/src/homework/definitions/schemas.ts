import * as v from 'valibot';
import { PageQuery } from '../../lib/paging';
import { Id } from '../bank/schemas';

const Title = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));
/** A question's score: more than 0, at most 1000, in hundredths at most. */
const Score = v.pipe(
  v.number(),
  v.minValue(0.01),
  v.maxValue(1000),
  v.check((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'at most two decimals'),
);
/** A 0-based position among the siblings; past the end means last. */
const Position = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));

/** HW-03 添加作業定義. */
export const CreateDefinitionBody = v.strictObject({
  /** 標題. */
  title: Title,
  /** An enabled subject (TT-07); its published questions are the ones that can be added. */
  subjectId: Id,
  /** 是否計分: whether each question carries a score. */
  scored: v.boolean(),
});
export type CreateDefinitionInput = v.InferOutput<typeof CreateDefinitionBody>;

/** 編輯 a draft. Turning scoring off clears the scores. */
export const UpdateDefinitionBody = v.strictObject({
  /** 標題. */
  title: v.optional(Title),
  /** 是否計分. */
  scored: v.optional(v.boolean()),
});
export type UpdateDefinitionInput = v.InferOutput<typeof UpdateDefinitionBody>;

/** 作業定義 list. */
export const ListDefinitionsQuery = v.strictObject({
  ...PageQuery,
  /** Only this subject. */
  subjectId: v.optional(Id),
  /** 草稿 draft or 完成 completed. */
  status: v.optional(v.picklist(['draft', 'completed'])),
  /** 1: scored only; 0: unscored only. */
  scored: v.optional(v.picklist(['0', '1'])),
  /** 1: only my own definitions. */
  mine: v.optional(v.picklist(['0', '1'])),
});
export type ListDefinitionsInput = v.InferOutput<typeof ListDefinitionsQuery>;

/** 添加章節: at the top level, or under a section of the same definition. */
export const AddSectionBody = v.strictObject({
  /** 章節名稱. */
  title: Title,
  /** The parent section; none for the top level. */
  parentId: v.optional(v.nullable(Id)),
});
export type AddSectionInput = v.InferOutput<typeof AddSectionBody>;

/** Renames or moves a section among its siblings. */
export const UpdateSectionBody = v.strictObject({
  /** 章節名稱. */
  title: v.optional(Title),
  /** The new 0-based position among its siblings. */
  sortOrder: v.optional(Position),
});
export type UpdateSectionInput = v.InferOutput<typeof UpdateSectionBody>;

/** 添加題目 to a section. */
export const AddItemsBody = v.strictObject({
  /** Published questions of the definition's subject, each not yet in the definition. */
  questionIds: v.pipe(v.array(Id), v.minLength(1), v.maxLength(100)),
});
export type AddItemsInput = v.InferOutput<typeof AddItemsBody>;

/** 設置分數 or moves a question within its section. */
export const UpdateItemBody = v.strictObject({
  /** The score (scored definitions only); null clears it. */
  score: v.optional(v.nullable(Score)),
  /** The new 0-based position within its section. */
  sortOrder: v.optional(Position),
});
export type UpdateItemInput = v.InferOutput<typeof UpdateItemBody>;

/** 批量設置分數: one score for every question in the section and its sub-sections. */
export const BatchScoreBody = v.strictObject({
  /** The score. */
  score: Score,
});

export const DefinitionParam = v.object({ school: v.string(), id: Id });
export const SectionParam = v.object({ school: v.string(), id: Id, sectionId: Id });
export const ItemParam = v.object({ school: v.string(), id: Id, itemId: Id });
