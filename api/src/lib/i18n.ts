export type Locale = 'zh-Hant' | 'en' | 'pt';
export const LOCALES: Locale[] = ['zh-Hant', 'en', 'pt'];

/** Picks the best supported locale from an Accept-Language header; zh-Hant by default. */
export function pickLocale(header: string | undefined | null): Locale {
  if (!header) return 'zh-Hant';
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.tag && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    if (tag.startsWith('zh')) return 'zh-Hant';
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('pt')) return 'pt';
  }
  return 'zh-Hant';
}

type Text = Record<Locale, string>;

/** Every error message the API can give, by code, in the three languages. */
export const errorMessages = {
  bad_request: { 'zh-Hant': '請求無效', en: 'The request is not valid', pt: 'O pedido não é válido' },
  invalid_field: { 'zh-Hant': '欄位「{field}」無效：{detail}', en: 'The field "{field}" is not valid: {detail}', pt: 'O campo "{field}" não é válido: {detail}' },
  unknown_field: { 'zh-Hant': '不允許的欄位「{field}」', en: 'The field "{field}" is not allowed', pt: 'O campo "{field}" não é permitido' },
  invalid_json: { 'zh-Hant': '請求內容不是有效的 JSON', en: 'The request body is not valid JSON', pt: 'O corpo do pedido não é JSON válido' },
  payload_too_large: { 'zh-Hant': '內容過大（上限 {limit}）', en: 'The content is too large (limit {limit})', pt: 'O conteúdo é demasiado grande (limite {limit})' },
  unauthenticated: { 'zh-Hant': '請先登入', en: 'Please sign in', pt: 'Inicie sessão, por favor' },
  forbidden: { 'zh-Hant': '沒有權限進行此操作', en: 'You may not do this', pt: 'Não tem permissão para esta operação' },
  not_found: { 'zh-Hant': '找不到該項目', en: 'Not found', pt: 'Não encontrado' },
  school_not_found: { 'zh-Hant': '找不到該學校', en: 'No such school', pt: 'Escola não encontrada' },
  conflict: { 'zh-Hant': '與現有資料衝突', en: 'This conflicts with existing data', pt: 'Isto entra em conflito com dados existentes' },
  csrf: { 'zh-Hant': '請求來源無效，請重新整理頁面', en: 'The request did not come from this site; reload the page', pt: 'O pedido não veio deste site; recarregue a página' },
  rate_limited: { 'zh-Hant': '操作過於頻繁，請 {seconds} 秒後再試', en: 'Too many attempts; try again in {seconds} s', pt: 'Demasiadas tentativas; tente de novo dentro de {seconds} s' },
  bad_credentials: { 'zh-Hant': '帳號或密碼錯誤', en: 'Wrong account or password', pt: 'Conta ou palavra-passe errada' },
  account_disabled: { 'zh-Hant': '帳號已停用', en: 'This account is disabled', pt: 'Esta conta está desativada' },
  no_back_office: { 'zh-Hant': '普通用戶不能登入管理後台', en: 'Only admins may sign in to the back-office', pt: 'Só administradores podem entrar no back-office' },
  code_invalid: { 'zh-Hant': '驗證碼錯誤或已過期', en: 'The code is wrong or has expired', pt: 'O código está errado ou expirou' },
  no_such_phone: { 'zh-Hant': '此手機號碼未加入學校', en: 'This phone number is not a member of the school', pt: 'Este número não pertence à escola' },
  second_factor_required: { 'zh-Hant': '請輸入短信驗證碼', en: 'Enter the SMS code', pt: 'Introduza o código SMS' },
  oauth_failed: { 'zh-Hant': '授權登入失敗', en: 'Sign-in through the app failed', pt: 'O início de sessão pela aplicação falhou' },
  channel_not_configured: { 'zh-Hant': '學校未設定此登入方式', en: 'The school has not set up this sign-in', pt: 'A escola não configurou este início de sessão' },
  school_exists: { 'zh-Hant': '學校代碼已存在', en: 'A school with this code exists', pt: 'Já existe uma escola com este código' },
  file_empty: { 'zh-Hant': '檔案是空的', en: 'The file is empty', pt: 'O ficheiro está vazio' },
  file_type: { 'zh-Hant': '不接受此類檔案', en: 'This kind of file is not accepted', pt: 'Este tipo de ficheiro não é aceite' },
  internal: { 'zh-Hant': '系統錯誤，請稍後再試', en: 'Something went wrong; try again later', pt: 'Algo correu mal; tente mais tarde' },
} satisfies Record<string, Text>;

export type ErrorCode = keyof typeof errorMessages;

/** Formats a message for `code` in `locale`, filling `{name}` placeholders. */
export function formatMessage(code: ErrorCode, locale: Locale, params: Record<string, string | number> = {}): string {
  const template = errorMessages[code][locale];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
