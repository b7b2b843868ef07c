import type { Locale } from '../../lib/i18n';
import type { ImportProblem, ImportReason, ParsedQuestion } from './parsed';

/** Why a question of an import file is refused, in the three languages ({…} from the params). */
const REASONS: Record<ImportReason, Record<Locale, string>> = {
  unsupported_type: { 'zh-Hant': '不支援的題型「{type}」', en: 'Unsupported question type "{type}"', pt: 'Tipo de pergunta não suportado «{type}»' },
  syntax: { 'zh-Hant': '格式錯誤：{detail}', en: 'Syntax error: {detail}', pt: 'Erro de sintaxe: {detail}' },
  no_text: { 'zh-Hant': '題目沒有內容', en: 'The question has no text', pt: 'A pergunta não tem texto' },
  text_too_long: { 'zh-Hant': '題目超過 {max} 字', en: 'The question is longer than {max} characters', pt: 'A pergunta tem mais de {max} caracteres' },
  no_right_answer: { 'zh-Hant': '沒有正確答案', en: 'No right answer is given', pt: 'Não há nenhuma resposta certa' },
  several_right_answers: { 'zh-Hant': '單選題只可有一個正確答案', en: 'A single-choice question has only one right answer', pt: 'Uma pergunta de escolha única tem só uma resposta certa' },
  partial_credit: { 'zh-Hant': '不支援部分得分的答案（百分比）', en: 'Answers with partial credit (percentages) are not supported', pt: 'Respostas com pontuação parcial (percentagens) não são suportadas' },
  wildcard: { 'zh-Hant': '答案不可使用萬用字元 *', en: 'Answers cannot use the * wildcard', pt: 'As respostas não podem usar o caráter universal *' },
  too_few_options: { 'zh-Hant': '最少需要 {min} 個選項', en: 'At least {min} options are needed', pt: 'São precisas pelo menos {min} opções' },
  blank_count: { 'zh-Hant': '題目有 {marked} 個空格（____），答案有 {blanks} 個', en: 'The text marks {marked} blanks (____) but {blanks} are answered', pt: 'O texto marca {marked} espaços (____) mas há respostas para {blanks}' },
  invalid_content: { 'zh-Hant': '「{field}」無效（空白、過長或過多）', en: '"{field}" is not valid (empty, too long or too many)', pt: '«{field}» não é válido (vazio, demasiado longo ou demasiados)' },
};

/** One problem in the caller's language. */
export function reasonText(problem: ImportProblem, locale: Locale): string {
  const params = problem.params ?? {};
  return REASONS[problem.reason][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** A row of the import list: `error` (localised) and `reason` only for a refused question. */
export interface ImportRow {
  index: number;
  name: string;
  type: string;
  text: string;
  /** Set once imported: the new question's id. */
  id?: string;
  error?: string;
  reason?: ImportReason;
}

/** The list the import answers with (preview or result). */
export function presentImportRow(q: ParsedQuestion, locale: Locale, id?: string): ImportRow {
  const row: ImportRow = { index: q.index, name: q.name, type: q.type, text: q.text };
  if (id) row.id = id;
  if (q.problem) {
    row.error = reasonText(q.problem, locale);
    row.reason = q.problem.reason;
  }
  return row;
}
