import { describe, expect, it } from 'vitest';
import { homeUrl, normalizeBase } from './site-config.ts';

describe('Site config', () => {
  it.each([
    ['/site/B-888/', '/site/B-888/'],
    ['site/B-888', '/site/B-888/'],
    ['/', '/'],
    ['', '/'],
  ])('Should normalise the base %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });

  it.each(['/site/../etc/', '/site/B 888/', '/site/<x>/'])('Should refuse the base %j', (base) => {
    expect(() => normalizeBase(base)).toThrow(/Invalid site base/);
  });

  it('Should take the home URL from an origin or a matching path', () => {
    expect(homeUrl('https://campus.example.mo', '/site/B-888/')).toBe('https://campus.example.mo/site/B-888/');
    expect(homeUrl('https://campus.example.mo/site/B-888/', '/site/B-888/')).toBe('https://campus.example.mo/site/B-888/');
    expect(homeUrl('https://campus.example.mo/site/B-888', '/site/B-888/')).toBe('https://campus.example.mo/site/B-888/');
  });

  it('Should refuse a baseUrl whose path disagrees with the base', () => {
    expect(() => homeUrl('https://campus.example.mo/site/B-999/', '/site/B-888/')).toThrow(/does not match|built for base/);
  });
});
