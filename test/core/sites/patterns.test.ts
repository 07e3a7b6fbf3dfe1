import { describe, expect, it } from 'vitest';
import {
  findSiteEntry,
  matchPatternsFor,
  normalizeSitePattern,
  siteMatches,
} from '../../../src/core/sites/patterns';

const ok = (input: string) => {
  const r = normalizeSitePattern(input);
  if (!r.ok) throw new Error(`expected "${input}" to be accepted: ${r.error}`);
  return r;
};
const error = (input: string) => {
  const r = normalizeSitePattern(input);
  if (r.ok) throw new Error(`expected "${input}" to be refused, got ${r.pattern}`);
  return r.error;
};

describe('normalizeSitePattern', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['news.example.com', 'news.example.com'],
    ['*.example.com', '*.example.com'],
    ['*.Example.com', '*.example.com'],
    ['https://www.example.com/world/2024/05/01/story.html?utm_source=x#top', 'example.com'],
    ['http://news.example.co.uk/', 'news.example.co.uk'],
    ['example.com:8080', 'example.com'],
    ['https://user@example.com/', 'example.com'],
    ['*://*.example.com/*', '*.example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['http://127.0.0.1:8765/fixture.html', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['example.com.', 'example.com'],
    ['www.co', 'www.co'],
  ])('accepts %j as %j', (input, pattern) => {
    expect(ok(input).pattern).toBe(pattern);
  });

  it('says what normalization changed', () => {
    expect(ok('https://www.example.com/a/b').notes.join(' | ')).toMatch(
      /only the site is kept.*\|.*stored as example\.com; it also matches www\.example\.com/,
    );
    expect(ok('example.com').notes).toEqual([]);
    expect(ok('example.com/').notes).toEqual([]);
    expect(ok('bücher.de').notes.join()).toMatch(/xn--bcher-kva\.de/);
  });

  it.each([
    ['', /Enter a site/],
    ['   ', /Enter a site/],
    ['exa mple.com', /spaces/],
    ['file:///home/me/page.html', /not "file:" pages/],
    ['chrome://extensions', /not "chrome:" pages/],
    ['about:blank', /not "about:" pages/],
    ['javascript:alert(1)', /not "javascript:" pages/],
    ['ftp://example.com', /not "ftp:" pages/],
    ['ex*ample.com', /wildcard is only allowed at the start/],
    ['*example.com', /wildcard is only allowed at the start/],
    ['news.*.example.com', /wildcard is only allowed at the start/],
    ['*.', /after "\*\."/],
    ['*.com', /would cover every site under \.com/],
    ['*.co.uk', /would cover every site under co\.uk/],
    ['*.github.io', /would cover every site/],
    ['example', /not a complete site name/],
    ['-example.com', /not a valid site name/],
    ['exa_mple.com', /not a valid site name|not allowed/],
    ['999.1.1.1', /not a valid (IP address|site name)/],
    ['300.1.1.1', /not a valid (IP address|site name)/],
    ['*.127.0.0.1', /IP address/],
    ['*.localhost', /localhost/],
    ['[::1]', /IPv6/],
    ['example.123', /not a valid site name/],
  ])('refuses %j with a clear reason', (input, reason) => {
    expect(error(input)).toMatch(reason);
  });
});

describe('siteMatches', () => {
  const matching: [string, string][] = [
    ['example.com', 'https://example.com/'],
    ['example.com', 'http://example.com/world/2024/story'],
    ['example.com', 'https://www.example.com/world/story'],
    ['example.com', 'https://EXAMPLE.com./x'],
    ['example.com', 'https://example.com:8443/x'],
    ['www.example.com', 'https://example.com/x'],
    ['*.example.com', 'https://example.com/x'],
    ['*.example.com', 'https://news.example.com/x'],
    ['*.example.com', 'https://a.b.example.com/x'],
    ['news.example.com', 'https://news.example.com/x'],
    ['127.0.0.1', 'http://127.0.0.1:8080/fixture.html'],
  ];
  it.each(matching)('%s matches %s', (pattern, url) => {
    expect(siteMatches(pattern, url)).toBe(true);
  });

  const notMatching: [string, string][] = [
    ['example.com', 'https://evil.com/?example.com'],
    ['example.com', 'https://evil.com/example.com/page'],
    ['example.com', 'https://evil.com/#example.com'],
    ['example.com', 'https://example.com.evil.com/'],
    ['example.com', 'https://www.example.com.evil.com/'],
    ['example.com', 'https://notexample.com/'],
    ['example.com', 'https://example.co/'],
    ['example.com', 'https://example.com@evil.com/'],
    ['example.com', 'https://news.example.com/'],
    ['*.example.com', 'https://notexample.com/'],
    ['*.example.com', 'https://example.com.evil.com/'],
    ['*.example.com', 'https://evil.com/?q=.example.com'],
    ['news.example.com', 'https://example.com/'],
    ['news.example.com', 'https://sports.example.com/'],
    ['example.com', 'file:///example.com/index.html'],
    ['example.com', 'ftp://example.com/'],
    ['example.com', 'not a url'],
    ['exa mple.com', 'https://exa mple.com/'],
  ];
  it.each(notMatching)('%s does not match %s', (pattern, url) => {
    expect(siteMatches(pattern, url)).toBe(false);
  });
});

describe('findSiteEntry', () => {
  const entries = [
    { pattern: '*.example.com', cleanFrontPages: false },
    { pattern: 'news.example.com', cleanFrontPages: true },
    { pattern: '*.sport.example.com', cleanFrontPages: false },
  ];
  it('picks the most specific entry', () => {
    expect(findSiteEntry(entries, 'https://news.example.com/a')?.pattern).toBe('news.example.com');
    expect(findSiteEntry(entries, 'https://live.sport.example.com/a')?.pattern).toBe('*.sport.example.com');
    expect(findSiteEntry(entries, 'https://example.com/a')?.pattern).toBe('*.example.com');
    expect(findSiteEntry(entries, 'https://other.org/?example.com')).toBeNull();
    expect(findSiteEntry(entries, 'chrome://newtab')).toBeNull();
  });
});

describe('matchPatternsFor', () => {
  it('gives the browser match patterns that cover exactly what siteMatches covers', () => {
    expect(matchPatternsFor('example.com')).toEqual(['*://example.com/*', '*://www.example.com/*']);
    expect(matchPatternsFor('*.example.com')).toEqual(['*://*.example.com/*']);
    expect(matchPatternsFor('news.example.com')).toEqual([
      '*://news.example.com/*',
      '*://www.news.example.com/*',
    ]);
    expect(matchPatternsFor('127.0.0.1')).toEqual(['*://127.0.0.1/*']);
    expect(matchPatternsFor('localhost')).toEqual(['*://localhost/*']);
  });
  it('refuses an invalid pattern', () => {
    expect(() => matchPatternsFor('*.com')).toThrow(/invalid site pattern/);
  });
});
