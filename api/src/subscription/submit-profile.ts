import type { DraftData } from '../../../db/schema';
import { SELF } from '../home-school/identity';
import type { ServiceContext } from '../lib/context';
import { ApiError, invalid } from '../lib/errors';
import type { Locale } from '../lib/i18n';
import { requireB08Class, requireDepartments, requireTeaching } from './choices';
import { advanceDraft, loadDraft, requireStep } from './drafts';

export interface ProfileInput {
  name?: string;
  departmentIds?: string[];
  teaching?: { classId: string; subjectId: string }[];
  studentName?: string;
  classId?: string;
  relation?: string;
}

const DETAIL: Record<'missing' | 'notSelf' | 'teacher', Record<Locale, string>> = {
  missing: { 'zh-Hant': '必須填寫', en: 'is required', pt: 'é obrigatório' },
  notSelf: { 'zh-Hant': '家長不能選擇「本人」', en: 'a parent cannot choose 本人 (self)', pt: 'um encarregado não pode escolher 本人 (o próprio)' },
  teacher: { 'zh-Hant': '老師請添加班級', en: 'a teacher adds at least one class', pt: 'um docente adiciona pelo menos uma turma' },
};

/**
 * 姓名 and, for staff, 部門 and 添加班級 (SUB-05); for the family code 學生姓名, 班級, 關係.
 * Each choice is checked now, so the last step only has the card left to prove.
 */
export async function submitProfile(ctx: ServiceContext, token: string, input: ProfileInput) {
  const draft = await loadDraft(ctx.db, ctx, token);
  requireStep(draft, 'profile', 'card');
  const need = <T>(value: T | undefined, field: string): T => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) throw invalid(field, DETAIL.missing[ctx.locale]);
    return value;
  };
  const unexpected = (fields: (keyof ProfileInput)[]) => {
    const extra = fields.find((f) => input[f] !== undefined);
    if (extra) throw new ApiError('unknown_field', { field: extra, params: { field: extra } });
  };
  let data: Partial<DraftData>;
  if (draft.kind === 'family') {
    unexpected(['departmentIds', 'teaching']);
    const studentName = need(input.studentName, 'studentName');
    const classId = need(input.classId, 'classId');
    await requireB08Class(ctx.db, classId, 'classId');
    const student = draft.data.identity === 'student';
    const relation = student ? SELF : need(input.relation, 'relation');
    if (!student && relation === SELF) throw invalid('relation', DETAIL.notSelf[ctx.locale]);
    data = { name: student ? studentName : (input.name ?? `${studentName}${relation}`), studentName, classId, relation };
  } else {
    unexpected(['studentName', 'classId', 'relation']);
    const name = need(input.name, 'name');
    // the admin screens ask no department: an approved admin lands in the root department
    const departmentIds = draft.kind === 'staff' ? need(input.departmentIds, 'departmentIds') : (input.departmentIds ?? []);
    await requireDepartments(ctx.db, departmentIds);
    const teaching = input.teaching ?? [];
    if (draft.kind === 'staff' && draft.data.identity === 'teacher' && teaching.length === 0) throw invalid('teaching', DETAIL.teacher[ctx.locale]);
    await requireTeaching(ctx.db, teaching);
    data = { name, departmentIds: [...new Set(departmentIds)], teaching };
  }
  await advanceDraft(ctx.db, draft, { step: 'card', data });
  return { step: 'card' as const };
}
