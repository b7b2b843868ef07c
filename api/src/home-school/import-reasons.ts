import type { Locale } from '../lib/i18n';

/** Why a row of a students import is refused: a stable code and its words in each language. */
export const IMPORT_REASONS = {
  empty_file: { 'zh-Hant': '檔案沒有資料行', en: 'The file has no data rows', pt: 'O ficheiro não tem linhas de dados' },
  too_many_rows: { 'zh-Hant': '資料行過多（上限 10000 行）', en: 'Too many rows (at most 10,000)', pt: 'Demasiadas linhas (máximo 10 000)' },
  missing_header: { 'zh-Hant': '缺少此欄標題', en: 'This column header is missing', pt: 'Falta este cabeçalho de coluna' },
  missing: { 'zh-Hant': '必須填寫', en: 'is required', pt: 'é obrigatório' },
  too_long: { 'zh-Hant': '太長', en: 'is too long', pt: 'é demasiado longo' },
  unknown_class: { 'zh-Hant': '找不到此班級', en: 'No such class', pt: 'Turma desconhecida' },
  ambiguous_class: { 'zh-Hant': '有多個同名班級，請填寫校部和年級', en: 'Several classes have this name; fill in the campus and grade', pt: 'Várias turmas têm este nome; indique o campus e o ano' },
  bad_education_id: { 'zh-Hant': '教育證編號格式應為 1234567-8', en: 'An education ID looks like 1234567-8', pt: 'O número do cartão tem a forma 1234567-8' },
  bad_temp_number: { 'zh-Hant': '臨時教育證編號應為 XX 加 5 位數字', en: 'A temporary number is XX and 5 digits', pt: 'O número temporário é XX e 5 algarismos' },
  bad_birth_date: { 'zh-Hant': '出生日期應為 YYYYMMDD 或 YYYY-MM-DD 的有效日期', en: 'The birth date must be a real date as YYYYMMDD or YYYY-MM-DD', pt: 'A data de nascimento deve ser uma data válida AAAAMMDD ou AAAA-MM-DD' },
  unknown_relation: { 'zh-Hant': '關係應為 爸爸、媽媽、爺爺、嫲嫲、外公、外婆、監護人、本人 或 其他', en: 'Unknown relation', pt: 'Relação desconhecida' },
  bad_phone: { 'zh-Hant': '手機號碼格式不正確', en: 'The phone number is not valid', pt: 'O número de telemóvel não é válido' },
  duplicate_education_id: { 'zh-Hant': '同一教育證編號在檔案中屬於不同學生', en: 'The same education ID is given to different students in the file', pt: 'O mesmo número é dado a alunos diferentes no ficheiro' },
  education_id_exists: { 'zh-Hant': '此教育證編號已屬於學校的另一名學生', en: 'This education ID already belongs to a student of the school', pt: 'Este número já pertence a um aluno da escola' },
  duplicate_phone: { 'zh-Hant': '同一學生的家長手機重複', en: 'The same phone is given twice for one student', pt: 'O mesmo telemóvel aparece duas vezes para um aluno' },
  duplicate_self: { 'zh-Hant': '一名學生只能有一個「本人」', en: 'A student has one 本人 at most', pt: 'Um aluno tem no máximo um 本人' },
  staff_phone: { 'zh-Hant': '已存在相同手機號的用戶（教職員）', en: 'This phone belongs to a staff member', pt: 'Este telemóvel pertence a um funcionário' },
  phone_kind: { 'zh-Hant': '此手機號碼已用於其他身份（家長／學生本人）', en: 'This phone is already used in another role (parent / student)', pt: 'Este telemóvel já é usado noutra função (encarregado / aluno)' },
  phone_in_use: { 'zh-Hant': '此手機號碼已是另一名學生的本人帳號', en: "This phone is already another student's own account", pt: 'Este telemóvel já é a conta de outro aluno' },
} satisfies Record<string, Record<Locale, string>>;

export type ImportReason = keyof typeof IMPORT_REASONS;

/** One refused cell: the sheet row (1 = headers), the column, the reason code. */
export interface ImportIssue {
  row: number;
  field: string;
  reason: ImportReason;
}

export const localiseIssues = (issues: ImportIssue[], locale: Locale) =>
  issues.map((i) => ({ ...i, message: IMPORT_REASONS[i.reason][locale] }));
