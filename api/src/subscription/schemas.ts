import * as v from 'valibot';
import { RELATIONS, normalizeRelation, type Relation } from '../home-school/identity';
import { PageQuery } from '../lib/paging';

/**
 * Inputs of the subscription flow (SUB-01..07). Card numbers and birth dates arrive as typed:
 * their shape is checked by the service, so a temporary number of the wrong shape gets the
 * manual's own explanation (temp_number_shape) rather than a bare "wrong format".
 */

const Id = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40));
const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(50));
const Typed = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20));

export const Kind = v.picklist(['admin', 'staff', 'family']);
export type Kind = v.InferOutput<typeof Kind>;

export const QrFileParam = v.object({
  school: v.string(),
  /** `admin.svg`, `staff.svg` or `family.svg`. */
  file: v.picklist(['admin.svg', 'staff.svg', 'family.svg']),
});

export const TokenParam = v.object({
  school: v.string(),
  /** The draft's token, as `POST /drafts` gave it. */
  token: v.pipe(v.string(), v.regex(/^[a-z0-9]{20,64}$/, 'token')),
});

export const IdParam = v.object({ school: v.string(), id: Id });

const STAFF_IDENTITIES = ['teacher', 'staff'];

export const StartInput = v.pipe(
  v.strictObject({
    /** The QR code scanned: 管理員 (admin), 教職員 (staff) or 家長/學生 (family). */
    kind: Kind,
    /** 閱讀使用條款，點擊【同意】: must be true. */
    termsAccepted: v.literal(true),
    /** 身份: teacher (教學人員) or staff (學校職員) on the admin and staff codes; parent (家長) or student (學生) on the family code. */
    identity: v.picklist(['teacher', 'staff', 'parent', 'student']),
  }),
  v.forward(
    v.check((i) => STAFF_IDENTITIES.includes(i.identity) === (i.kind !== 'family'), 'identity: teacher or staff on staff codes, parent or student on the family code'),
    ['identity'],
  ),
);

export const PhoneInput = v.strictObject({
  /** 地區: 853 (中國澳門), 86 (中國大陸), 852 (中國香港) or another area code; a leading + is allowed. */
  areaCode: v.pipe(v.string(), v.trim(), v.regex(/^\+?\d{1,4}$/, 'area code: 1-4 digits'), v.transform((s) => s.replace(/^\+/, ''))),
  /** 手機: the mobile number bound to WeChat, digits (spaces and dashes are dropped). */
  phone: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20)),
  /** A mainland (+86) number needs no code but is typed a second time (ID-03). */
  phoneConfirm: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(20))),
});

export const CodeInput = v.strictObject({
  /** 驗證碼: the 6-digit SMS code. */
  code: v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/, 'code: 6 digits')),
});

const Relation = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(10),
  v.check((s) => normalizeRelation(s) !== null, `relation: ${RELATIONS.join(', ')}`),
  v.transform((s) => normalizeRelation(s) as Relation),
);

const Teaching = v.pipe(
  v.array(
    v.strictObject({
      /** A class created by the B08 sync (PRM-03). */
      classId: Id,
      /** An enabled subject. */
      subjectId: Id,
    }),
  ),
  v.maxLength(30),
);

/** 姓名, 部門, 添加班級 (staff) or 學生姓名, 班級, 關係 (family); what a kind needs is checked by the service. */
export const ProfileInput = v.strictObject({
  /** 姓名: the subscriber's own name (a parent's is optional: it defaults to the student's name and the relation). */
  name: v.optional(Name),
  /** 部門 (staff): departments of the staff contacts, not the alumni one. */
  departmentIds: v.optional(v.pipe(v.array(Id), v.maxLength(20))),
  /** 添加班級 (teachers): the classes and subjects they teach. */
  teaching: v.optional(Teaching),
  /** 學生姓名 (family). */
  studentName: v.optional(Name),
  /** 班級 (family): a class created by the B08 sync (SUB-05). */
  classId: v.optional(Id),
  /** 關係 (parents): 爸爸, 媽媽, 爺爺 …; a student subscribing themself is 本人. */
  relation: v.optional(Relation),
});

const card = {
  /** 掃描教育證: the education ID number, `1234567-8` (full-width and without the hyphen accepted). */
  educationId: v.optional(Typed),
  /** 在本澳首次註冊: the temporary number, `XX` and 5 digits. */
  tempNumber: v.optional(Typed),
  /** 出生日期 of the card holder, YYYYMMDD (e.g. 20180105). */
  birthDate: Typed,
};

export const CardInput = v.strictObject(card);
export type CardInput = v.InferOutput<typeof CardInput>;

export const ChildInput = v.strictObject({
  /** 學生姓名. */
  studentName: Name,
  /** 班級: a class created by the B08 sync (SUB-05). */
  classId: Id,
  /** 關係 to this child (not 本人). */
  relation: Relation,
  ...card,
});
export type ChildInput = v.InferOutput<typeof ChildInput>;

export const IdentityInput = v.strictObject({
  /** The other identity: 教學人員 (teacher) or 學校職員 (staff), SUB-03. */
  identity: v.picklist(['teacher', 'staff']),
  /** 添加班級 when the new identity is teacher. */
  teaching: v.optional(Teaching),
  ...card,
});
export type IdentityInput = v.InferOutput<typeof IdentityInput>;

export const RequestsQuery = v.strictObject({
  ...PageQuery,
  /** pending (default), approved, rejected or all. */
  status: v.optional(v.picklist(['pending', 'approved', 'rejected', 'all']), 'pending'),
});

export const RejectInput = v.strictObject({
  /** Told to the applicant by SMS. */
  reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
});
