import { describe, expect, it } from 'vitest';
import { normalizeBirthDate, normalizeEducationId, normalizeRelation, normalizeTempNumber, parsePhoneCell } from './identity';

const today = new Date('2026-11-28T02:00:00Z');

describe('ID-01 education IDs, temporary numbers and birth dates', () => {
  it.each([
    ['1234567-8', '1234567-8'],
    ['12345678', '1234567-8'],
    ['1234567(8)', '1234567-8'],
    ['１２３４５６７－８', '1234567-8'],
    [' 1234567 - 8 ', '1234567-8'],
    ['123456-8', null],
    ['1234567-88', null],
    ['A234567-8', null],
  ])('ID-01 education ID %s → %s', (raw, want) => expect(normalizeEducationId(raw)).toBe(want));

  it.each([
    ['XX12345', 'XX12345'],
    ['xx12345', 'XX12345'],
    ['ＸＸ１２３４５', 'XX12345'],
    ['XX1234', null],
    ['XY12345', null],
    ['XX123456', null],
  ])('ID-01 temporary number %s → %s', (raw, want) => expect(normalizeTempNumber(raw)).toBe(want));

  it.each([
    ['20180305', '2018-03-05'],
    ['2018-03-05', '2018-03-05'],
    ['2018/3/5', '2018-03-05'],
    ['2018-02-29', null],
    ['2020-02-29', '2020-02-29'],
    ['2027-01-01', null],
    ['1899-12-31', null],
    ['180305', null],
  ])('ID-01 birth date %s → %s', (raw, want) => expect(normalizeBirthDate(raw, today)).toBe(want));
});

describe('relations and phones', () => {
  it.each([
    ['爸爸', '爸爸'],
    ['妈妈', '媽媽'],
    ['监护人', '監護人'],
    ['本人', '本人'],
    ['叔叔', null],
  ])('relation %s → %s', (raw, want) => expect(normalizeRelation(raw)).toBe(want));

  it.each([
    ['+853 66000101', { areaCode: '853', phone: '66000101' }],
    ['853-6600 0101', { areaCode: '853', phone: '66000101' }],
    ['(852)91234567', { areaCode: '852', phone: '91234567' }],
    ['+8613812345678', { areaCode: '86', phone: '13812345678' }],
    ['13812345678', { areaCode: '86', phone: '13812345678' }],
    ['66000101', { areaCode: '853', phone: '66000101' }],
    // one phone rule for the whole school (members/phone.ts): a Macao mobile starts with 6
    ['86000101', null],
    ['28000101', null],
    ['＋８５３ ６６０００１０１', { areaCode: '853', phone: '66000101' }],
    ['6600010', null],
    ['+86 66000101', null],
  ])('phone cell %s → %j', (raw, want) => expect(parsePhoneCell(raw)).toEqual(want));
});
