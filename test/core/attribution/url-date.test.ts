import { describe, expect, it } from 'vitest';
import { dayFromUrl } from '../../../src/core/attribution/url';
import { attributionOf, jsonLd, page } from './helpers';

describe('the day a URL states', () => {
  it.each([
    ['https://blog.example.org/2025/12/18/the-post/', '2025-12-18'],
    ['https://example.org/blog/2025-12-17-minisgl', '2025-12-17'],
    ['https://example.org/news/20251218/title', '2025-12-18'],
    ['https://example.org/archive/2025/12/post', null],
    ['https://example.org/2025/02/30/impossible', null],
    ['https://example.org/item/12345678901', null],
  ])('%s → %j', (url, day) => expect(dayFromUrl(url)).toBe(day));

  it('dates a page that states no date anywhere else', () => {
    const url = 'https://blog.example.org/2025/12/18/the-post/';
    expect(attributionOf(page(''), { url }).published).toEqual({ value: '2025-12-18', source: 'url' });
  });

  it('a date the page states comes first', () => {
    const url = 'https://blog.example.org/2025/12/18/the-post/';
    const doc = page(jsonLd({ '@type': 'BlogPosting', datePublished: '2025-12-19T02:41:41+02:00' }));
    expect(attributionOf(doc, { url }).published?.value).toBe('2025-12-19T02:41:41+02:00');
  });
});
