import { describe, expect, it } from 'vitest';
import demo from '../demo-data.json' with { type: 'json' };
import { parseSiteData, SiteDataError } from './data.ts';

/** The issues parseSiteData reports for the demo data changed by `change`. */
function issuesOf(change: (data: typeof demo) => void): string[] {
  const data = structuredClone(demo);
  change(data);
  try {
    parseSiteData(data, 'test');
  } catch (error) {
    if (error instanceof SiteDataError) return error.issues;
    throw error;
  }
  return [];
}

describe('Site data', () => {
  it('Should accept the demo data', () => {
    expect(parseSiteData(demo).school.code).toBe('B-888');
  });

  it.each([
    ['an unsafe id', (d: typeof demo) => (d.articles[0].id = '../etc'), 'articles.0.id: must be 1–64 letters'],
    ['an all-digit id', (d: typeof demo) => (d.articles[0].id = '2'), 'articles.0.id: must not be all digits'],
    ['a javascript: link', (d: typeof demo) => (d.showcases[0].link = 'javascript:alert(1)'), 'showcases.0.link:'],
    ['a file: image URL', (d: typeof demo) => (d.showcases[0].imageUrl = 'file:///etc/passwd'), 'showcases.0.imageUrl:'],
    ['a missing title', (d: typeof demo) => (d.articles[3].title = '  '), 'articles.3.title: must not be empty'],
    ['a bad date', (d: typeof demo) => (d.articles[0].publishedAt = '2025-13-01'), 'articles.0.publishedAt:'],
    ['a relative baseUrl', (d: typeof demo) => (d.baseUrl = '/site/B-888/'), 'baseUrl:'],
    ['a duplicate id', (d: typeof demo) => (d.articles[1].id = d.articles[0].id), 'articles[1].id: duplicate id'],
    ['an unknown type', (d: typeof demo) => (d.articles[2].typeId = 'gone'), 'articles[2].typeId: unknown article type "gone"'],
    ['a javascript: comment URL', (d: typeof demo) => Object.assign(d.articles[0], { commentUrl: 'javascript:alert(1)' }), 'articles.0.commentUrl:'],
    ['a comment with no text', (d: typeof demo) => Object.assign(d.articles[0], { comments: [{ id: 'c', name: 'x', text: ' ', createdAt: '2025-01-01T00:00:00Z' }] }), 'articles.0.comments.0.text:'],
    ['a bad pin time', (d: typeof demo) => Object.assign(d.articles[0], { pinnedAt: 'soon' }), 'articles.0.pinnedAt:'],
  ])('Should refuse %s', (_, change, issue) => {
    const issues = issuesOf(change);
    expect(issues.some((i) => i.startsWith(issue)), issues.join('\n')).toBe(true);
  });

  it('Should name the source in the message', () => {
    expect(() => parseSiteData({}, 'school.json')).toThrow(/^Invalid site data \(school\.json\):\n  - school: /);
  });
});
