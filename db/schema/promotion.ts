import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { classes } from './contacts';

/** A B08 class as the bureau lists it (kept as fetched, so the sync uses what the admin saw). */
export interface FetchedB08Class {
  gradeCode: string;
  gradeName: { 'zh-Hant': string; en: string; pt: string };
  className: { 'zh-Hant': string; en: string; pt: string };
  campus: string;
}

/** PRM-01 從教青局同步: the school year's B08 grade/class table as last fetched from the bureau. */
export const b08Fetches = sqliteTable('b08_fetches', {
  schoolYear: text('school_year').primaryKey(),
  classes: text('classes', { mode: 'json' }).$type<FetchedB08Class[]>().notNull(),
  fetchedAt: integer('fetched_at', { mode: 'timestamp_ms' }).notNull(),
  byMemberId: text('by_member_id'),
});

/** PRM-01 同步到智慧校園: each sync, with its choices and what it created. */
export const b08Syncs = sqliteTable(
  'b08_syncs',
  {
    id: text('id').primaryKey(),
    schoolYear: text('school_year').notNull(),
    campusId: text('campus_id').notNull(),
    language: text('language', { enum: ['zh-Hant', 'en', 'pt'] }).notNull(),
    separateParentClasses: integer('separate_parent_classes', { mode: 'boolean' }).notNull(),
    createdGrades: integer('created_grades').notNull(),
    createdClasses: integer('created_classes').notNull(),
    byMemberId: text('by_member_id'),
    byName: text('by_name').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('b08_syncs_year_idx').on(t.schoolYear, t.at)],
);

/**
 * Which class of the contacts stands for which B08 class (PRM-03): the sync's memory, so a
 * second run creates nothing twice whatever language it names classes in, and B01 rows find
 * their class by the bureau's names.
 */
export const b08ClassLinks = sqliteTable(
  'b08_class_links',
  {
    classId: text('class_id')
      .primaryKey()
      .references(() => classes.id, { onDelete: 'cascade' }),
    schoolYear: text('school_year').notNull(),
    bureauCampus: text('bureau_campus').notNull(),
    gradeCode: text('grade_code').notNull(),
    /** The bureau's zh-Hant class name, e.g. 小五甲班. */
    bureauClassName: text('bureau_class_name').notNull(),
    audience: text('audience', { enum: ['all', 'students', 'parents'] }).notNull(),
  },
  (t) => [uniqueIndex('b08_class_links_uq').on(t.schoolYear, t.bureauCampus, t.gradeCode, t.bureauClassName, t.audience)],
);

/** PRM-04: an uploaded B01 file (student registration export). The newest one is "the current JSON". */
export const b01Uploads = sqliteTable(
  'b01_uploads',
  {
    id: text('id').primaryKey(),
    schoolYear: text('school_year').notNull(),
    /** When the bureau produced the file, as the file says. */
    generatedAt: text('generated_at'),
    total: integer('total').notNull(),
    anomalyCount: integer('anomaly_count').notNull(),
    byMemberId: text('by_member_id'),
    byName: text('by_name').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('b01_uploads_at_idx').on(t.at)],
);

/** One record of an upload, matched at upload time: the student, the target class, anomalies. */
export const b01Rows = sqliteTable(
  'b01_rows',
  {
    uploadId: text('upload_id')
      .notNull()
      .references(() => b01Uploads.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    /** As canonical as the record allows (`1234567-8`, `XX12345`), else as given. */
    educationId: text('education_id').notNull(),
    name: text('name').notNull(),
    gradeCode: text('grade_code').notNull(),
    className: text('class_name').notNull(),
    classNumber: integer('class_number'),
    studentId: text('student_id'),
    classId: text('class_id'),
    /** Reasons, empty when the record is fine: unknown_class, not_subscribed, duplicate, malformed. */
    anomalies: text('anomalies', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.uploadId, t.seq] }), index('b01_rows_class_idx').on(t.uploadId, t.gradeCode, t.className)],
);

/**
 * PRM-05 the update log: every 確認更新通訊錄 (`apply`), its undo, and the alumni moves of
 * PRM-06 (`alumni`), with who, when and the counts.
 */
export const b01Updates = sqliteTable(
  'b01_updates',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['apply', 'undo', 'alumni'] }).notNull(),
    uploadId: text('upload_id'),
    schoolYear: text('school_year').notNull(),
    counts: text('counts', { mode: 'json' }).$type<Record<string, number>>().notNull(),
    /** For an undo: the apply it reverted. */
    undoOf: text('undo_of'),
    /** For an apply: when it was undone. */
    undoneAt: integer('undone_at', { mode: 'timestamp_ms' }),
    byMemberId: text('by_member_id'),
    byName: text('by_name').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('b01_updates_at_idx').on(t.at)],
);

/** Where each student was before an update moved them, so the update can be undone. */
export const b01Moves = sqliteTable(
  'b01_moves',
  {
    updateId: text('update_id')
      .notNull()
      .references(() => b01Updates.id, { onDelete: 'cascade' }),
    studentId: text('student_id').notNull(),
    fromClassId: text('from_class_id'),
    fromStatus: text('from_status', { enum: ['active', 'alumni', 'transferred'] }).notNull(),
    toClassId: text('to_class_id'),
    toStatus: text('to_status', { enum: ['active', 'alumni', 'transferred'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.updateId, t.studentId] })],
);

/** PRM-06: a student moved to the alumni for a school year, once (the job may run again). */
export const alumniMoves = sqliteTable(
  'alumni_moves',
  {
    studentId: text('student_id').notNull(),
    schoolYear: text('school_year').notNull(),
    updateId: text('update_id').notNull(),
    gradeCode: text('grade_code'),
    invited: integer('invited', { mode: 'boolean' }).notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.studentId, t.schoolYear] })],
);
