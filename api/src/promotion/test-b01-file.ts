/**
 * A B01 export at school size, for the size tests and bench/promotion.ts: `count` students
 * spread over the demo school's classes (小一甲班 … 高三乙班), each record with the fields we
 * read plus the many the bureau's 學生註冊 export carries and we ignore (docs/B01-FORMAT.md),
 * so 3,000 students make a file of about 2.5 MB — over the app's 1 MB JSON limit.
 */

const GRADES = [
  ['P1', '小一'],
  ['P2', '小二'],
  ['P3', '小三'],
  ['P4', '小四'],
  ['P5', '小五'],
  ['P6', '小六'],
  ['J1', '初一'],
  ['J2', '初二'],
  ['J3', '初三'],
  ['S1', '高一'],
  ['S2', '高二'],
  ['S3', '高三'],
] as const;
const SECTIONS = ['甲班', '乙班'] as const;
const SURNAMES = ['陳', '黃', '李', '梁', '何', '林', '張', '吳', '鄭', '劉', '馮', '郭', '蔡', '葉', '蘇', '區'];
const GIVEN = ['嘉', '子', '浩', '欣', '梓', '晴', '俊', '詠', '朗', '思', '家', '雅', '志', '美', '文', '宇', '熙', '琳', '軒', '怡'];
const STREETS = ['新馬路', '高士德大馬路', '提督馬路', '罅些喇提督大馬路', '友誼大馬路', '黑沙環中街', '氹仔告利雅施利華街'];

/** The demo classes in school order: grade code, grade name, class name. */
export const DEMO_CLASSES = GRADES.flatMap(([code, grade]) => SECTIONS.map((s) => ({ gradeCode: code, gradeName: grade, className: `${grade}${s}` })));

/** The education ID of the i-th generated student: `8xxxxxx-d`, unique for i < 1,000,000. */
export const generatedId = (i: number): string => `${8_000_000 + i}-${i % 10}`;

/** A generated student's name (Chinese), stable for i. */
export function generatedName(i: number): string {
  return SURNAMES[(i * 7) % SURNAMES.length] + GIVEN[i % GIVEN.length] + GIVEN[Math.floor(i / GIVEN.length) % GIVEN.length];
}

export interface GeneratedRecord {
  educationId: string;
  name: string;
  gradeCode: string;
  className: string;
  classNumber: number;
  birthDate: string;
  [field: string]: unknown;
}

/**
 * The records: student i in class `classOf(i)` (an index into DEMO_CLASSES; by default the
 * classes in turn), numbered within its class.
 */
export function b01Records(count: number, classOf: (i: number) => number = (i) => i % DEMO_CLASSES.length): GeneratedRecord[] {
  const numbers = new Map<number, number>();
  return Array.from({ length: count }, (_, i) => {
    const c = classOf(i);
    const { gradeCode, className } = DEMO_CLASSES[c];
    const classNumber = (numbers.get(c) ?? 0) + 1;
    numbers.set(c, classNumber);
    const year = 2009 + GRADES.length - 1 - GRADES.findIndex(([g]) => g === gradeCode);
    const birthDate = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return {
      educationId: generatedId(i),
      name: generatedName(i),
      gradeCode,
      className,
      classNumber,
      birthDate,
      // what the bureau's export carries besides (ignored by us)
      namePortuguese: `ESTUDANTE ${i}`,
      nameEnglish: `STUDENT ${i}`,
      sex: i % 2 ? 'M' : 'F',
      placeOfBirth: i % 5 ? '澳門' : '中國內地',
      nationality: '中國',
      idDocumentType: 'BIR',
      idDocumentNumber: `${1_200_000 + i}(${i % 10})`,
      idDocumentExpiry: '2031-12-31',
      address: `澳門${STREETS[i % STREETS.length]}${(i % 300) + 1}號${(i % 20) + 1}樓${'ABCDEFGH'[i % 8]}座`,
      phone: `28${String(300_000 + i).padStart(6, '0')}`,
      guardianName: `${SURNAMES[(i * 7) % SURNAMES.length]}${GIVEN[(i + 3) % GIVEN.length]}明`,
      guardianRelation: i % 3 ? '父' : '母',
      guardianPhone: `66${String(100_000 + i).padStart(6, '0')}`,
      enrolmentDate: '2026-09-01',
      enrolmentStatus: '在讀',
      previousSchool: i % 4 ? null : '澳門示範幼稚園',
      repeatingYear: false,
      crossBorder: i % 17 === 0,
      specialNeeds: false,
      remarks: '',
    };
  });
}

/** A whole B01 file of the demo school, as the bureau's system writes it (indented). */
export function b01FileText(records: GeneratedRecord[], schoolYear = '2026/2027', schoolCode = 'B-888'): string {
  return JSON.stringify({ form: 'DSEDJ-B01', schoolCode, schoolYear, generatedAt: '2026-08-20T10:30:00+08:00', students: records }, null, 2);
}
