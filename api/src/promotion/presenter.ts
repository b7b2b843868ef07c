import type { b01Rows, b01Updates, b01Uploads } from '../../../db/schema';
import type { Locale } from '../lib/i18n';
import type { Anomaly } from './match-b01';

const REASONS: Record<Anomaly, Record<Locale, string>> = {
  malformed: { 'zh-Hant': '資料格式錯誤', en: 'Malformed record', pt: 'Registo mal formado' },
  duplicate: { 'zh-Hant': '教育證重複', en: 'Duplicate education ID', pt: 'Número de cartão repetido' },
  unknown_class: { 'zh-Hant': '班別不存在（未按B08表同步）', en: 'Unknown class (not created by the B08 sync)', pt: 'Turma desconhecida (não criada pela sincronização B08)' },
  not_subscribed: { 'zh-Hant': '學生未訂閱', en: 'Student not subscribed', pt: 'Aluno não subscrito' },
};

/** An anomaly's reason in the caller's language (the exclamation mark's text). */
export const reasonLabel = (reason: Anomaly, locale: Locale): string => REASONS[reason][locale];

export function presentUpload(u: typeof b01Uploads.$inferSelect) {
  return { id: u.id, schoolYear: u.schoolYear, generatedAt: u.generatedAt, total: u.total, anomalyCount: u.anomalyCount, by: { id: u.byMemberId, name: u.byName }, at: u.at.toISOString() };
}

/** One record of the current JSON in a class's drill-down. */
export function presentRow(r: typeof b01Rows.$inferSelect, current: { className: string | null; status: string } | undefined, locale: Locale) {
  return {
    seq: r.seq,
    educationId: r.educationId,
    name: r.name,
    gradeCode: r.gradeCode,
    className: r.className,
    classNumber: r.classNumber,
    studentId: r.studentId,
    targetClassId: r.classId,
    /** Where the student is now in the contacts. */
    currentClassName: current?.className ?? null,
    currentStatus: current?.status ?? null,
    anomalies: (r.anomalies as Anomaly[]).map((code) => ({ code, label: reasonLabel(code, locale) })),
  };
}

/** A line of the update log (PRM-05): who, when, what kind, the counts. */
export function presentUpdate(u: typeof b01Updates.$inferSelect) {
  return {
    id: u.id,
    kind: u.kind,
    uploadId: u.uploadId,
    schoolYear: u.schoolYear,
    counts: u.counts,
    undoOf: u.undoOf,
    undoneAt: u.undoneAt?.toISOString() ?? null,
    by: { id: u.byMemberId, name: u.byName },
    at: u.at.toISOString(),
  };
}
