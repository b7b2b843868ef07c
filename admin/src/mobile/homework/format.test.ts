import { describe, expect, it } from 'vitest';
import { homework } from '../../lib/locales/modules/homework';
import { dayRange, fmtScore, isPast, macauDay, toInstant } from './format';

describe('功課 on the phone: dates, scores and words', () => {
  it('Should read a datetime-local value as Macao time', () => {
    expect(toInstant('2026-11-30T18:00')).toBe('2026-11-30T10:00:00.000Z');
    expect(toInstant('')).toBeNull();
    expect(toInstant('not a time')).toBeNull();
  });

  it('Should tell the Macao day, which starts at 16:00 UTC the day before', () => {
    expect(macauDay(new Date('2026-11-29T16:30:00Z'))).toBe('2026-11-30');
    const { start, end } = dayRange('2026-11-30');
    expect(new Date(start).toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(end - start).toBe(86_400_000);
  });

  it('Should write scores without trailing zeros, and a dash for none', () => {
    expect(fmtScore(7.5)).toBe('7.5');
    expect(fmtScore(10)).toBe('10');
    expect(fmtScore(1 / 3)).toBe('0.33');
    expect(fmtScore(null)).toBe('—');
    expect(isPast('2000-01-01T00:00:00Z')).toBe(true);
    expect(isPast(null)).toBe(false);
  });

  it('Should have every hwm. string in the three languages with the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const zh = Object.entries(homework['zh-Hant']).filter(([k]) => k.startsWith('hwm.'));
    expect(zh.length).toBeGreaterThan(50);
    for (const [key, text] of zh) {
      const k = key as keyof (typeof homework)['en'];
      expect(homework.en[k].trim(), key).not.toBe('');
      expect(names(homework.en[k]), key).toEqual(names(text));
      expect(names(homework.pt[k]), key).toEqual(names(text));
    }
  });
});
