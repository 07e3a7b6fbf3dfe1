import { describe, expect, it } from 'vitest';
import type { CleanResult } from '../../src/core/types';
import type { ContentReply } from '../../src/shared/messages';
import { PAGE_CHANGED_MESSAGE, sameDocumentUrl, stateForReply } from '../../src/popup/state';

const URL_A = 'https://example.com/a';
const page = { url: URL_A, title: 'A' };
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
const cleaned = (result: Partial<CleanResult>): ContentReply => ({
  type: 'cleaned',
  requestId: 'r',
  page,
  result: { ...base, ...result },
  cleanMs: 5,
});

describe('stateForReply', () => {
  it('an article', () => {
    expect(stateForReply(cleaned({}), URL_A).kind).toBe('article');
  });

  it('no article, with or without a best candidate', () => {
    expect(stateForReply(cleaned({ status: 'no-article' }), URL_A).kind).toBe('no-article');
    expect(stateForReply(cleaned({ status: 'no-article', article: null }), URL_A).kind).toBe('no-article');
    expect(stateForReply(cleaned({ status: 'ok', article: null }), URL_A).kind).toBe('no-article');
  });

  it('too large and unsupported carry the engine’s message', () => {
    expect(stateForReply(cleaned({ status: 'too-large', article: null, message: 'big' }), URL_A)).toEqual({
      kind: 'too-large',
      message: 'big',
    });
    expect(
      stateForReply(cleaned({ status: 'unsupported', article: null, message: 'frames' }), URL_A),
    ).toEqual({
      kind: 'unsupported',
      message: 'frames',
    });
  });

  it('the PDF viewer is a page Cleanwire may not read; other non-HTML is unsupported', () => {
    expect(
      stateForReply({ type: 'not-html', requestId: 'r', page, contentType: 'application/pdf' }, URL_A),
    ).toMatchObject({
      kind: 'restricted',
      reason: 'pdf',
    });
    expect(
      stateForReply({ type: 'not-html', requestId: 'r', page, contentType: 'image/png' }, URL_A).kind,
    ).toBe('unsupported');
  });

  it('an engine failure says the page is unchanged', () => {
    const s = stateForReply({ type: 'failed', requestId: 'r', page, error: 'boom' }, URL_A);
    expect(s).toEqual({
      kind: 'error',
      message: 'Cleanwire could not read this page: boom. The page itself is unchanged.',
    });
  });

  it('a reply from another document than the one clicked on: the page changed', () => {
    expect(stateForReply(cleaned({}), 'https://example.com/b')).toEqual({
      kind: 'changed',
      message: PAGE_CHANGED_MESSAGE,
    });
  });

  it('a jump to an #anchor is the same document', () => {
    expect(stateForReply(cleaned({}), `${URL_A}#comments`).kind).toBe('article');
    expect(sameDocumentUrl(`${URL_A}#x`, `${URL_A}#y`)).toBe(true);
    expect(sameDocumentUrl(`${URL_A}?p=2`, URL_A)).toBe(false);
  });

  it('with no URL known at click time, the reply is taken as it is', () => {
    expect(stateForReply(cleaned({}), undefined).kind).toBe('article');
  });
});
