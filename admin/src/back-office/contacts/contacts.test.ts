import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CreateMemberBody } from '../../../../api/src/members/schemas';
import { DetailedApiError, schoolApi } from '../../lib/client';
import { contactsApi, type Department, fileNameOf, type HomeSchoolTree } from '../../lib/contacts-client';
import { setLocale } from '../../lib/i18n';
import { departmentLabeler } from './department-labels';
import { apiErrors, checkForm } from './form-issues';
import { classOptions, currentSchoolYear, homeSchoolNodes, nextSortOrder, selectionOf } from './home-school-tree';

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

function stubFetch(...responses: Response[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      const next = responses.shift();
      if (!next) throw new TypeError('no more responses');
      return next;
    }),
  );
  return calls;
}

const dept = (id: string, name: string, parentId: string | null, depth: number): Department => ({
  id,
  name,
  parentId,
  depth,
  kind: 'normal',
  sortOrder: 0,
  manageable: true,
});

const tree: HomeSchoolTree = {
  totals: { studentCount: 3, joinedCount: 1 },
  campuses: [
    {
      id: 'c1',
      name: '本校',
      sortOrder: 0,
      studentCount: 3,
      joinedCount: 1,
      grades: [
        {
          id: 'g1',
          campusId: 'c1',
          name: '小三',
          code: 'P3',
          schoolYear: '2026/2027',
          sortOrder: 0,
          studentCount: 3,
          joinedCount: 1,
          classes: [
            { id: 'k1', gradeId: 'g1', name: '小三甲班', schoolYear: '2026/2027', sortOrder: 0, studentCount: 2, joinedCount: 1, parentCount: 2 },
            { id: 'k2', gradeId: 'g1', name: '小三乙班', schoolYear: '2026/2027', sortOrder: 1, studentCount: 1, joinedCount: 0, parentCount: 1 },
          ],
        },
      ],
    },
  ],
};

describe('Contacts client', () => {
  beforeEach(() => setLocale('zh-Hant'));
  afterEach(() => vi.unstubAllGlobals());

  it('Should read the UTF-8 file name of a download, else the plain one', () => {
    expect(fileNameOf(`attachment; filename="a.xlsx"; filename*=UTF-8''${encodeURIComponent('小三甲班-學生家長.xlsx')}`, 'x')).toBe('小三甲班-學生家長.xlsx');
    expect(fileNameOf('attachment; filename="contacts.xlsx"', 'x')).toBe('contacts.xlsx');
    expect(fileNameOf(null, 'fallback.svg')).toBe('fallback.svg');
  });

  it('Should send an import as bytes with the CSRF token, and keep the refused rows of the answer', async () => {
    const rows = [{ row: 3, field: '班級', reason: 'unknown_class', message: '找不到此班級' }];
    const calls = stubFetch(
      json({ member: { id: 'm1' }, csrfToken: 'tok-9' }),
      json({ error: { code: 'import_invalid', message: '匯入檔案有 1 處錯誤', rows } }, 400),
    );
    await schoolApi('B-888').auth.signIn({ login: 'admin', password: 'x' });
    const error = await contactsApi('B-888')
      .homeSchool.import(new Blob(['PK']))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DetailedApiError);
    expect((error as DetailedApiError).code).toBe('import_invalid');
    expect((error as DetailedApiError).details).toEqual({ rows });
    expect(calls[1].url).toBe('/api/s/B-888/home-school/students/import');
    expect((calls[1].init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok-9');
    expect((calls[1].init.headers as Record<string, string>)['Content-Type']).toMatch(/spreadsheetml/);
  });

  it('Should build member queries without empty filters', async () => {
    const calls = stubFetch(json({ items: [], page: 1, pageSize: 10, total: 0 }));
    await contactsApi('B-888').staff.list({ departmentId: 'd1', joined: '0', q: '', activated: undefined, page: 1 });
    expect(calls[0].url).toBe('/api/s/B-888/members?departmentId=d1&joined=0&page=1');
  });
});

describe('Contacts screens', () => {
  beforeEach(() => setLocale('zh-Hant'));

  it('Should name a department by itself, or with its parent when the name repeats', () => {
    const items = [dept('r', '學校', null, 0), dept('p', '小學部', 'r', 1), dept('s', '中學部', 'r', 1), dept('a', '中文科組', 'p', 2), dept('b', '中文科組', 's', 2)];
    const label = departmentLabeler(items);
    expect([label(items[1]), label(items[3]), label(items[4])]).toEqual(['小學部', '小學部/中文科組', '中學部/中文科組']);
  });

  it('Should turn the home-school tree into nodes and back into a selection', () => {
    const [all] = homeSchoolNodes(tree);
    expect(all.label).toBe('全校');
    expect(all.children?.[0].children?.[0].children?.map((n) => [n.id, n.label, n.count])).toEqual([
      ['class:k1', '小三甲班', 2],
      ['class:k2', '小三乙班', 1],
    ]);
    const picked = selectionOf(tree, 'class:k2');
    expect(picked.kind === 'class' && [picked.campus.name, picked.grade.name, picked.cls.name]).toEqual(['本校', '小三', '小三乙班']);
    expect(selectionOf(tree, 'class:gone').kind).toBe('all');
    expect(classOptions(tree)[0]).toEqual({ id: 'k1', label: '小三甲班', group: '本校 / 小三 · 2026/2027' });
  });

  it('Should put a new class after its siblings and guess the school year from September', () => {
    expect(nextSortOrder([])).toBe(0);
    expect(nextSortOrder([{ sortOrder: 0 }, { sortOrder: 4 }])).toBe(5);
    expect(currentSchoolYear(new Date(2026, 8, 1))).toBe('2026/2027');
    expect(currentSchoolYear(new Date(2027, 5, 30))).toBe('2026/2027');
  });

  it('Should check a member form with the API schema and name each field', () => {
    const errors = checkForm(CreateMemberBody, { name: '', title: '', departmentIds: [], areaCode: '853', phone: '123', isTeacher: false, isStaff: false }, {
      phone: 'contacts.hint.phone',
      departmentIds: 'contacts.hint.departments',
    });
    expect(errors?.name).toBe('請填寫此欄');
    expect(errors?.departmentIds).toBe('請選擇至少一個部門');
    expect(errors?.phone).toContain('請輸入該地區的手機號碼');
    expect(checkForm(CreateMemberBody, { name: '周老師', departmentIds: ['d1'], areaCode: '853', phone: '66001234', isTeacher: true })).toBeNull();
  });

  it('Should place an API refusal beside the field it names, else above the form', () => {
    const taken = new DetailedApiError(409, 'phone_in_use', '已存在相同手機號的用戶', 'phone', {});
    expect(apiErrors(taken, ['name', 'phone'])).toEqual({ phone: '已存在相同手機號的用戶' });
    expect(apiErrors(taken, ['name'])).toEqual({ form: '已存在相同手機號的用戶' });
    const bad = new DetailedApiError(400, 'invalid_field', '欄位「phone」無效：格式不正確', 'parents.1.phone', {});
    expect(apiErrors(bad, ['parents.1.phone'], { phone: 'contacts.hint.parentPhone' })).toEqual({ 'parents.1.phone': '請輸入該地區的手機號碼（澳門、香港為 8 位數字）' });
  });
});
