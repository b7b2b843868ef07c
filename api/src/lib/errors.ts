import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from './i18n';

const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  bad_request: 400,
  invalid_field: 400,
  unknown_field: 400,
  invalid_json: 400,
  unknown_ref: 400,
  not_staff: 400,
  not_admin: 400,
  confirm_code_mismatch: 400,
  staff_only_app: 400,
  scope_only_scoped: 400,
  super_in_group: 400,
  incomplete_list: 400,
  file_empty: 400,
  file_type: 415,
  payload_too_large: 413,
  unauthenticated: 401,
  bad_credentials: 401,
  code_invalid: 401,
  second_factor_required: 401,
  oauth_failed: 401,
  forbidden: 403,
  creator_protected: 403,
  account_disabled: 403,
  no_back_office: 403,
  csrf: 403,
  not_found: 404,
  school_not_found: 404,
  no_such_phone: 404,
  channel_not_configured: 404,
  conflict: 409,
  admin_exists: 409,
  qr_expired: 410,
  school_exists: 409,
  phone_in_use: 409,
  education_id_taken: 409,
  campus_not_empty: 409,
  grade_not_empty: 409,
  class_not_empty: 409,
  student_not_active: 409,
  code_taken: 409,
  import_invalid: 400,
  not_a_teacher: 400,
  subject_disabled: 400,
  not_alumni: 403,
  invalid_phone: 400,
  identity_required: 400,
  department_not_empty: 409,
  department_protected: 409,
  department_cycle: 400,
  department_name_taken: 409,
  head_not_member: 400,
  account_taken: 409,
  already_joined: 409,
  rate_limited: 429,
  site_desktop_only: 403,
  site_type_disabled: 400,
  site_type_taken: 409,
  site_not_image: 400,
  site_image_source: 400,
  site_comments_closed: 403,
  notice_no_recipients: 400,
  notice_schedule_past: 400,
  notice_closed: 409,
  notice_recalled: 409,
  notice_recall_expired: 409,
  notice_not_sent: 409,
  notice_answer_required: 400,
  notice_answer_invalid: 400,
  announcement_no_recipients: 400,
  announcement_not_editable: 409,
  announcement_not_sent: 409,
  announcement_recalled: 409,
  announcement_recall_expired: 409,
  phone_in_use_family: 409,
  phone_mismatch: 400,
  birth_date_mismatch: 400,
  card_wrong_holder: 400,
  education_id_unknown: 400,
  temp_number_shape: 400,
  card_in_use: 409,
  card_locked: 429,
  subscription_expired: 410,
  subscription_step: 409,
  class_not_b08: 400,
  subscription_pending: 409,
  request_decided: 409,
  identity_subscribed: 409,
  b08_not_fetched: 409,
  b08_layout_changed: 409,
  b01_no_upload: 409,
  b01_stale: 409,
  b01_applied: 409,
  b01_nothing_to_undo: 409,
  question_content_invalid: 400,
  question_published: 409,
  question_in_use: 409,
  question_not_published: 400,
  question_wrong_subject: 400,
  question_already_added: 409,
  definition_completed: 409,
  definition_in_use: 409,
  definition_empty: 409,
  section_empty: 409,
  item_unscored: 409,
  definition_not_scored: 409,
  assignment_published: 409,
  assignment_draft: 409,
  assignment_closed: 409,
  assignment_field_locked: 409,
  class_not_taught: 403,
  definition_not_completed: 400,
  definition_other_subject: 400,
  homework_schedule_past: 400,
  homework_submitted: 409,
  homework_files_required: 400,
  homework_child_required: 400,
  submission_not_submitted: 409,
  scores_published: 409,
  scores_not_published: 409,
  import_refused: 400,
  import_unreadable: 400,
  import_empty: 400,
  import_too_many: 400,
  tag_name_taken: 409,
  tag_builtin: 409,
  tag_sole_range: 409,
  tag_member_not_staff: 400,
  internal: 500,
};

/**
 * The one error type services throw. Turned into `{ error: { code, message, field } }` with
 * the message in the caller's language by the error middleware.
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    readonly options: {
      field?: string;
      params?: Record<string, string | number>;
      status?: ContentfulStatusCode;
      /** Extra members of the error body, e.g. the bad `rows` of an import (already localised). */
      details?: Record<string, unknown>;
    } = {},
  ) {
    super(code);
    this.status = options.status ?? STATUS[code] ?? 400;
  }
  get field(): string | undefined {
    return this.options.field;
  }
}

/** What the caller may not see does not exist (404), whatever the reason. */
export const notFound = (): ApiError => new ApiError('not_found');
export const forbidden = (): ApiError => new ApiError('forbidden');
export const invalid = (field: string, detail: string): ApiError =>
  new ApiError('invalid_field', { field, params: { field, detail } });
