import { type Id, type ListQuery, type Member, type Page, schoolFetch } from './client';

/** Typed client of the contacts API (CT-01 departments and staff, CT-02/03 home-school). */

// ── Staff contacts (企業通訊錄) ────────────────────────────────────────────────

export interface Department {
  id: Id;
  parentId: Id | null;
  name: string;
  kind: 'normal' | 'alumni';
  sortOrder: number;
  /** 0 for the root (the school). */
  depth: number;
  /** False for the ancestors a scoped admin sees as context only. */
  manageable: boolean;
  /** Members in it and below; absent when hidden or for context rows. */
  memberCount?: number;
  heads?: { id: Id; name: string }[];
}
export interface DepartmentTree {
  rootId: Id;
  alumniId: Id | null;
  items: Department[];
}

export interface StaffMember extends Member {
  title: string;
  /** Fields the school keeps confidential (ADM-04): null here, revealed one at a time. */
  confidential?: ('phone' | 'account' | 'email')[];
  identities: ('teacher' | 'staff')[];
  departments: { id: Id; name: string; isHead: boolean }[];
  activatedAt: string | null;
  invitedAt: string | null;
}
export interface MemberQuery extends ListQuery {
  kind?: string;
  status?: string;
  departmentId?: string;
  /** '0': 未加入 */
  joined?: string;
  /** '0': 未激活 */
  activated?: string;
}
export interface MemberInput {
  name: string;
  title: string;
  departmentIds: Id[];
  areaCode: string;
  phone: string;
  account?: string;
  isTeacher: boolean;
  isStaff: boolean;
}

// ── Home-school contacts (家校通訊錄) ──────────────────────────────────────────

interface Counts {
  studentCount: number;
  joinedCount: number;
  /** Position among its siblings, ascending. */
  sortOrder: number;
}
export interface SchoolClass extends Counts {
  id: Id;
  gradeId: Id;
  name: string;
  schoolYear: string;
  parentCount: number;
}
export interface Grade extends Counts {
  id: Id;
  campusId: Id;
  name: string;
  code: string | null;
  schoolYear: string;
  classes: SchoolClass[];
}
export interface Campus extends Counts {
  id: Id;
  name: string;
  grades: Grade[];
}
export interface HomeSchoolTree {
  campuses: Campus[];
  totals: Omit<Counts, 'sortOrder'>;
}

export const RELATIONS = ['爸爸', '媽媽', '爺爺', '嫲嫲', '外公', '外婆', '監護人', '本人', '其他'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface Guardian {
  memberId: Id;
  name: string;
  relation: Relation;
  areaCode: string;
  phone: string | null;
  joined: boolean;
  status: string;
}
export type StudentStatus = 'active' | 'alumni' | 'transferred';
export interface Student {
  id: Id;
  name: string;
  educationId: string | null;
  tempNumber: string | null;
  birthDate: string | null;
  status: StudentStatus;
  memberId: Id | null;
  class: { id: Id; name: string; schoolYear: string; gradeName: string; campusName: string } | null;
  guardians: Guardian[];
  joined: boolean;
  createdAt: string;
}
export interface ParentInput {
  name: string;
  relation: string;
  areaCode: string;
  phone: string;
}
export interface StudentInput {
  name: string;
  educationId?: string;
  tempNumber?: string;
  birthDate?: string;
  classId: Id;
  parents: ParentInput[];
}
export interface StudentPatch {
  name?: string;
  educationId?: string | null;
  tempNumber?: string | null;
  birthDate?: string | null;
  guardians?: { add: ParentInput[]; remove: Id[]; relation: { memberId: Id; relation: string }[] };
}
export interface StudentQuery extends ListQuery {
  classId?: string;
  joined?: string;
  status?: string;
}
export interface ClassTeachers {
  classId: Id;
  homeroom: { memberId: Id; name: string }[];
  subjects: { memberId: Id; name: string; subjectId: Id; subjectName: string }[];
}
export interface Subject {
  id: Id;
  name: string;
  code: string;
  enabled: boolean;
}
export interface Transfer {
  id: Id;
  studentId: Id;
  studentName: string;
  fromClassName: string | null;
  toSchool: string;
  reason: string;
  at: string;
}
export interface ImportResult {
  students: number;
  guardians: number;
  newMembers: number;
  reusedMembers: number;
}
/** One refused cell of an import: sheet row (1 = headers), column header, reason in words. */
export interface ImportIssue {
  row: number;
  field: string;
  reason: string;
  message: string;
}

/** A file the API hands out, with the name it should be saved under. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

function toQuery(params: object): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    search.set(k, String(v));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** The file name of a download: the UTF-8 `filename*` when there is one. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch {
      // a malformed name: use the plain one
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/** The contacts API of one school. */
export function contactsApi(school: string) {
  const json = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await schoolFetch(school, method, path, body === undefined ? {} : { json: body });
    if (res.status === 204 || res.headers.get('content-length') === '0') return undefined as T;
    return (await res.json()) as T;
  };
  const file = async (path: string, fallback: string): Promise<DownloadedFile> => {
    const res = await schoolFetch(school, 'GET', path);
    return { blob: await res.blob(), fileName: fileNameOf(res.headers.get('content-disposition'), fallback) };
  };
  const one = (id: Id) => encodeURIComponent(id);

  return {
    departments: {
      tree: () => json<DepartmentTree>('GET', '/departments'),
      create: (input: { name: string; parentId?: Id }) => json<Department>('POST', '/departments', input),
      rename: (id: Id, name: string) => json<Department>('PATCH', `/departments/${one(id)}`, { name }),
      reorder: (parentId: Id, ids: Id[]) => json<{ ids: Id[] }>('POST', '/departments/reorder', { parentId, ids }),
      setHeads: (id: Id, memberIds: Id[]) => json<{ heads: { id: Id; name: string }[] }>('PUT', `/departments/${one(id)}/heads`, { memberIds }),
      remove: (id: Id) => json<void>('DELETE', `/departments/${one(id)}`),
    },
    staff: {
      list: (query: MemberQuery) => json<Page<StaffMember>>('GET', `/members${toQuery(query)}`),
      get: (id: Id) => json<StaffMember & { headOf: Id[] }>('GET', `/members/${one(id)}`),
      create: (input: MemberInput) => json<StaffMember & { smsSent: boolean }>('POST', '/members', input),
      update: (id: Id, patch: Partial<MemberInput>) => json<StaffMember>('PATCH', `/members/${one(id)}`, patch),
      reveal: (id: Id, field: 'phone' | 'account') =>
        json<{ memberId: Id; field: string; value: string | null; areaCode?: string }>('GET', `/members/${one(id)}/confidential/${field}`),
      invite: (id: Id) => json<{ invitedAt: string; smsSent: boolean }>('POST', `/members/${one(id)}/invite`),
      inviteNotJoined: () => json<{ count: number; smsSent: number; smsFailed: number }>('POST', '/members/invite', { filter: 'not-joined' }),
      export: (query: Pick<MemberQuery, 'q' | 'departmentId' | 'joined' | 'activated'>) =>
        file(`/members/export.xlsx${toQuery(query)}`, 'contacts.xlsx'),
    },
    homeSchool: {
      tree: () => json<HomeSchoolTree>('GET', '/home-school/tree'),
      createCampus: (input: { name: string; sortOrder?: number }) => json<{ id: Id; name: string }>('POST', '/home-school/campuses', input),
      renameCampus: (id: Id, name: string) => json<unknown>('PATCH', `/home-school/campuses/${one(id)}`, { name }),
      removeCampus: (id: Id) => json<void>('DELETE', `/home-school/campuses/${one(id)}`),
      createGrade: (input: { campusId: Id; name: string; schoolYear: string; code?: string | null; sortOrder?: number }) =>
        json<{ id: Id; name: string }>('POST', '/home-school/grades', input),
      renameGrade: (id: Id, name: string) => json<unknown>('PATCH', `/home-school/grades/${one(id)}`, { name }),
      removeGrade: (id: Id) => json<void>('DELETE', `/home-school/grades/${one(id)}`),
      createClass: (input: { gradeId: Id; name: string; sortOrder?: number }) => json<{ id: Id; name: string }>('POST', '/home-school/classes', input),
      renameClass: (id: Id, name: string) => json<unknown>('PATCH', `/home-school/classes/${one(id)}`, { name }),
      removeClass: (id: Id) => json<void>('DELETE', `/home-school/classes/${one(id)}`),
      inviteQr: (classId: Id) => file(`/home-school/classes/${one(classId)}/invite-qr.svg`, 'invite.svg'),
      alumniQr: () => file('/home-school/alumni-qr.svg', 'alumni.svg'),
      teachers: (classId: Id) => json<ClassTeachers>('GET', `/home-school/classes/${one(classId)}/teachers`),
      setTeachers: (classId: Id, input: { homeroom: Id[]; subjects: { memberId: Id; subjectId: Id }[] }) =>
        json<ClassTeachers>('PUT', `/home-school/classes/${one(classId)}/teachers`, input),
      subjects: () => json<Page<Subject>>('GET', '/home-school/subjects?enabled=1&pageSize=100'),
      students: (query: StudentQuery) => json<Page<Student>>('GET', `/home-school/students${toQuery(query)}`),
      student: (id: Id) => json<Student>('GET', `/home-school/students/${one(id)}`),
      createStudent: (input: StudentInput) => json<Student>('POST', '/home-school/students', input),
      updateStudent: (id: Id, patch: StudentPatch) => json<Student>('PATCH', `/home-school/students/${one(id)}`, patch),
      removeStudent: (id: Id) => json<void>('DELETE', `/home-school/students/${one(id)}`),
      setClass: (studentIds: Id[], classId: Id) => json<{ updated: number }>('POST', '/home-school/students/set-class', { studentIds, classId }),
      transfer: (id: Id, input: { toSchool: string; reason: string }) => json<unknown>('POST', `/home-school/students/${one(id)}/transfer`, input),
      toAlumni: (id: Id) => json<unknown>('POST', `/home-school/students/${one(id)}/alumni`),
      transfers: (query: ListQuery) => json<Page<Transfer>>('GET', `/home-school/transfers${toQuery(query)}`),
      export: (classId?: Id) => file(`/home-school/students/export.xlsx${toQuery({ classId })}`, 'students.xlsx'),
      template: () => file('/home-school/students/import-template.xlsx', 'template.xlsx'),
      import: async (bytes: Blob) => {
        const res = await schoolFetch(school, 'POST', '/home-school/students/import', {
          bytes,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        });
        return (await res.json()) as ImportResult;
      },
    },
  };
}

export type ContactsApi = ReturnType<typeof contactsApi>;
