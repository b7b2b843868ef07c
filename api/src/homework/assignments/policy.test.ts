import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/context';
import { actionsFor, assignableClassIds, canManageAssignment, canViewAssignment, transitionRefusal } from './policy';

/** The pure rules of 學生作業 (HW-05, HW-06, HW-10), as tables. */

const actor = (over: Partial<Actor>): Actor => ({
  memberId: 'me',
  name: '我',
  kind: 'staff',
  adminRole: null,
  isTeacher: true,
  isStaff: false,
  scope: { departmentIds: [], classIds: [], apps: [] },
  ...over,
});
const mineOnA = { creatorId: 'me', classIds: ['a'] };
const otherOnAB = { creatorId: 'other', classIds: ['a', 'b'] };

describe('canManageAssignment / canViewAssignment', () => {
  const cases: [string, Actor | null, typeof mineOnA, { inScope: string[]; taught: string[] }, boolean, boolean][] = [
    ['its creator', actor({}), mineOnA, { inScope: [], taught: [] }, true, true],
    ['a teacher of one of its classes', actor({}), otherOnAB, { inScope: [], taught: ['b'] }, false, true],
    ['a teacher of none of its classes', actor({}), otherOnAB, { inScope: [], taught: ['c'] }, false, false],
    ['a super admin', actor({ adminRole: 'super' }), otherOnAB, { inScope: [], taught: [] }, true, true],
    ['the creator admin', actor({ adminRole: 'creator' }), otherOnAB, { inScope: [], taught: [] }, true, true],
    ['a scoped admin of all its classes', actor({ adminRole: 'scoped' }), otherOnAB, { inScope: ['a', 'b'], taught: [] }, true, true],
    ['a scoped admin of some of its classes', actor({ adminRole: 'scoped' }), otherOnAB, { inScope: ['a'], taught: [] }, false, true],
    ['a parent', actor({ kind: 'parent', memberId: 'other' }), otherOnAB, { inScope: ['a', 'b'], taught: ['a'] }, false, false],
    ['a student', actor({ kind: 'student' }), mineOnA, { inScope: [], taught: [] }, false, false],
    ['nobody', null, mineOnA, { inScope: [], taught: [] }, false, false],
  ];
  it.each(cases)('%s', (_, a, r, reach, manage, view) => {
    expect(canManageAssignment(a, r, reach.inScope)).toBe(manage);
    expect(canViewAssignment(a, r, reach)).toBe(view);
  });
});

describe('HW-05 assignableClassIds', () => {
  it('creator and super admins: any class; scoped admins: their scope and what they teach; teachers: what they teach the subject in', () => {
    expect(assignableClassIds(actor({ adminRole: 'super' }), [], [])).toBeNull();
    expect([...(assignableClassIds(actor({ adminRole: 'scoped' }), ['a'], ['b']) ?? [])].sort()).toEqual(['a', 'b']);
    expect([...(assignableClassIds(actor({}), ['a'], ['b']) ?? [])]).toEqual(['b']);
  });
});

describe('HW-06 HW-10 transitions and row actions', () => {
  const verbs = ['update', 'delete', 'publish', 'remind', 'close'] as const;
  const table: Record<string, (string | null)[]> = {
    draft: [null, null, null, 'assignment_draft', 'assignment_draft'],
    published: [null, 'assignment_published', 'assignment_published', null, null],
    feedback: [null, 'assignment_published', 'assignment_published', null, null],
    closed: ['assignment_closed', 'assignment_closed', 'assignment_closed', 'assignment_closed', 'assignment_closed'],
  };
  it.each(Object.entries(table))('%s', (status, expected) => {
    expect(verbs.map((v) => transitionRefusal(status as 'draft', v))).toEqual(expected);
  });
  it('the manual’s buttons per state, and 答題詳情 alone for viewers and once 已完結', () => {
    expect(actionsFor('draft', true)).toEqual(['edit', 'details', 'delete']);
    expect(actionsFor('published', true)).toEqual(['edit', 'remind', 'publishScores', 'details', 'close']);
    expect(actionsFor('feedback', true)).toEqual(['edit', 'remind', 'details', 'close']);
    expect(actionsFor('closed', true)).toEqual(['details']);
    expect(actionsFor('published', false)).toEqual(['details']);
  });
});
