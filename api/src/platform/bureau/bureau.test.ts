import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoBureau, demoBureauData } from './demo';
import { loadBureauFile } from './load-file';
import { canonicalEducationId, normalizeBirthDate } from './normalize';
import { parseBureauData } from './schema';
import { createStaticBureau } from './static';

const bureau = createDemoBureau();

describe('Bureau: education IDs (ID-01)', () => {
  it('Should accept a known ID with its birth date', async () => {
    expect(await bureau.checkEducationId('B-888', { educationId: '1234567-8', birthDate: '20170514' })).toEqual({
      ok: true,
      student: { educationId: '1234567-8', name: '陳家豪', birthDate: '2017-05-14', grade: 'P4', className: '小四甲班', holder: 'student' },
    });
  });

  it.each([
    ['full-width with full-width dash', 'B-888', '１２３４５６７－８', '２０１７０５１４'],
    ['spaces, no dash', 'B-888', ' 1234567 8 ', '2017-05-14'],
    ['other date forms', 'B-888', '12345678', '2017/5/14'],
    ['Chinese date, Unicode hyphen', 'B-888', '1234567‐8', '2017年5月14日'],
    ['lower-case school code', 'b-888', '1234567-8', '20170514'],
  ])('Should normalise input: %s', async (_, school, educationId, birthDate) => {
    expect(await bureau.checkEducationId(school, { educationId, birthDate })).toMatchObject({ ok: true });
  });

  it('Should refuse a wrong birth date', async () => {
    for (const birthDate of ['20170515', '2017-14-05', '', 'yesterday']) {
      expect(await bureau.checkEducationId('B-888', { educationId: '1234567-8', birthDate })).toEqual({
        ok: false,
        reason: 'birth_date_mismatch',
      });
    }
  });

  it('Should not find unknown IDs, nor IDs of another school', async () => {
    expect(await bureau.checkEducationId('B-888', { educationId: '7654321-0', birthDate: '20170514' })).toEqual({ ok: false, reason: 'not_found' });
    expect(await bureau.checkEducationId('C-001', { educationId: '1234567-8', birthDate: '20170514' })).toEqual({ ok: false, reason: 'not_found' });
  });

  it('Should normalise IDs and dates', () => {
    expect(canonicalEducationId('ｘｘ１２３４５')).toBe('XX12345');
    expect(normalizeBirthDate('2016-02-29')).toBe('2016-02-29');
    expect(normalizeBirthDate('2017-02-29')).toBeNull();
    expect(normalizeBirthDate('1/2/2017')).toBeNull();
  });
});

describe('Bureau: B08 and calendar', () => {
  it('Should list 2026/2027 classes for P1–P6, J1–J3, S1–S3 in three languages', async () => {
    const classes = await bureau.b08Classes('B-888', '2026/2027');
    expect(new Set(classes.map((c) => c.gradeCode))).toEqual(new Set(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'J1', 'J2', 'J3', 'S1', 'S2', 'S3']));
    expect(classes[0]).toEqual({
      gradeCode: 'P1',
      gradeName: { 'zh-Hant': '小一', en: 'Primary 1', pt: '1.º ano do ensino primário' },
      className: { 'zh-Hant': '小一甲班', en: 'P1A', pt: '1.º Ano Primário A' },
      campus: '小學部校舍',
    });
    expect(await bureau.b08Classes('B-888', '2030/2031')).toEqual([]);
  });

  it('Should keep demo students and events consistent with the B08 table and the school year', async () => {
    const data = demoBureauData();
    const classNames = new Set((await bureau.b08Classes('B-888', '2026/2027')).map((c) => c.className['zh-Hant']));
    for (const s of data.schools['B-888'].students) if (s.className) expect(classNames).toContain(s.className);
    const events = await bureau.calendar('B-888', '2026/2027');
    expect(events.length).toBeGreaterThanOrEqual(15);
    for (const e of events) {
      expect(e.startDate >= '2026-09-01' && e.endDate <= '2027-08-31').toBe(true);
      for (const c of e.classes) expect(classNames).toContain(c);
    }
    expect(events.map((e) => e.title)).toEqual(expect.arrayContaining(['國慶日', '聖誕節及元旦假期', '農曆新年假期']));
  });

  it('Should validate raw JSON given to createStaticBureau', () => {
    expect(() => createStaticBureau({ schools: { 'B-888': { students: 'none' } } })).toThrow(/schools\.B-888\.students/);
  });

  it('Should hand out copies', async () => {
    const [first] = await bureau.calendar('B-888', '2026/2027');
    first.title = 'changed';
    expect((await bureau.calendar('B-888', '2026/2027'))[0].title).not.toBe('changed');
  });
});

describe('Bureau data files', () => {
  const valid = () => structuredClone(demoBureauData()) as unknown as { schools: Record<string, { students: Record<string, unknown>[] }> };

  it.each<[string, (d: ReturnType<typeof valid>) => void, RegExp]>([
    ['a bad birth date', (d) => (d.schools['B-888'].students[3].birthDate = '2019-13-01'), /schools\.B-888\.students\.3\.birthDate/],
    ['a bad ID', (d) => (d.schools['B-888'].students[0].educationId = '1234567'), /schools\.B-888\.students\.0\.educationId: expected 7 digits/],
    ['an unknown field', (d) => (d.schools['B-888'].students[1].nickname = '豪仔'), /schools\.B-888\.students\.1\.nickname/],
    ['a duplicate ID', (d) => (d.schools['B-888'].students[1].educationId = '1234567-8'), /students: an educationId appears twice/],
  ])('Should refuse %s, naming the field', (_, spoil, message) => {
    const data = valid();
    spoil(data);
    expect(() => parseBureauData(data, 'bureau.json')).toThrow(message);
  });

  it('Should load a file, and refuse a broken one with its path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'campus-bureau-'));
    try {
      const good = join(dir, 'good.json');
      await writeFile(good, JSON.stringify(demoBureauData()));
      const loaded = await loadBureauFile(good);
      expect(await loaded.checkEducationId('B-888', { educationId: '1234567-8', birthDate: '20170514' })).toMatchObject({ ok: true });
      const bad = join(dir, 'bad.json');
      await writeFile(bad, JSON.stringify({ schools: { 'B-888': { students: [], b08: { '2026-27': [] }, calendar: {} } } }));
      await expect(loadBureauFile(bad)).rejects.toThrow(`${bad}: schools.B-888.b08.2026-27: expected a school year`);
      await writeFile(bad, '{ not json');
      await expect(loadBureauFile(bad)).rejects.toThrow(/not valid JSON/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
