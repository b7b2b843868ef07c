import * as v from 'valibot';
import { AreaCode } from '../auth/schemas';
import { PageQuery } from '../lib/paging';
import { normalizeBirthDate, normalizeEducationId, normalizePhone, normalizeRelation, normalizeTempNumber, type Relation, SELF } from './identity';
import { Id } from './schemas';

/** Inputs of the students' routes (CT-02), with the ID-01 forms normalised on the way in. */

// the schema checks the shape; "not after today" needs the request's clock (the service checks it)
const LAST_DAY = new Date(Date.UTC(2200, 0, 1));

/** 教育證編號: 7 digits, a hyphen, a check digit (`1234567-8`; full-width accepted). */
export const EducationId = v.pipe(
  v.string(),
  v.maxLength(20),
  v.check((s) => normalizeEducationId(s) !== null, 'education ID: 1234567-8'),
  v.transform((s) => normalizeEducationId(s) ?? s),
);
/** 臨時教育證編號: `XX` and 5 digits (ID-01). */
export const TempNumber = v.pipe(
  v.string(),
  v.maxLength(20),
  v.check((s) => normalizeTempNumber(s) !== null, 'temporary number: XX and 5 digits'),
  v.transform((s) => normalizeTempNumber(s) ?? s),
);
/** YYYYMMDD or YYYY-MM-DD. */
export const BirthDate = v.pipe(
  v.string(),
  v.maxLength(20),
  v.check((s) => normalizeBirthDate(s, LAST_DAY) !== null, 'birth date: YYYYMMDD or YYYY-MM-DD'),
  v.transform((s) => normalizeBirthDate(s, LAST_DAY) ?? s),
);
export const RelationField = v.pipe(
  v.string(),
  v.maxLength(10),
  v.check((s) => normalizeRelation(s) !== null, 'relation: 爸爸, 媽媽, 爺爺, 嫲嫲, 外公, 外婆, 監護人, 本人, 其他'),
  v.transform((s) => normalizeRelation(s) as Relation),
);
const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(50));

export const ParentInput = v.pipe(
  v.strictObject({
    /** The parent's name (for 本人, the student's). */
    name: Name,
    /** 爸爸, 媽媽, 爺爺, 嫲嫲, 外公, 外婆, 監護人, 本人 (the student themself), 其他. */
    relation: RelationField,
    /** Without "+": 853, 852, 86 … */
    areaCode: AreaCode,
    /** The mobile number without its area code. */
    phone: v.pipe(v.string(), v.maxLength(20)),
  }),
  v.forward(
    v.check((p) => normalizePhone(p.areaCode, p.phone) !== null, 'phone: a mobile number of the area'),
    ['phone'],
  ),
  v.transform((p) => ({ ...p, phone: normalizePhone(p.areaCode, p.phone) ?? p.phone })),
);

const uniquePhones = (list: { areaCode: string; phone: string }[]) => new Set(list.map((p) => `${p.areaCode} ${p.phone}`)).size === list.length;
const oneSelf = (list: { relation: string }[]) => list.filter((p) => p.relation === SELF).length <= 1;

export const CreateStudentInput = v.pipe(
  v.strictObject({
    /** The student's name. */
    name: Name,
    /** 教育證編號, or … */
    educationId: v.optional(EducationId),
    /** … 臨時教育證編號 for a student first registered in Macao. */
    tempNumber: v.optional(TempNumber),
    /** YYYYMMDD or YYYY-MM-DD. */
    birthDate: v.optional(BirthDate),
    /** The student's class. */
    classId: Id,
    /** Parents (and 本人): a phone already a parent of the school reuses that parent. */
    parents: v.optional(v.pipe(v.array(ParentInput), v.maxLength(10)), []),
  }),
  v.forward(
    v.check((s) => !(s.educationId && s.tempNumber), 'an education ID or a temporary number, not both'),
    ['tempNumber'],
  ),
  v.forward(
    v.check((s) => uniquePhones(s.parents), 'each phone once'),
    ['parents'],
  ),
  v.forward(
    v.check((s) => oneSelf(s.parents), 'one 本人 at most'),
    ['parents'],
  ),
);

export const PatchStudentInput = v.pipe(
  v.strictObject({
    name: v.optional(Name),
    /** null clears it. */
    educationId: v.optional(v.nullable(EducationId)),
    tempNumber: v.optional(v.nullable(TempNumber)),
    birthDate: v.optional(v.nullable(BirthDate)),
    guardians: v.optional(
      v.strictObject({
        /** Parents to add (as in create). */
        add: v.optional(v.pipe(v.array(ParentInput), v.maxLength(10)), []),
        /** Member ids of guardians to unlink. */
        remove: v.optional(v.pipe(v.array(Id), v.maxLength(10)), []),
        /** New relations of linked guardians. */
        relation: v.optional(v.pipe(v.array(v.strictObject({ memberId: Id, relation: RelationField })), v.maxLength(10)), []),
      }),
    ),
  }),
  v.forward(
    v.check((s) => !(s.educationId && s.tempNumber), 'an education ID or a temporary number, not both'),
    ['tempNumber'],
  ),
  v.forward(
    v.check((s) => uniquePhones(s.guardians?.add ?? []), 'each phone once'),
    ['guardians', 'add'],
  ),
);

export const StudentsQuery = v.strictObject({
  ...PageQuery,
  /** Only this class. */
  classId: v.optional(Id),
  /** `1`: a guardian has joined; `0`: none has. */
  joined: v.optional(v.picklist(['0', '1'])),
  /** `active` (default), `alumni`, `transferred` or `all`. */
  status: v.optional(v.picklist(['active', 'alumni', 'transferred', 'all']), 'active'),
});

export const SetClassInput = v.strictObject({
  /** The students to move (設置所在班級). */
  studentIds: v.pipe(v.array(Id), v.minLength(1), v.maxLength(1000)),
  /** Their new class. */
  classId: Id,
});

export const ExportQuery = v.strictObject({
  /** Only this class; every class the caller manages otherwise. */
  classId: v.optional(Id),
});

export const TransferInput = v.strictObject({
  /** The school the student leaves for. */
  toSchool: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100)), ''),
  /** Why (free text). */
  reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500)), ''),
});
