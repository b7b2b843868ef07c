import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cls, type NoticeWorld, noticeBody, noticeWorld, tableCounts, upload } from './fixture';

/** X-03 bad input to the notices: a 400 (or 404 for ids) naming the field; nothing written. */

let w: NoticeWorld;
let othersFile = '';
beforeAll(async () => {
  w = await noticeWorld();
  othersFile = await upload(w.agents.cc, 'not-mine.txt', 'text');
});
afterAll(() => w.env.close());

const CASES: [string, () => Record<string, unknown>, number, string, string][] = [
  ['empty recipients', () => noticeBody(w.A, { recipients: { audience: 'parents' } }), 400, 'notice_no_recipients', 'recipients'],
  ['empty lists of recipients', () => noticeBody(w.A, { recipients: { classIds: [], studentIds: [], audience: 'parents' } }), 400, 'notice_no_recipients', 'recipients'],
  ['a class that does not exist', () => noticeBody(w.A, { recipients: { classIds: [cls(w.A), 'nosuchclass'], audience: 'parents' } }), 404, 'not_found', 'recipients.classIds.1'],
  ['a student that does not exist', () => noticeBody(w.A, { recipients: { studentIds: ['nosuchstudent'], audience: 'parents' } }), 404, 'not_found', 'recipients.studentIds.0'],
  ['an attachment the sender did not upload', () => noticeBody(w.A, { attachmentIds: [othersFile] }), 404, 'not_found', 'attachmentIds.0'],
  ['a CC who is not staff', () => noticeBody(w.A, { ccMemberIds: [w.A.members.parents['66000101']] }), 404, 'not_found', 'ccMemberIds.0'],
  ['a missing title', () => ({ ...noticeBody(w.A), title: ' ' }), 400, 'invalid_field', 'title'],
  ['a missing audience', () => noticeBody(w.A, { recipients: { classIds: [cls(w.A)] } }), 400, 'invalid_field', 'recipients.audience'],
  ['an unknown field', () => noticeBody(w.A, { senderId: 'someone' }), 400, 'unknown_field', 'senderId'],
  ['a choice question with one option', () => noticeBody(w.A, { questions: [{ type: 'single', text: '?', options: [{ text: 'a' }] }] }), 400, 'invalid_field', 'questions.0.options'],
  ['a question type that does not exist', () => noticeBody(w.A, { questions: [{ type: 'essay', text: '?' }] }), 400, 'invalid_field', 'questions.0.type'],
  ['a fill-in without blanks', () => noticeBody(w.A, { questions: [{ type: 'fill', text: '___' }] }), 400, 'invalid_field', 'questions.0.blanks'],
  ['a scheduled time in the past', () => noticeBody(w.A, { settings: { scheduledAt: '2026-11-28T01:00:00Z' } }), 400, 'notice_schedule_past', 'settings.scheduledAt'],
  ['a scheduled time that is not a time', () => noticeBody(w.A, { settings: { scheduledAt: 'tomorrow' } }), 400, 'invalid_field', 'settings.scheduledAt'],
];

describe('X-03 bad input changes nothing', () => {
  it.each(CASES)('%s: preview and send refuse it, naming the field', async (_, body, status, code, field) => {
    const before = await tableCounts(w.env, 'A-001');
    for (const path of ['notices/preview', 'notices']) {
      const res = await w.agents.teacher.post(path, body());
      expect(res.status).toBe(status);
      expect(res.body.error).toMatchObject({ code, field });
    }
    expect(await tableCounts(w.env, 'A-001')).toEqual(before);
  });

  it('a class whose students have no account reachable: the summary shows 0, sending is refused', async () => {
    // nobody in 小三乙班 is addressed as a student except 林子軒's own account; 吳思穎 has none
    const body = noticeBody(w.A, { recipients: { studentIds: [w.A.hs.students['吳思穎']], audience: 'students' } });
    const summary = await w.agents.teacher.post('notices/preview', body);
    expect(summary.body).toMatchObject({ recipients: 0, students: 1, reachedStudents: 0 });
    const before = await tableCounts(w.env, 'A-001');
    const res = await w.agents.teacher.post('notices', body);
    expect(res.body.error).toMatchObject({ code: 'notice_no_recipients', field: 'recipients' });
    expect(await tableCounts(w.env, 'A-001')).toEqual(before);
  });

  it('the message names the field in the caller’s language', async () => {
    w.agents.teacher.language = 'en';
    const res = await w.agents.teacher.post('notices', noticeBody(w.A, { recipients: { audience: 'parents' } }));
    w.agents.teacher.language = 'zh-Hant';
    expect(res.body.error.message).toBe('There is no one to send this notice to');
  });

  it.each([
    ['notices?box=everything', 'box'],
    ['notices?pageSize=1000', 'pageSize'],
    ['notices?sort=title', 'sort'],
  ])('X-01 a bad list query is a 400 naming the field: %s', async (path, field) => {
    const res = await w.agents.teacher.get(path);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });
});
