import type { hwDefinitions } from '../../../../db/schema';
import type { QuestionType } from '../../../../db/schema/homework';

type Definition = typeof hwDefinitions.$inferSelect;

/** A definition with its subject's name and how many questions it holds. */
export interface DefinitionListRow {
  definition: Definition;
  subjectName: string;
  questionCount: number;
}

/** 作業定義 row: 標題, 科目, 創建人, 創建時間, 計分, 總分, 狀態. */
export const presentDefinitionRow = ({ definition: d, subjectName, questionCount }: DefinitionListRow) => ({
  id: d.id,
  title: d.title,
  subject: { id: d.subjectId, name: subjectName },
  scored: d.scored,
  status: d.status,
  totalScore: d.totalScore,
  creator: { id: d.creatorId, name: d.creatorName },
  createdAt: d.createdAt.toISOString(),
  updatedAt: d.updatedAt.toISOString(),
  completedAt: d.completedAt?.toISOString() ?? null,
  questionCount,
});

/** An item as the tree editor shows it (no key: the bank's GET /questions/:id has that). */
export interface ItemView {
  id: string;
  questionId: string;
  type: QuestionType;
  text: string;
  score: number | null;
  sortOrder: number;
}

/** A section of the tree, flat with its parent, in display order. */
export interface SectionView {
  id: string;
  parentId: string | null;
  title: string;
  sortOrder: number;
  items: ItemView[];
}

/** 查看問題: the row and the whole section tree with its items, in one answer. */
export const presentDefinition = (row: DefinitionListRow, sections: SectionView[]) => ({ ...presentDefinitionRow(row), sections });
