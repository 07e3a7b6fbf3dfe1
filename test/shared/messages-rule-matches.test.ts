import { describe, expect, it } from 'vitest';
import { MAX_RULES_CHARS, acceptRuleMatchesReply, acceptRuleMatchesRequest } from '../../src/shared/messages';

const self = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};
const options = { id: self.id, url: `${self.baseUrl}options/options.html` };
const request = { type: 'count-rule-matches', requestId: 'q1', rules: '##.promo\nnot a rule' };
const page = { url: 'https://example.com/a', title: 'A story' };

describe('count-rule-matches request (options page → content script)', () => {
  it('is accepted from this extension’s options page', () => {
    expect(acceptRuleMatchesRequest(request, options, self)).toEqual({ ok: true, value: request });
  });

  it('is refused from a web page’s script, another extension or a content script', () => {
    expect(acceptRuleMatchesRequest(request, { url: 'https://evil.example/' }, self).ok).toBe(false);
    expect(
      acceptRuleMatchesRequest(request, { id: 'other', url: 'chrome-extension://other/options.html' }, self),
    ).toEqual({ ok: false, reason: 'sender id other is not this extension' });
    const contentScript = { id: self.id, url: 'https://example.com/a', tab: { id: 3 }, frameId: 0 };
    expect(acceptRuleMatchesRequest(request, contentScript, self)).toEqual({
      ok: false,
      reason: 'sender https://example.com/a is not a page of this extension',
    });
  });

  it('checks the shape: rules must be text, and not a huge one', () => {
    expect(acceptRuleMatchesRequest({ ...request, rules: ['##.a'] }, options, self)).toEqual({
      ok: false,
      reason: 'rules: expected string, got array',
    });
    expect(acceptRuleMatchesRequest({ ...request, requestId: 5 }, options, self).ok).toBe(false);
    const huge = { ...request, rules: 'x'.repeat(MAX_RULES_CHARS + 1) };
    expect(acceptRuleMatchesRequest(huge, options, self)).toEqual({
      ok: false,
      reason: `rules: more than ${MAX_RULES_CHARS} characters`,
    });
    expect(acceptRuleMatchesRequest({ type: 'clean-page', requestId: 'q1' }, options, self).ok).toBe(false);
  });

  it('drops fields it does not know', () => {
    const r = acceptRuleMatchesRequest({ ...request, extra: '<img>' }, options, self);
    expect(r.ok && r.value).toEqual(request);
  });
});

describe('rule-matches reply (content script → options page)', () => {
  const reply = {
    type: 'rule-matches',
    requestId: 'q1',
    page,
    counts: [
      { line: 1, count: 3, note: null },
      { line: 4, count: null, note: 'not for example.com' },
    ],
  };

  it('is accepted for the request it answers', () => {
    expect(acceptRuleMatchesReply(reply, 'q1')).toEqual({ ok: true, value: reply });
    const failed = { type: 'rule-matches-failed', requestId: 'q1', page, error: 'boom' };
    expect(acceptRuleMatchesReply(failed, 'q1')).toEqual({ ok: true, value: failed });
  });

  it('is refused for another request, or with impossible counts', () => {
    expect(acceptRuleMatchesReply(reply, 'q2')).toEqual({
      ok: false,
      reason: 'reply is for request q1, not q2',
    });
    const bad = (counts: unknown) => acceptRuleMatchesReply({ ...reply, counts }, 'q1');
    expect(bad([{ line: 0, count: 1, note: null }])).toEqual({
      ok: false,
      reason: 'counts[0].line: expected a line number',
    });
    expect(bad([{ line: 1, count: -1, note: null }]).ok).toBe(false);
    expect(bad([{ line: 1, count: 1.5, note: null }]).ok).toBe(false);
    expect(bad([{ line: 1, count: '3', note: null }]).ok).toBe(false);
    expect(bad('3').ok).toBe(false);
    expect(acceptRuleMatchesReply(undefined, 'q1').ok).toBe(false);
  });
});
