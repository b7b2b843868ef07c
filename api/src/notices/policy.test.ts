import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../lib/clock';
import type { Actor } from '../lib/context';
import { canManageNotice, canReadNotice, canTargetWholeSchool, canUseInbox, hasActed, recallRefusal } from './policy';
import { quietHoursEnd } from './quiet-hours';

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

describe('notices policy', () => {
  const notice = { senderId: 'sender', ccIds: ['cc'] };
  it.each([
    ['the sender', actor({ memberId: 'sender' }), true, true],
    ['a CC’d teacher', actor({ memberId: 'cc' }), true, false],
    ['another teacher', actor({}), false, false],
    ['a super admin', actor({ adminRole: 'super' }), true, true],
    ['a scoped admin of the notices app', actor({ adminRole: 'scoped', scope: { departmentIds: [], classIds: [], apps: ['notices'] } }), true, true],
    ['a scoped admin of other apps', actor({ adminRole: 'scoped', scope: { departmentIds: [], classIds: [], apps: ['homework'] } }), false, false],
    ['a parent', actor({ kind: 'parent', memberId: 'sender' }), false, false],
  ])('N-02 %s: read %s, manage %s', (_, a, read, manage) => {
    expect(canReadNotice(a, notice)).toBe(read);
    expect(canManageNotice(a, notice)).toBe(manage);
  });

  it('N-01 only the app’s admins address the whole school; only families have an inbox', () => {
    expect(canTargetWholeSchool(actor({ adminRole: 'creator' }))).toBe(true);
    expect(canTargetWholeSchool(actor({}))).toBe(false);
    expect([canUseInbox(actor({ kind: 'parent' })), canUseInbox(actor({ kind: 'student' })), canUseInbox(actor({}))]).toEqual([true, true, false]);
  });

  it('N-06 recall: within 24 h of sending, a scheduled one any time, a recalled one never', () => {
    const sentAt = new Date('2026-11-28T02:00:00Z');
    const at = (ms: number) => new Date(sentAt.getTime() + ms);
    expect(recallRefusal({ status: 'sent', sentAt }, at(24 * HOUR - MINUTE))).toBeNull();
    expect(recallRefusal({ status: 'sent', sentAt }, at(24 * HOUR))).toBe('notice_recall_expired');
    expect(recallRefusal({ status: 'scheduled', sentAt: null }, at(48 * HOUR))).toBeNull();
    expect(recallRefusal({ status: 'recalled', sentAt }, at(MINUTE))).toBe('notice_recalled');
  });

  const d = new Date();
  it.each([
    [false, 0, { readAt: null, confirmedAt: null, answeredAt: null }, false],
    [false, 0, { readAt: d, confirmedAt: null, answeredAt: null }, true],
    [true, 0, { readAt: d, confirmedAt: null, answeredAt: null }, false],
    [true, 0, { readAt: d, confirmedAt: d, answeredAt: null }, true],
    [false, 2, { readAt: d, confirmedAt: null, answeredAt: null }, false],
    [false, 2, { readAt: d, confirmedAt: null, answeredAt: d }, true],
    [true, 2, { readAt: d, confirmedAt: d, answeredAt: null }, false],
    [true, 2, { readAt: d, confirmedAt: d, answeredAt: d }, true],
  ])('N-08 confirm required %s, %s questions: %o has acted: %s', (requireConfirm, questionCount, receipt, acted) => {
    expect(hasActed({ requireConfirm, questionCount }, receipt)).toBe(acted);
  });
});

describe('quiet hours (Asia/Macau)', () => {
  const q = { start: '22:00', end: '07:00' };
  it.each([
    ['21:59 Macau, outside', '2026-11-28T13:59:00Z', null],
    ['22:00 Macau, held until 07:00 next day', '2026-11-28T14:00:00Z', '2026-11-28T23:00:00.000Z'],
    ['02:30 Macau, held until 07:00 that day', '2026-11-28T18:30:00Z', '2026-11-28T23:00:00.000Z'],
    ['07:00 Macau, outside', '2026-11-28T23:00:00Z', null],
  ])('%s', (_, at, until) => {
    expect(quietHoursEnd(new Date(at), q)?.toISOString() ?? null).toBe(until);
  });

  it('quiet hours within one day, and none when start equals end', () => {
    expect(quietHoursEnd(new Date('2026-11-28T04:30:00Z'), { start: '12:00', end: '14:00' })?.toISOString()).toBe('2026-11-28T06:00:00.000Z');
    expect(quietHoursEnd(new Date('2026-11-28T14:30:00Z'), { start: '00:00', end: '00:00' })).toBeNull();
  });
});
