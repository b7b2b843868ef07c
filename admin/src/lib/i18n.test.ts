import { describe, expect, it } from 'vitest';
import { formatDateTime, hasKey, setLocale, t } from './i18n';
import { en } from './locales/en';
import { pt } from './locales/pt';
import { zhHant } from './locales/zh-Hant';

describe('i18n', () => {
  it('Should have every key in all three languages, and no empty string', () => {
    for (const dict of [en, pt]) expect(Object.keys(dict).sort()).toEqual(Object.keys(zhHant).sort());
    for (const dict of [zhHant, en, pt]) expect(Object.values(dict).filter((v) => !v.trim())).toEqual([]);
  });

  it('Should keep the same placeholders in every language', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhHant) as (keyof typeof zhHant)[]) {
      expect(names(en[key]), key).toEqual(names(zhHant[key]));
      expect(names(pt[key]), key).toEqual(names(zhHant[key]));
    }
  });

  it('Should fill placeholders in the chosen language', () => {
    setLocale('zh-Hant');
    expect(t('common.showing', { from: 1, to: 10, total: 12 })).toBe('顯示第 1 至 10 項結果，共 12 項');
    setLocale('en');
    expect(t('common.showing', { from: 1, to: 10, total: 12 })).toBe('Showing 1 to 10 of 12 entries');
    setLocale('zh-Hant');
  });

  it('Should write times in Macao time whatever the machine zone', () => {
    expect(formatDateTime('2024-03-09T00:45:00.000Z')).toBe('2024-03-09 08:45');
    expect(formatDateTime(null)).toBe('');
  });

  it('Should tell keys from API values it has no words for', () => {
    expect(hasKey('status.disabled')).toBe(true);
    expect(hasKey('status.archived')).toBe(false);
  });
});
