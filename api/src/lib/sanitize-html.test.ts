import { describe, expect, it } from 'vitest';
import { sanitizeHtml, textOf } from './sanitize-html';

describe('sanitizeHtml', () => {
  it.each([
    ['<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['<img src="x.png" onerror="alert(1)">', '<img src="x.png" />'],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow" target="_blank">x</a>'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow" target="_blank">x</a>'],
    ['<a href=" javascript:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow" target="_blank">x</a>'],
    ['<a href="&#106;avascript:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow" target="_blank">x</a>'],
    ['<iframe src="https://evil.example"></iframe><p>a</p>', '<p>a</p>'],
    ['<p style="background:url(javascript:x)" onclick="x()">t</p>', '<p>t</p>'],
    ['<svg><script>alert(1)</script></svg>', ''],
    ['<a href="//evil.example/x">x</a>', '<a rel="noopener noreferrer nofollow" target="_blank">x</a>'],
    ['<img src="data:text/html;base64,PHNjcmlwdD4=">', '<img />'],
    ['<form action="https://evil"><input name="p"></form>', ''],
  ])('makes %s inert', (input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });

  it('keeps text, links and images, and opens links safely', () => {
    const out = sanitizeHtml('<h2>家長會</h2><p><strong>星期五</strong> <a href="https://school.mo/x">詳情</a></p><img src="/api/s/B-888/files/abc" alt="海報">');
    expect(out).toContain('<h2>家長會</h2>');
    expect(out).toContain('<a href="https://school.mo/x" rel="noopener noreferrer nofollow" target="_blank">詳情</a>');
    expect(out).not.toMatch(/on\w+=/);
    expect(out).toContain('<img src="/api/s/B-888/files/abc" alt="海報" />');
  });

  it('gives plain text for summaries', () => {
    expect(textOf('<p>第一段</p><p>第二   段<script>x</script></p>')).toBe('第一段第二 段');
    expect(textOf('<p>一二三四五六</p>', 4)).toBe('一二三…');
  });
});
