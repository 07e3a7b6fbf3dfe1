// @vitest-environment jsdom
/**
 * The sanitiser every piece of page HTML passes before it reaches an extension page (the popup's article
 * view and its rich-HTML copy). jsdom's DOM stands in for the browser's here; test/e2e/security.e2e.test.ts
 * checks the same in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeToFragment, sanitizeToString } from '../../src/ui/SanitizedHtml';

const PAGE = 'https://news.example/world/2024/story.html';
const clean = (html: string) => sanitizeToString(html, PAGE);

describe('sanitizeToString', () => {
  it.each([
    ['<p>a</p><script>alert(1)</script>', '<p>a</p>'],
    [
      '<img src="x.png" onerror="alert(1)">',
      '<img src="https://news.example/world/2024/x.png" referrerpolicy="no-referrer" loading="lazy">',
    ],
    ['<svg onload="alert(1)"><circle r="1"></circle></svg><p>b</p>', '<p>b</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="java&#x09;script:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a>x</a>'],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe><p>c</p>', '<p>c</p>'],
    [
      '<form action="https://evil.example"><input name="q"><button formaction="javascript:alert(1)">Go</button></form>',
      '',
    ],
    ['<p onclick="alert(1)" onmouseover="alert(2)">d</p>', '<p>d</p>'],
    ['<p style="background:url(javascript:alert(1)); width: expression(alert(1))">e</p>', '<p>e</p>'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example"><p>f</p>', '<p>f</p>'],
    ['<base href="https://evil.example/"><p>g</p>', '<p>g</p>'],
    ['<style>body{background:url(javascript:alert(1))}</style><p>h</p>', '<p>h</p>'],
    ['<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)"><p>i</p>', '<p>i</p>'],
    [
      '<details open ontoggle="alert(1)"><summary>s</summary></details>',
      '<details open=""><summary>s</summary></details>',
    ],
    ['<p id="app" class="cw-title" name="x">j</p>', '<p>j</p>'],
  ])('%s', (dirty, expected) => {
    expect(clean(dirty)).toBe(expected);
  });

  it('links open in a new tab without opener or referrer', () => {
    expect(clean('<a href="https://other.example/a">x</a>')).toBe(
      '<a href="https://other.example/a" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });

  it('a relative link the engine left relative is resolved against the page', () => {
    expect(clean('<a href="../sport/">x</a>')).toBe(
      '<a href="https://news.example/world/sport/" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });

  it('an in-page anchor cannot navigate the popup: it becomes a link to the page section', () => {
    expect(clean('<a href="#section-2">x</a>')).toBe(
      '<a href="https://news.example/world/2024/story.html#section-2" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });

  it('mailto links stay', () => {
    expect(clean('<a href="mailto:desk@news.example">desk</a>')).toContain('href="mailto:desk@news.example"');
  });

  it('lazy images get their real source; the placeholder and data-* attributes go', () => {
    expect(
      clean('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/photo.jpg" alt="Photo">'),
    ).toBe(
      '<img src="https://news.example/img/photo.jpg" alt="Photo" referrerpolicy="no-referrer" loading="lazy">',
    );
    expect(clean('<img src="/static/blank.gif" data-lazy-src="photo2.jpg">')).toBe(
      '<img src="https://news.example/world/2024/photo2.jpg" referrerpolicy="no-referrer" loading="lazy">',
    );
  });

  it('a real image source is not replaced by a data-src', () => {
    expect(clean('<img src="https://cdn.example/a.jpg" data-src="https://cdn.example/b.jpg">')).toContain(
      'src="https://cdn.example/a.jpg"',
    );
  });

  it('an inline raster image may stay; an inline document may not', () => {
    expect(clean('<img src="data:image/png;base64,iVBORw0KGgo=">')).toContain(
      'src="data:image/png;base64,iVBORw0KGgo="',
    );
    expect(clean('<img src="data:text/html;base64,PHNjcmlwdD4=">')).not.toContain('data:text');
  });

  it('text and structure survive', () => {
    const html =
      '<h2>Sub</h2><p>A <strong>b</strong> <em>c</em></p><ul><li>one</li></ul><blockquote>q</blockquote><figure><img src="https://x.example/p.jpg" alt="p"><figcaption>cap</figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table>';
    const out = clean(html);
    for (const piece of [
      '<h2>Sub</h2>',
      '<strong>b</strong>',
      '<em>c</em>',
      '<li>one</li>',
      '<blockquote>q</blockquote>',
      '<figcaption>cap</figcaption>',
      '<td>1</td>',
    ])
      expect(out).toContain(piece);
  });
});

describe('sanitizeToFragment', () => {
  it('returns nodes of the current document, with the same cleaning', () => {
    const fragment = sanitizeToFragment(
      '<p onclick="x()">a <a href="javascript:x()">b</a></p><script>x()</script>',
      PAGE,
    );
    const holder = document.createElement('div');
    holder.append(fragment);
    expect(holder.querySelectorAll('script').length).toBe(0);
    expect(holder.querySelector('p')!.hasAttribute('onclick')).toBe(false);
    expect(holder.querySelector('a')!.hasAttribute('href')).toBe(false);
    expect(holder.textContent).toBe('a b');
  });
});
