import { describe, expect, it } from 'vitest';
import { problemOf } from '../../src/cli/records';
import type { CleanResult } from '../../src/core/types';

const base: CleanResult = {
  status: 'ok',
  message: null,
  article: {
    title: 'T',
    contentHtml: '<p>x</p>',
    text: 'x',
    excerpt: 'x',
    lang: null,
    dir: null,
    wordCount: 1,
    readingMinutes: 1,
  },
  attribution: { siteName: null, byline: null, published: null, canonicalUrl: null, wire: null },
  removals: [],
};

describe('problemOf', () => {
  it('has nothing to say about an article that was found', () => {
    expect(problemOf(base)).toBeNull();
  });

  it('prints a best-effort page with a warning instead of failing', () => {
    const message = 'No article was found on this page; this is the whole page, cleaned.';
    expect(problemOf({ ...base, status: 'no-article', message })).toEqual({
      failed: false,
      message: `warning: ${message}`,
    });
  });

  it('fails a refused page or one with no words left, with the engine’s reason', () => {
    expect(problemOf({ ...base, status: 'too-large', message: 'Too big.', article: null })).toEqual({
      failed: true,
      message: 'Too big.',
    });
    const empty = {
      ...base,
      status: 'no-article' as const,
      message: 'Nothing left.',
      article: { ...base.article!, wordCount: 0, text: '' },
    };
    expect(problemOf(empty)).toEqual({ failed: true, message: 'Nothing left.' });
  });
});
