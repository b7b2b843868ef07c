import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { members } from './members';

/**
 * Staff contacts (企業通訊錄, CT-01): a department tree. The root (parentId null) is the
 * school itself; the alumni department (kind `alumni`) holds former students (校友).
 */
export const departments = sqliteTable(
  'departments',
  {
    id: text('id').primaryKey(),
    parentId: text('parent_id'),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['normal', 'alumni'] }).notNull().default('normal'),
    /** Position among siblings, ascending. */
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('departments_parent_idx').on(t.parentId, t.sortOrder)],
);

/** A member's departments; `isHead` marks the department head (部門負責人). */
export const memberDepartments = sqliteTable(
  'member_departments',
  {
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    isHead: integer('is_head', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.departmentId] }), index('member_departments_dept_idx').on(t.departmentId)],
);

/** Home-school contacts (家校通訊錄, CT-02): campus → grade → class. */
export const campuses = sqliteTable('campuses', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const grades = sqliteTable(
  'grades',
  {
    id: text('id').primaryKey(),
    campusId: text('campus_id')
      .notNull()
      .references(() => campuses.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    /** The bureau's grade code (P1…P6, J1…J3, S1…S3, K1…K3) when known. */
    code: text('code'),
    /** e.g. `2026/2027`. */
    schoolYear: text('school_year').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('grades_campus_idx').on(t.campusId, t.schoolYear, t.sortOrder)],
);

export const classes = sqliteTable(
  'classes',
  {
    id: text('id').primaryKey(),
    gradeId: text('grade_id')
      .notNull()
      .references(() => grades.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    schoolYear: text('school_year').notNull(),
    /** `b08`: created by the bureau sync, the only classes subscription offers (PRM-03). */
    source: text('source', { enum: ['manual', 'b08'] }).notNull().default('manual'),
    /** B08: students and parents in separate classes (PRM-01). */
    audience: text('audience', { enum: ['all', 'students', 'parents'] }).notNull().default('all'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('classes_grade_idx').on(t.gradeId, t.sortOrder)],
);

/** Subjects (科目, TT-07): teaching assignments, question bank and homework use them. */
export const subjects = sqliteTable(
  'subjects',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('subjects_code_uq').on(t.code)],
);

/**
 * Teaching assignments (CT-03): the homeroom teacher(s) of a class and its subject teachers
 * with their subjects. Every later module asks these who may act for a class.
 */
export const classTeachers = sqliteTable(
  'class_teachers',
  {
    id: text('id').primaryKey(),
    classId: text('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['homeroom', 'subject'] }).notNull(),
    /** Set for subject teachers. */
    subjectId: text('subject_id').references(() => subjects.id, { onDelete: 'restrict' }),
  },
  (t) => [
    uniqueIndex('class_teachers_homeroom_uq').on(t.classId, t.memberId).where(sql`${t.role} = 'homeroom'`),
    uniqueIndex('class_teachers_subject_uq').on(t.classId, t.memberId, t.subjectId).where(sql`${t.role} = 'subject'`),
    index('class_teachers_member_idx').on(t.memberId),
  ],
);

/** Students: roster rows; a student who signs in also has a member row (relation 本人). */
export const students = sqliteTable(
  'students',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** 教育證 number, canonical form (e.g. `1234567-8`). */
    educationId: text('education_id'),
    /** 臨時教育證編號: `XX` + 5 digits (ID-01). */
    tempNumber: text('temp_number'),
    /** YYYY-MM-DD. */
    birthDate: text('birth_date'),
    classId: text('class_id').references(() => classes.id, { onDelete: 'set null' }),
    status: text('status', { enum: ['active', 'alumni', 'transferred'] }).notNull().default('active'),
    /** The student's own account, when they subscribed themself. */
    memberId: text('member_id').references(() => members.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('students_education_id_uq').on(t.educationId).where(sql`${t.educationId} is not null`),
    uniqueIndex('students_temp_number_uq').on(t.tempNumber).where(sql`${t.tempNumber} is not null`),
    index('students_class_idx').on(t.classId, t.status, t.name),
    index('students_name_idx').on(t.name, t.id),
  ],
);

/** A parent (member) of a student, with the relation (爸爸, 媽媽, 爺爺, 本人 …). */
export const guardians = sqliteTable(
  'guardians',
  {
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    relation: text('relation').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.studentId, t.memberId] }), index('guardians_member_idx').on(t.memberId)],
);

/** 轉學: a student left for another school; kept as history. */
export const transfers = sqliteTable(
  'transfers',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    fromClassId: text('from_class_id'),
    toSchool: text('to_school').notNull().default(''),
    reason: text('reason').notNull().default(''),
    byMemberId: text('by_member_id'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('transfers_student_idx').on(t.studentId)],
);

/** Tags (標籤) such as 管理員: a visible range of apps and announcements may name them. */
export const tags = sqliteTable('tags', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const memberTags = sqliteTable(
  'member_tags',
  {
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    tagId: text('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.tagId] }), index('member_tags_tag_idx').on(t.tagId)],
);

/** ADM-04: every view of a confidential member field is logged. */
export const confidentialViews = sqliteTable(
  'confidential_views',
  {
    id: text('id').primaryKey(),
    viewerId: text('viewer_id').notNull(),
    memberId: text('member_id').notNull(),
    field: text('field').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('confidential_views_member_idx').on(t.memberId, t.at)],
);
