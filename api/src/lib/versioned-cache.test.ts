import { describe, expect, it } from 'vitest';
import { schoolCache, VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  it('answers only at the version an entry was stored at', () => {
    const c = new VersionedCache<string>(10);
    c.set('k', 1, 'a');
    expect(c.get('k', 1)).toBe('a');
    expect(c.get('k', 2)).toBeUndefined();
    // a stale entry is dropped, not kept for an older reader
    expect(c.get('k', 1)).toBeUndefined();
  });

  it('keeps at most its bound, dropping the least recently used', () => {
    const c = new VersionedCache<number>(2);
    c.set('a', 0, 1);
    c.set('b', 0, 2);
    expect(c.get('a', 0)).toBe(1);
    c.set('c', 0, 3);
    expect(c.get('b', 0)).toBeUndefined();
    expect(c.get('a', 0)).toBe(1);
    expect(c.size).toBe(2);
  });

  it('gives each school and use its own cache', () => {
    schoolCache<number>('s1', 'x').set('k', 0, 1);
    expect(schoolCache<number>('s2', 'x').get('k', 0)).toBeUndefined();
    expect(schoolCache<number>('s1', 'y').get('k', 0)).toBeUndefined();
    expect(schoolCache<number>('s1', 'x').get('k', 0)).toBe(1);
  });
});
