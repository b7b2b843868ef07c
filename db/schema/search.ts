import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { students } from './contacts';

/**
 * One line of searchable text per student: name, education ID, temporary number, and every
 * guardian's name and phone. Kept by SQL triggers (migration `contacts_search_triggers`) on
 * students, guardians and members, so no write path can forget it. The contacts search
 * scans this one short column instead of joining guardians and members per student.
 */
export const studentSearch = sqliteTable('student_search', {
  studentId: text('student_id')
    .primaryKey()
    .references(() => students.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
});

/**
 * Change counters bumped by SQL triggers (migration `data_versions_triggers`): `contacts`
 * counts every write to students, guardians, classes, grades, campuses, teaching assignments,
 * admin scopes and the member columns lists show. A cached answer remembers the counter it
 * was computed at and is used only while the counter has not moved, in any process.
 */
export const dataVersions = sqliteTable('data_versions', {
  name: text('name').primaryKey(),
  n: integer('n').notNull(),
});
