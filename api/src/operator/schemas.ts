import * as v from 'valibot';
import { AreaCode, Phone } from '../auth/schemas';
import { PageQuery } from '../lib/paging';

export const OperatorSignIn = v.strictObject({
  account: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
});

const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100));

export const CreateSchool = v.strictObject({
  /** The school's code, e.g. `B-888`. */
  code: v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z]{1,3}-?\d{1,6}$/, 'code like B-888')),
  nameZh: Name,
  nameEn: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
  namePt: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
  wecomCorpId: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9]{4,40}$/)))),
  /** Edge deployments: the school's Turso database URL and the secret that holds its token. */
  dbUrl: v.optional(v.pipe(v.string(), v.regex(/^libsql:\/\/[a-z0-9.-]+$/, 'a libsql:// URL'))),
  dbTokenSecret: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[A-Z][A-Z0-9_]{2,60}$/)))),
  creator: v.strictObject({
    name: Name,
    account: v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9_.-]{3,40}$/, 'account: 3-40 letters, digits, _ . -')),
    areaCode: AreaCode,
    phone: Phone,
    password: v.pipe(v.string(), v.minLength(8), v.maxLength(200)),
  }),
});

export const UpdateSchool = v.strictObject({
  nameZh: v.optional(Name),
  nameEn: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
  namePt: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
  wecomCorpId: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9]{4,40}$/)))),
  status: v.optional(v.picklist(['active', 'suspended'])),
});

export const ListSchoolsQuery = v.strictObject({ ...PageQuery, status: v.optional(v.picklist(['active', 'suspended', 'dissolved'])) });
export const SchoolCodeParam = v.object({ code: v.pipe(v.string(), v.maxLength(20)) });
