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
  no_back_office: { 'zh-Hant': '家長和學生請使用手機版', en: 'Parents and students use the mobile app', pt: 'Pais e alunos usam a aplicação móvel' },
  code_invalid: { 'zh-Hant': '驗證碼錯誤或已過期', en: 'The code is wrong or has expired', pt: 'O código está errado ou expirou' },
  no_such_phone: { 'zh-Hant': '此手機號碼未加入學校', en: 'This phone number is not a member of the school', pt: 'Este número não pertence à escola' },
  second_factor_required: { 'zh-Hant': '請輸入短信驗證碼', en: 'Enter the SMS code', pt: 'Introduza o código SMS' },
  oauth_failed: { 'zh-Hant': '授權登入失敗', en: 'Sign-in through the app failed', pt: 'O início de sessão pela aplicação falhou' },
  channel_not_configured: { 'zh-Hant': '學校未設定此登入方式', en: 'The school has not set up this sign-in', pt: 'A escola não configurou este início de sessão' },
  school_exists: { 'zh-Hant': '學校代碼已存在', en: 'A school with this code exists', pt: 'Já existe uma escola com este código' },
  file_empty: { 'zh-Hant': '檔案是空的', en: 'The file is empty', pt: 'O ficheiro está vazio' },
  file_type: { 'zh-Hant': '不接受此類檔案', en: 'This kind of file is not accepted', pt: 'Este tipo de ficheiro não é aceite' },
  // home-school contacts (CT-02, CT-03, ID-02, ID-04)
  phone_in_use: { 'zh-Hant': '已存在相同手機號的用戶', en: 'A member with this phone number already exists', pt: 'Já existe um membro com este número de telemóvel' },
  education_id_taken: { 'zh-Hant': '此教育證編號已被另一名學生使用', en: 'This education ID is already used by another student', pt: 'Este número do cartão de estudante já é usado por outro aluno' },
  campus_not_empty: { 'zh-Hant': '校部仍有年級，不能刪除', en: 'The campus still has grades; it cannot be deleted', pt: 'O campus ainda tem anos escolares; não pode ser eliminado' },
  grade_not_empty: { 'zh-Hant': '年級仍有班級，不能刪除', en: 'The grade still has classes; it cannot be deleted', pt: 'O ano escolar ainda tem turmas; não pode ser eliminado' },
  class_not_empty: { 'zh-Hant': '班級仍有學生，不能刪除', en: 'The class still has students; it cannot be deleted', pt: 'A turma ainda tem alunos; não pode ser eliminada' },
  student_not_active: { 'zh-Hant': '學生已轉學或已成為校友', en: 'The student has already left (transferred or alumni)', pt: 'O aluno já saiu (transferido ou antigo aluno)' },
  import_invalid: { 'zh-Hant': '匯入檔案有 {count} 處錯誤，沒有任何資料被更改', en: 'The import file has {count} errors; nothing was changed', pt: 'O ficheiro de importação tem {count} erros; nada foi alterado' },
  not_a_teacher: { 'zh-Hant': '所選成員不是教學人員', en: 'The chosen member is not a teacher', pt: 'O membro escolhido não é docente' },
  subject_disabled: { 'zh-Hant': '科目已停用', en: 'This subject is disabled', pt: 'Esta disciplina está desativada' },
  not_alumni: { 'zh-Hant': '只有校友可以綁定校友部門', en: 'Only former students may join the alumni department', pt: 'Só antigos alunos podem juntar-se ao departamento de antigos alunos' },
  code_taken: { 'zh-Hant': '代碼已被使用', en: 'This code is already in use', pt: 'Este código já está em uso' },
  // contacts (CT-01)
  invalid_phone: { 'zh-Hant': '手機號碼格式不正確', en: 'The phone number has the wrong format for its area code', pt: 'O número de telemóvel não tem o formato certo para o indicativo' },
  identity_required: { 'zh-Hant': '請至少選擇一種身份（教學人員或學校職員）', en: 'Choose at least one identity (teacher or school staff)', pt: 'Escolha pelo menos uma identidade (docente ou pessoal)' },
  department_not_empty: { 'zh-Hant': '部門內仍有成員或子部門，不能刪除', en: 'The department still has members or sub-departments', pt: 'O departamento ainda tem membros ou subdepartamentos' },
  department_protected: { 'zh-Hant': '根部門和校友部門不能刪除或移動', en: 'The root and alumni departments cannot be deleted or moved', pt: 'Os departamentos raiz e de antigos alunos não podem ser eliminados nem movidos' },
  department_cycle: { 'zh-Hant': '不能把部門移到它自己或其下級部門之下', en: 'A department cannot move under itself or one of its sub-departments', pt: 'Um departamento não pode ficar sob si próprio nem sob um subdepartamento seu' },
  department_name_taken: { 'zh-Hant': '同一上級部門下已有同名部門', en: 'A department with this name exists under the same parent', pt: 'Já existe um departamento com este nome no mesmo nível' },
  head_not_member: { 'zh-Hant': '部門負責人必須是該部門的成員', en: 'A department head must be a member of the department', pt: 'O responsável tem de ser membro do departamento' },
  account_taken: { 'zh-Hant': '已存在相同帳號的用戶', en: 'A member with this account already exists', pt: 'Já existe um membro com esta conta' },
  already_joined: { 'zh-Hant': '該成員已加入，無需邀請', en: 'This member has already joined', pt: 'Este membro já aderiu' },
  // roles, apps, QR sign-in (ADM-01, ID-05, APP-01, APP-03)
  unknown_ref: { 'zh-Hant': '欄位「{field}」包含不存在的項目：{ref}', en: 'The field "{field}" names something that does not exist: {ref}', pt: 'O campo "{field}" indica algo que não existe: {ref}' },
  not_staff: { 'zh-Hant': '只有教職員可以擔任管理員', en: 'Only staff members can be admins', pt: 'Só membros do pessoal podem ser administradores' },
  admin_exists: { 'zh-Hant': '該成員已是管理員', en: 'This member is already an admin', pt: 'Este membro já é administrador' },
  not_admin: { 'zh-Hant': '只能轉讓給現有管理員', en: 'The creator role can only go to an existing admin', pt: 'O papel de criador só pode passar para um administrador existente' },
  creator_protected: { 'zh-Hant': '創建人的角色不能更改，請先轉讓創建人', en: "The creator's role cannot be changed; transfer the creator role first", pt: 'O papel do criador não pode ser alterado; transfira primeiro o papel de criador' },
  confirm_code_mismatch: { 'zh-Hant': '輸入的代碼與學校代碼不符', en: 'The code typed does not match the school code', pt: 'O código introduzido não corresponde ao código da escola' },
  staff_only_app: { 'zh-Hant': '此應用只限教職員使用', en: 'This app is for staff only', pt: 'Esta aplicação é só para o pessoal' },
  scope_only_scoped: { 'zh-Hant': '只有分級管理員可以設定管理範圍', en: 'Only a scoped admin has a scope', pt: 'Só um administrador delegado tem âmbito' },
  super_in_group: { 'zh-Hant': '超級管理員已管理全部範圍，不能加入管理組', en: 'A super admin manages everything and cannot join a management group', pt: 'Um superadministrador gere tudo e não pode entrar num grupo de gestão' },
  incomplete_list: { 'zh-Hant': '欄位「{field}」必須列出全部 {count} 項', en: 'The field "{field}" must list all {count} items', pt: 'O campo "{field}" tem de listar todos os {count} itens' },
  qr_expired: { 'zh-Hant': '二維碼已過期，請重新整理', en: 'The QR code has expired; refresh it', pt: 'O código QR expirou; atualize-o' },
  // micro-site (WEB-01..07)
  site_desktop_only: { 'zh-Hant': '微官網需在電腦端管理，手機端只可以查看', en: 'The micro-site is managed on a computer; on a phone it can only be viewed', pt: 'O micro-site gere-se num computador; no telemóvel só pode ser consultado' },
  site_type_disabled: { 'zh-Hant': '文章類型已禁用，請選擇已啓用的類型', en: 'This article type is disabled; choose an enabled one', pt: 'Este tipo de artigo está desativado; escolha um ativo' },
  site_type_taken: { 'zh-Hant': '已存在同名的文章類型', en: 'An article type with this name exists', pt: 'Já existe um tipo de artigo com este nome' },
  site_not_image: { 'zh-Hant': '欄位「{field}」必須是圖片', en: 'The field "{field}" must be an image', pt: 'O campo "{field}" tem de ser uma imagem' },
  site_image_source: { 'zh-Hant': '文章圖片必須先上載到學校（{src}）', en: 'Article images must be uploaded to the school first ({src})', pt: 'As imagens do artigo têm de ser carregadas primeiro na escola ({src})' },
  site_comments_closed: { 'zh-Hant': '此文章不允許留言', en: 'This article does not take comments', pt: 'Este artigo não aceita comentários' },
  // home-school notices (N-01 … N-09) and staff announcements (ANN-01, ANN-02)
  notice_no_recipients: { 'zh-Hant': '沒有可接收此通知的對象', en: 'There is no one to send this notice to', pt: 'Não há ninguém a quem enviar este aviso' },
  notice_schedule_past: { 'zh-Hant': '定時發送時間必須晚於現在', en: 'The scheduled time must be in the future', pt: 'A hora agendada tem de ser no futuro' },
  notice_closed: { 'zh-Hant': '通知已關閉，不能再確認或填寫', en: 'This notice is closed; it can no longer be confirmed or answered', pt: 'Este aviso está fechado; já não pode ser confirmado nem respondido' },
  notice_recalled: { 'zh-Hant': '通知已回收', en: 'This notice has been recalled', pt: 'Este aviso foi retirado' },
  notice_recall_expired: { 'zh-Hant': '只可回收 24 小時內發送的通知', en: 'Only notices sent within the last 24 hours can be recalled', pt: 'Só é possível retirar avisos enviados nas últimas 24 horas' },
  notice_not_sent: { 'zh-Hant': '通知尚未發送', en: 'This notice has not been sent yet', pt: 'Este aviso ainda não foi enviado' },
  notice_answer_required: { 'zh-Hant': '「{field}」必須作答', en: '"{field}" must be answered', pt: '"{field}" tem de ser respondida' },
  notice_answer_invalid: { 'zh-Hant': '「{field}」的答案不正確', en: 'The answer to "{field}" is not valid', pt: 'A resposta a "{field}" não é válida' },
  announcement_no_recipients: { 'zh-Hant': '發送範圍內沒有成員', en: 'The send range holds no members', pt: 'O âmbito de envio não tem membros' },
  announcement_not_editable: { 'zh-Hant': '已發送的公告不能修改', en: 'A sent announcement cannot be changed', pt: 'Um comunicado enviado não pode ser alterado' },
  announcement_not_sent: { 'zh-Hant': '公告尚未發送', en: 'This announcement has not been sent', pt: 'Este comunicado ainda não foi enviado' },
  announcement_recalled: { 'zh-Hant': '公告已撤回', en: 'This announcement has been recalled', pt: 'Este comunicado foi retirado' },
  announcement_recall_expired: { 'zh-Hant': '只可撤回 24 小時內發送的公告', en: 'Only announcements sent within the last 24 hours can be recalled', pt: 'Só é possível retirar comunicados enviados nas últimas 24 horas' },
  // subscription (SUB-01..07, ID-01..04) and promotion (PRM-01..07)
  phone_in_use_family: { 'zh-Hant': '已存在相同手機號的用戶，請關注家校通知', en: 'A member with this phone number already exists; follow the school notifications instead', pt: 'Já existe um membro com este número de telemóvel; siga as notificações da escola' },
  phone_mismatch: { 'zh-Hant': '兩次輸入的手機號碼不一致', en: 'The two phone numbers typed are not the same', pt: 'Os dois números de telemóvel introduzidos não coincidem' },
  birth_date_mismatch: { 'zh-Hant': '出生日期與教育證的記錄不符，請輸入證件持有人（學生本人）的出生日期', en: "The birth date does not match the card's record; enter the card holder's (the student's) birth date", pt: 'A data de nascimento não corresponde ao registo do cartão; introduza a data de nascimento do titular (o aluno)' },
  card_wrong_holder: { 'zh-Hant': '此證件不是所選身份的證件（學生請用教育證，教職員請用教學人員證或職員證）', en: 'This card is not for the identity chosen (students use their education ID; staff their teacher or staff card)', pt: 'Este cartão não corresponde à identidade escolhida (alunos usam o cartão de estudante; pessoal o cartão de docente ou de funcionário)' },
  education_id_unknown: { 'zh-Hant': '教青局沒有此教育證編號的記錄，請檢查編號，或使用「在本澳首次註冊」', en: 'The bureau has no record of this education ID; check the number, or use "first registration in Macao"', pt: 'A DSEDJ não tem registo deste número de cartão; verifique-o ou use «primeiro registo em Macau»' },
  temp_number_shape: { 'zh-Hant': '臨時教育證編號首兩位為「XX」，連首兩位合共7位（例如 XX12345）；如編號並非如此，請使用「掃描教育證」', en: 'A temporary number is "XX" followed by 5 digits (e.g. XX12345); if yours is not, use "scan education ID"', pt: 'Um número provisório é «XX» seguido de 5 algarismos (ex.: XX12345); se o seu não for assim, use «ler cartão de educação»' },
  card_in_use: { 'zh-Hant': '此教育證已由其他成員訂閱', en: 'This card has already been subscribed by another member', pt: 'Este cartão já foi subscrito por outro membro' },
  card_locked: { 'zh-Hant': '此教育證因多次輸入錯誤的出生日期已暫時鎖定，請於 {minutes} 分鐘後再試，或聯絡學校', en: 'This card is locked after repeated wrong birth dates; try again in {minutes} min or contact the school', pt: 'Este cartão está bloqueado após várias datas de nascimento erradas; tente de novo dentro de {minutes} min ou contacte a escola' },
  subscription_expired: { 'zh-Hant': '訂閱頁面已逾時，請重新掃描二維碼', en: 'The subscription page has expired; scan the QR code again', pt: 'A página de subscrição expirou; leia o código QR de novo' },
  subscription_step: { 'zh-Hant': '請先完成前面的訂閱步驟', en: 'Complete the earlier subscription steps first', pt: 'Conclua primeiro os passos anteriores da subscrição' },
  class_not_b08: { 'zh-Hant': '只能選擇按B08表同步建立的班級', en: 'Only classes created by the B08 sync can be chosen', pt: 'Só se podem escolher turmas criadas pela sincronização B08' },
  subscription_pending: { 'zh-Hant': '此手機號的管理員訂閱正在等待審核', en: 'An admin subscription for this phone number is waiting for approval', pt: 'Uma subscrição de administrador com este número aguarda aprovação' },
  request_decided: { 'zh-Hant': '此申請已處理', en: 'This request has already been decided', pt: 'Este pedido já foi decidido' },
  identity_subscribed: { 'zh-Hant': '此身份已訂閱', en: 'This identity is already subscribed', pt: 'Esta identidade já está subscrita' },
  b08_not_fetched: { 'zh-Hant': '請先「從教青局同步」該學年的B08表', en: "Fetch the school year's B08 table from the bureau first", pt: 'Obtenha primeiro da DSEDJ a tabela B08 do ano letivo' },
  b08_layout_changed: { 'zh-Hant': '該學年已按另一種方式（學生與家長是否分班）同步，不能更改', en: 'This school year was synced with the other choice about separate student and parent classes; it cannot change', pt: 'Este ano letivo foi sincronizado com a outra opção sobre turmas separadas de alunos e pais; não pode mudar' },
  b01_no_upload: { 'zh-Hant': '尚未上傳B01檔案', en: 'No B01 file has been uploaded', pt: 'Ainda não foi carregado nenhum ficheiro B01' },
  b01_stale: { 'zh-Hant': '已有較新的B01檔案，請重新預覽後再確認', en: 'A newer B01 file has been uploaded; preview it before confirming', pt: 'Foi carregado um ficheiro B01 mais recente; pré-visualize-o antes de confirmar' },
  b01_applied: { 'zh-Hant': '此B01檔案已更新到通訊錄', en: 'This B01 file has already been applied to the contacts', pt: 'Este ficheiro B01 já foi aplicado aos contactos' },
  b01_nothing_to_undo: { 'zh-Hant': '沒有可以撤銷的更新', en: 'There is no update to undo', pt: 'Não há nenhuma atualização para anular' },
  // homework: question bank and definitions (HW-01 … HW-04)
  question_content_invalid: { 'zh-Hant': '題目的「{field}」與選項不符（選項重複，或答案不在選項中）', en: 'The question\'s "{field}" does not match its options (a repeated option, or an answer that is not an option)', pt: 'O campo "{field}" da pergunta não corresponde às opções (opção repetida ou resposta que não é uma opção)' },
  question_published: { 'zh-Hant': '題目已發佈，不允許再修改', en: 'A published question cannot be changed', pt: 'Uma pergunta publicada não pode ser alterada' },
  question_in_use: { 'zh-Hant': '題目已用於作業定義，不能刪除', en: 'The question is used by a homework definition; it cannot be deleted', pt: 'A pergunta é usada numa definição de trabalho; não pode ser eliminada' },
  question_not_published: { 'zh-Hant': '只可添加已發佈的題目', en: 'Only published questions can be added', pt: 'Só se podem adicionar perguntas publicadas' },
  question_wrong_subject: { 'zh-Hant': '題目的科目與作業定義不同', en: 'The question is of another subject than the definition', pt: 'A pergunta é de outra disciplina que a definição' },
  question_already_added: { 'zh-Hant': '題目已在此作業定義中', en: 'The question is already in this definition', pt: 'A pergunta já está nesta definição' },
  definition_completed: { 'zh-Hant': '作業定義已完成，只能查看或複製', en: 'The definition is completed; it can only be viewed or copied', pt: 'A definição está concluída; só pode ser consultada ou copiada' },
  definition_in_use: { 'zh-Hant': '作業定義已用於學生作業，不能刪除', en: 'The definition has been assigned as homework; it cannot be deleted', pt: 'A definição foi atribuída como trabalho de casa; não pode ser eliminada' },
  definition_empty: { 'zh-Hant': '請先添加章節和題目', en: 'Add a section with questions first', pt: 'Adicione primeiro uma secção com perguntas' },
  section_empty: { 'zh-Hant': '章節「{title}」未包含任何題目', en: 'The section "{title}" holds no question', pt: 'A secção «{title}» não tem nenhuma pergunta' },
  item_unscored: { 'zh-Hant': '題目「{text}」未設置分數', en: 'The question "{text}" has no score', pt: 'A pergunta «{text}» não tem pontuação' },
  definition_not_scored: { 'zh-Hant': '此作業定義不計分', en: 'This definition is not scored', pt: 'Esta definição não tem pontuação' },
  // homework: student homework and the student's side (HW-05 … HW-10)
  assignment_published: { 'zh-Hant': '作業已發佈', en: 'The homework has already been published', pt: 'O trabalho de casa já foi publicado' },
  assignment_draft: { 'zh-Hant': '作業尚未發佈', en: 'The homework has not been published yet', pt: 'O trabalho de casa ainda não foi publicado' },
  assignment_closed: { 'zh-Hant': '作業已完結（封存），不可再作任何修改或提交', en: 'The homework is closed (archived); nothing can be changed or submitted', pt: 'O trabalho de casa está encerrado (arquivado); nada pode ser alterado nem entregue' },
  assignment_field_locked: { 'zh-Hant': '作業已發佈，「{field}」不能再修改', en: 'The homework has been published; "{field}" can no longer be changed', pt: 'O trabalho de casa foi publicado; «{field}» já não pode ser alterado' },
  class_not_taught: { 'zh-Hant': '只可為自己任教的班級及科目佈置作業', en: 'You can only assign homework to classes and subjects you teach', pt: 'Só pode atribuir trabalhos às turmas e disciplinas que leciona' },
  definition_not_completed: { 'zh-Hant': '只可選擇已完成的作業定義', en: 'Only a completed homework definition can be assigned', pt: 'Só se pode atribuir uma definição de trabalho concluída' },
  definition_other_subject: { 'zh-Hant': '作業定義的科目與作業的科目不同', en: 'The definition is of another subject than the homework', pt: 'A definição é de outra disciplina que o trabalho de casa' },
  homework_schedule_past: { 'zh-Hant': '定時發送時間必須晚於現在', en: 'The scheduled send time must be in the future', pt: 'A hora de envio agendada tem de ser no futuro' },
  homework_submitted: { 'zh-Hant': '作業已提交，老師退回訂正前不能再修改', en: 'The homework has been handed in; it can only be changed once returned for correction', pt: 'O trabalho já foi entregue; só pode ser alterado depois de devolvido para correção' },
  homework_child_required: { 'zh-Hant': '請選擇是哪一位子女的作業', en: 'Choose which child this homework is for', pt: 'Escolha a que filho se refere este trabalho' },
  homework_files_required: { 'zh-Hant': '請上傳作業檔案', en: 'Upload the homework files', pt: 'Carregue os ficheiros do trabalho' },
  // homework: grading, 發佈分數, 成績單 (HW-07 … HW-11)
  submission_not_submitted: { 'zh-Hant': '學生尚未提交作業，不能批改', en: 'The student has not handed in this homework; it cannot be graded', pt: 'O aluno ainda não entregou este trabalho de casa; não pode ser corrigido' },
  scores_published: { 'zh-Hant': '分數已發佈', en: 'The scores have already been published', pt: 'As pontuações já foram publicadas' },
  scores_not_published: { 'zh-Hant': '老師尚未發佈分數', en: 'The teacher has not published the scores yet', pt: 'O professor ainda não publicou as pontuações' },
  // homework: question bank import and export (HW-01)
  import_refused: { 'zh-Hant': '檔案中有 {count} 道題目不能匯入，沒有匯入任何題目', en: '{count} questions of the file cannot be imported; nothing was imported', pt: '{count} perguntas do ficheiro não podem ser importadas; nada foi importado' },
  import_unreadable: { 'zh-Hant': '無法讀取檔案（{format}）：{detail}', en: 'The file cannot be read as {format}: {detail}', pt: 'Não é possível ler o ficheiro como {format}: {detail}' },
  import_empty: { 'zh-Hant': '檔案中沒有題目', en: 'The file holds no questions', pt: 'O ficheiro não tem perguntas' },
  import_too_many: { 'zh-Hant': '每次最多匯入 {max} 道題目（檔案中有 {count} 道）', en: 'At most {max} questions can be imported at once (the file holds {count})', pt: 'Só se podem importar {max} perguntas de cada vez (o ficheiro tem {count})' },
  // tags (標籤, manual §14): the tags API
  tag_name_taken: { 'zh-Hant': '已有名為「{name}」的標籤', en: 'A tag named "{name}" already exists', pt: 'Já existe uma etiqueta chamada «{name}»' },
  tag_builtin: { 'zh-Hant': '「管理員」是系統標籤，不能重新命名或刪除', en: 'The 管理員 (admin) tag is built in; it cannot be renamed or deleted', pt: 'A etiqueta 管理員 (administrador) é do sistema; não pode ser renomeada nem eliminada' },
  tag_sole_range: { 'zh-Hant': '{uses}的範圍只有標籤「{name}」，刪除後範圍會變空。請先修改範圍再刪除', en: 'The range of {uses} holds only the tag "{name}"; deleting it would leave that range empty. Change the range first', pt: 'O âmbito de {uses} só tem a etiqueta «{name}»; eliminá-la deixaria esse âmbito vazio. Altere o âmbito primeiro' },
  tag_member_not_staff: { 'zh-Hant': '只有教職員可以加入標籤', en: 'Only staff members can have tags', pt: 'Só membros do pessoal podem ter etiquetas' },
  internal: { 'zh-Hant': '系統錯誤，請稍後再試', en: 'Something went wrong; try again later', pt: 'Algo correu mal; tente mais tarde' },
} satisfies Record<string, Text>;

export type ErrorCode = keyof typeof errorMessages;

/** Formats a message for `code` in `locale`, filling `{name}` placeholders. */
export function formatMessage(code: ErrorCode, locale: Locale, params: Record<string, string | number> = {}): string {
  const template = errorMessages[code][locale];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
