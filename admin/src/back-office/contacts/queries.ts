import { query } from '@solidjs/router';
import { contactsApi, type MemberQuery, type StudentQuery } from '../../lib/contacts-client';

/** The contacts screens' reads, cached per arguments and revalidated by key after a change. */

export const departmentTree = query((school: string) => contactsApi(school).departments.tree(), 'contacts-departments');

export const staffMembers = query((school: string, filter: MemberQuery) => contactsApi(school).staff.list(filter), 'contacts-staff');

export const homeSchoolTree = query((school: string) => contactsApi(school).homeSchool.tree(), 'contacts-home-school-tree');

export const studentList = query((school: string, filter: StudentQuery) => contactsApi(school).homeSchool.students(filter), 'contacts-students');

export const studentDetail = query((school: string, id: string) => contactsApi(school).homeSchool.student(id), 'contacts-student');

export const classTeachers = query((school: string, classId: string) => contactsApi(school).homeSchool.teachers(classId), 'contacts-class-teachers');

export const subjectList = query((school: string) => contactsApi(school).homeSchool.subjects(), 'contacts-subjects');

export const transferList = query(
  (school: string, page: number, pageSize: number) => contactsApi(school).homeSchool.transfers({ page, pageSize }),
  'contacts-transfers',
);

/** Teachers to pick from: active staff with the teacher identity (read a page of 100 at a time). */
export const teacherList = query(async (school: string) => {
  const api = contactsApi(school).staff;
  const teachers = [];
  for (let page = 1; page <= 20; page++) {
    const batch = await api.list({ kind: 'staff', status: 'active', page, pageSize: 100 });
    teachers.push(...batch.items.filter((m) => m.isTeacher));
    if (page * batch.pageSize >= batch.total) break;
  }
  return teachers;
}, 'contacts-teachers');
