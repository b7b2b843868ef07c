import { hasKey, t } from '../../lib/i18n';
import type { AssignmentStatus, DefinitionStatus, QuestionStatus, QuestionType, SubmissionStatus } from '../../lib/homework-client';

/** 單選, 多選 … as the manual names them. */
export function typeLabel(type: QuestionType | string): string {
  const key = `hw.type.${type}`;
  return hasKey(key) ? t(key) : type;
}

/** 草稿 / 發布 of a question. */
export function QuestionBadge(props: { status: QuestionStatus }) {
  return <span class={`badge hw-badge hw-badge--${props.status}`}>{t(`hw.qs.${props.status}`)}</span>;
}

/** 草稿 / 完成 of a definition. */
export function DefinitionBadge(props: { status: DefinitionStatus }) {
  return <span class={`badge hw-badge hw-badge--${props.status}`}>{t(`hw.def.st.${props.status}`)}</span>;
}

/** 草稿 → 已發布 → 反饋 → 已完結 (HW-06). */
export function AssignmentBadge(props: { status: AssignmentStatus }) {
  return <span class={`badge hw-badge hw-badge--${props.status}`}>{t(`hw.as.st.${props.status}`)}</span>;
}

/** 未開始, 已保存, 已提交, 已批改, 需訂正 of one student's homework. */
export function SubmissionBadge(props: { status: SubmissionStatus; late?: boolean }) {
  return (
    <span class="hw-badges">
      <span class={`badge hw-badge hw-badge--sub-${props.status}`}>{t(`hw.sub.st.${props.status}`)}</span>
      {props.late ? <span class="badge hw-badge hw-badge--late">{t('hw.sub.late')}</span> : null}
    </span>
  );
}

/** ✓ 正確 / 部分正確 / ✗ 錯誤 of a mark, or '' while it has none. */
export function markResult(m: { correct?: boolean | null; score: number | null } | null | undefined): { label: string; tone: 'right' | 'partial' | 'wrong' } | null {
  if (!m || m.correct === null || m.correct === undefined) return null;
  if (m.correct) return { label: `✓ ${t('hw.gr.correct')}`, tone: 'right' };
  return m.score && m.score > 0 ? { label: `◐ ${t('hw.gr.partial')}`, tone: 'partial' } : { label: `✗ ${t('hw.gr.wrong')}`, tone: 'wrong' };
}

/** A score without trailing zeros ("7.5", "10"). */
export const formatScore = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(Math.round(n * 100) / 100));

/** A date (no time) in Macao time, as the manual's 創建時間 column shows it. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Macau', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}
