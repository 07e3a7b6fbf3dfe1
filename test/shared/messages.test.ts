import { describe, expect, it } from 'vitest';
import { defaultSettings, pageRulesFor } from '../../src/core/settings';
import type { CleanResult } from '../../src/core/types';
import {
  acceptContentReply,
  acceptContentRequest,
  checkSenderIsExtensionPage,
} from '../../src/shared/messages';

const self = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};
const popup = { id: self.id, url: `${self.baseUrl}popup/popup.html` };
const rules = {
  families: pageRulesFor(defaultSettings(), 'news.example').families,
  customRules: '##.promo',
  siteExceptions: { ruleIds: ['comments.disqus'], selectors: ['#keep'] },
};
const request = { type: 'clean-page', requestId: 'r1', rules };

const result: CleanResult = {
  status: 'ok',
  message: null,
  article: {
    title: 'Title',
    contentHtml: '<p>Body</p>',
    text: 'Body',
    excerpt: 'Body',
    lang: 'en',
    dir: null,
    wordCount: 1,
    readingMinutes: 1,
  },
  attribution: {
    siteName: { value: 'Site', source: 'meta' },
    byline: null,
    published: { value: '2018-08-07', source: 'json-ld' },
    canonicalUrl: { value: 'https://example.com/a', source: 'meta' },
    wire: { agency: 'AFP', name: 'Agence France-Presse', evidence: ['dateline: "New York (AFP) -"'] },
  },
  removals: [
    { ruleId: 'share.label', family: 'share', stage: 'post', preview: 'Share this:', textLength: 11 },
  ],
};
const reply = {
  type: 'cleaned',
  requestId: 'r1',
  page: { url: 'https://example.com/a', title: 'T' },
  result,
  cleanMs: 12.5,
};

describe('sender check', () => {
  it('accepts this extension’s own pages, also the popup opened in a tab', () => {
    expect(checkSenderIsExtensionPage(popup, self).ok).toBe(true);
    expect(
      checkSenderIsExtensionPage({ id: self.id, url: `${self.baseUrl}popup/popup.html?tab=7` }, self).ok,
    ).toBe(true);
  });

  it('rejects another extension', () => {
    const r = checkSenderIsExtensionPage({ id: 'zzzz', url: 'chrome-extension://zzzz/popup.html' }, self);
    expect(r).toEqual({ ok: false, reason: 'sender id zzzz is not this extension' });
  });

  it('rejects a content script of this extension (it lives in a web page)', () => {
    const r = checkSenderIsExtensionPage({ id: self.id, url: 'https://evil.example/page' }, self);
    expect(r).toEqual({
      ok: false,
      reason: 'sender https://evil.example/page is not a page of this extension',
    });
  });

  it('rejects a sender without a URL', () => {
    expect(checkSenderIsExtensionPage({ id: self.id }, self).ok).toBe(false);
  });
});

describe('content request check', () => {
  it('accepts a well-formed request from the popup', () => {
    expect(acceptContentRequest(request, popup, self)).toEqual({ ok: true, value: request });
  });

  it('checks the sender before the payload', () => {
    const r = acceptContentRequest(request, { id: 'other', url: 'chrome-extension://other/x.html' }, self);
    expect(r.ok).toBe(false);
  });

  it.each([
    [null, 'value: expected message object, got null'],
    ['clean-page', 'value: expected message object, got string "clean-page"'],
    [{}, 'type: expected clean-page, got undefined'],
    [{ type: 'run-code', code: 'alert(1)' }, 'type: expected clean-page, got string "run-code"'],
    [{ type: 'toString' }, 'type: expected clean-page, got string "toString"'],
    [{ type: 'clean-page', requestId: 1 }, 'requestId: expected string, got number'],
  ])('rejects %j with a reason', (message, reason) => {
    expect(acceptContentRequest(message, popup, self)).toEqual({ ok: false, reason });
  });

  it('drops keys the protocol does not know', () => {
    const r = acceptContentRequest({ ...request, extra: '<script>' }, popup, self);
    expect(r.ok && Object.keys(r.value).sort()).toEqual(['requestId', 'rules', 'type']);
  });

  it('carries the reader’s rule choices: every switchable family on or off, rules as text, the site’s exceptions', () => {
    const without = (key: string) =>
      Object.fromEntries(Object.entries(rules.families).filter(([k]) => k !== key));
    for (const [bad, reason] of [
      [
        { ...rules, families: without('comments') },
        'rules.families.comments: expected boolean, got undefined',
      ],
      [
        { ...rules, families: { ...rules.families, share: 'no' } },
        'rules.families.share: expected boolean, got string "no"',
      ],
      [{ ...rules, customRules: ['##.a'] }, 'rules.customRules: expected string, got array'],
      [
        { ...rules, siteExceptions: { ruleIds: [1], selectors: [] } },
        'rules.siteExceptions.ruleIds[0]: expected string, got number',
      ],
    ] as const)
      expect(acceptContentRequest({ ...request, rules: bad }, popup, self)).toEqual({ ok: false, reason });
    // A family the protocol does not know travels no further.
    const r = acceptContentRequest(
      { ...request, rules: { ...rules, families: { ...rules.families, x: true } } },
      popup,
      self,
    );
    expect(r.ok && Object.keys(r.value.rules.families)).toEqual(Object.keys(rules.families));
  });

  it('carries no budget: one sent along (0 meant "no limit") is dropped, the content script keeps its own', () => {
    const r = acceptContentRequest({ ...request, maxElements: 0, maxTextChars: 1e12 }, popup, self);
    expect(r).toEqual({ ok: true, value: request });
  });
});

describe('content reply check', () => {
  it('accepts a cleaned page', () => {
    expect(acceptContentReply(reply, 'r1')).toEqual({ ok: true, value: reply });
  });

  it('accepts the other reply kinds', () => {
    const page = { url: 'https://example.com/a.pdf', title: '' };
    expect(
      acceptContentReply({ type: 'not-html', requestId: 'r1', page, contentType: 'application/pdf' }, 'r1')
        .ok,
    ).toBe(true);
    expect(acceptContentReply({ type: 'failed', requestId: 'r1', page, error: 'boom' }, 'r1').ok).toBe(true);
  });

  it('rejects the answer to another request', () => {
    expect(acceptContentReply(reply, 'r2')).toEqual({ ok: false, reason: 'reply is for request r1, not r2' });
  });

  it('names the path of a malformed field deep in the result', () => {
    const bad = structuredClone(reply);
    (bad.result.removals[0] as { family: string }).family = 'ads';
    const r = acceptContentReply(bad, 'r1');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^result\.removals\[0\]\.family: expected "tickers" \| /);
  });

  it.each([
    [
      'article.contentHtml',
      (r: typeof reply) => ((r.result.article as { contentHtml: unknown }).contentHtml = 42),
    ],
    [
      'attribution.wire.evidence',
      (r: typeof reply) => ((r.result.attribution.wire as { evidence: unknown }).evidence = 'x'),
    ],
    [
      'attribution.published.source',
      (r: typeof reply) => ((r.result.attribution.published as { source: string }).source = 'guess'),
    ],
    ['status', (r: typeof reply) => ((r.result as { status: string }).status = 'great')],
    ['article.dir', (r: typeof reply) => ((r.result.article as { dir: unknown }).dir = 'up')],
  ])('rejects a bad %s', (path, spoil) => {
    const bad = structuredClone(reply);
    spoil(bad);
    const r = acceptContentReply(bad, 'r1');
    expect(!r.ok && r.reason.startsWith(`result.${path}:`)).toBe(true);
  });
});
