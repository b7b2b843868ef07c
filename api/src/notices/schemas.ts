import * as v from 'valibot';
import { PageQuery } from '../lib/paging';

/** An id as the API hands them out. */
export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
const Title = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));
/** Rich content (HTML); sanitised by the service. */
const Html = v.pipe(v.string(), v.maxLength(100_000));
const QuestionText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(1000));
const OptionText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));

/** The other language versions of a short text (zh-Hant is the text itself). */
const textTranslations = (text: typeof QuestionText | typeof OptionText) =>
  v.optional(v.strictObject({ /** English. */ en: v.optional(text), /** Portuguese. */ pt: v.optional(text) }));

const Option = v.strictObject({
  /** The choice as shown in zh-Hant. */
  text: OptionText,
  /** The choice in English and Portuguese. */
  translations: textTranslations(OptionText),
});

const common = {
  /** The question in zh-Hant. */
  text: QuestionText,
  /** The question in English and Portuguese. */
  translations: textTranslations(QuestionText),
  /** Whether an answer is required. */
  required: v.optional(v.boolean(), false),
};
const Options = v.pipe(v.array(Option), v.minLength(2), v.maxLength(20));

/** A form question (N-01): the question-bank types that fit a notice. */
export const QuestionInput = v.variant('type', [
  v.strictObject({ /** 單選. */ type: v.literal('single'), ...common, /** The choices. */ options: Options }),
  v.strictObject({ /** 多選. */ type: v.literal('multiple'), ...common, /** The choices. */ options: Options }),
  v.strictObject({ /** 簡答題. */ type: v.literal('short'), ...common }),
  v.strictObject({ /** 判斷題. */ type: v.literal('true_false'), ...common }),
  v.strictObject({
    /** 附件上傳題. */
    type: v.literal('file'),
    ...common,
    /** Most files an answer may hold (1–9, default 3). */
    maxFiles: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9)), 3),
  }),
  v.strictObject({
    /** 填空題. */
    type: v.literal('fill'),
    ...common,
    /** How many blanks the answer fills (1–20). */
    blanks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  }),
]);
export type QuestionInput = v.InferOutput<typeof QuestionInput>;

const Version = v.strictObject({ /** The title in this language. */ title: Title, /** The content in this language. */ content: Html });

/** N-01 compose: what 提交 sends, for the summary (preview) and for sending. */
export const NoticeBody = v.strictObject({
  /** The title in zh-Hant. */
  title: Title,
  /** The content in zh-Hant: text, links, images. */
  content: Html,
  /** Portuguese and English versions of title and content. */
  translations: v.optional(v.strictObject({ /** English. */ en: v.optional(Version), /** Portuguese. */ pt: v.optional(Version) }), {}),
  /** The form: questions in order; none for a notice without a form. */
  questions: v.optional(v.pipe(v.array(QuestionInput), v.maxLength(50)), []),
  /** Files (ids from POST /files) the sender uploaded. */
  attachmentIds: v.optional(v.pipe(v.array(Id), v.maxLength(20)), []),
  /** Who receives it. */
  recipients: v.strictObject({
    /** The whole school (admins of the notices app only). */
    wholeSchool: v.optional(v.boolean(), false),
    /** Whole classes. */
    classIds: v.optional(v.pipe(v.array(Id), v.maxLength(500)), []),
    /** Individual students. */
    studentIds: v.optional(v.pipe(v.array(Id), v.maxLength(5000)), []),
    /** Their parents, the students themselves, or both. */
    audience: v.picklist(['parents', 'students', 'both']),
  }),
  /** Staff to CC (抄送). */
  ccMemberIds: v.optional(v.pipe(v.array(Id), v.maxLength(200)), []),
  /** 發送設置. */
  settings: v.optional(
    v.strictObject({
      /** 自動抄送給發出人. */
      autoCcSender: v.optional(v.boolean(), false),
      /** Recipients must confirm (確認). */
      requireConfirm: v.optional(v.boolean(), false),
      /** Sent at once even during quiet hours. */
      urgent: v.optional(v.boolean(), false),
      /** 定時發送: an ISO time in the future; absent = now. */
      scheduledAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
    }),
    {},
  ),
});
export type NoticeInput = v.InferOutput<typeof NoticeBody>;

export const NoticeParam = v.object({ school: v.string(), id: Id });
export const NoticeFileParam = v.object({ school: v.string(), id: Id, fileId: Id });

/** N-02 lists. */
export const ListNoticesQuery = v.strictObject({
  ...PageQuery,
  /** 我發送的 (sent), 抄送給我的 (cc), 分享給我的 (shared: admins, every notice). */
  box: v.optional(v.picklist(['sent', 'cc', 'shared']), 'sent'),
  /** scheduled, sent (open), closed, recalled. */
  status: v.optional(v.picklist(['scheduled', 'sent', 'closed', 'recalled'])),
  /** 1: with a form only; 0: without. */
  form: v.optional(v.picklist(['0', '1'])),
});

/** N-03 recipients of a notice, by class and state. */
export const RecipientsQuery = v.strictObject({
  ...PageQuery,
  /** One class only. */
  classId: v.optional(Id),
  /** Who has (not) read, confirmed, answered. */
  state: v.optional(v.picklist(['read', 'unread', 'confirmed', 'unconfirmed', 'answered', 'unanswered'])),
});

/** N-04 download: one class of a notice without a form. */
export const ExportQuery = v.strictObject({ /** Only this class. */ classId: v.optional(Id) });

/** N-09 a parent's or student's notices. */
export const InboxQuery = v.strictObject({
  ...PageQuery,
  /** One child only (a parent's child switcher). */
  studentId: v.optional(Id),
  /** 1: only those not yet read. */
  unread: v.optional(v.picklist(['0', '1'])),
});

const AnswerValue = v.union([
  v.pipe(v.string(), v.maxLength(2000)),
  v.boolean(),
  v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(20)),
]);

/** N-09 the form's answers, by question id; checked against the questions by the service. */
export const AnswersBody = v.strictObject({
  /** Option id (single), option ids (multiple), text (short), true/false, file ids (file), blanks in order (fill). */
  answers: v.pipe(v.record(v.pipe(v.string(), v.maxLength(10)), AnswerValue), v.check((o) => Object.keys(o).length <= 50, 'at most 50 answers')),
});
