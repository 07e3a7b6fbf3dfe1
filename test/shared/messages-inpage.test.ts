import { describe, expect, it } from 'vitest';
import { defaultSettings, pageRulesFor } from '../../src/core/settings';
import {
  acceptBackgroundRequest,
  acceptPageToolReply,
  acceptPageToolRequest,
  checkSenderIsOwnContentScript,
  MAX_SELECTOR_CHARS,
  MAX_STORY_TEXT_CHARS,
} from '../../src/shared/messages';

const self = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};
const popup = { id: self.id, url: `${self.baseUrl}popup/popup.html` };
const worker = { id: self.id, url: `${self.baseUrl}background.js` };
const contentScript = {
  id: self.id,
  url: 'https://news.example/2024/05/a-story',
  tab: { id: 7 },
  frameId: 0,
};
const block = {
  id: 'cw3',
  ruleId: 'comments.disqus',
  family: 'comments',
  stage: 'dom',
  preview: 'Comments',
  textLength: 8,
};
const state = { mode: 'auto', pageMode: 'focus', fallback: null, blocks: [block], skipped: null };
const page = { url: 'https://news.example/2024/05/a-story', title: 'A story' };
const rules = pageRulesFor(defaultSettings(), 'news.example');

describe('page-tool requests (popup or background → content script)', () => {
  it('accepts each request from the popup and from the background (context menu)', () => {
    for (const request of [
      { type: 'inpage-status', requestId: 'r' },
      { type: 'inpage-clean', requestId: 'r', mode: 'focus', rules },
      { type: 'inpage-clean', requestId: 'r', mode: 'tidy', rules },
      { type: 'inpage-restore', requestId: 'r' },
      { type: 'inpage-restore-block', requestId: 'r', blockId: 'cw12' },
      { type: 'zap-start', requestId: 'r', contextTarget: true },
    ]) {
      expect(acceptPageToolRequest(request, popup, self)).toEqual({ ok: true, value: request });
      expect(acceptPageToolRequest(request, worker, self).ok).toBe(true);
    }
  });

  it('refuses them from a content script (the page shares its renderer) or another extension', () => {
    const request = { type: 'inpage-restore', requestId: 'r' };
    expect(acceptPageToolRequest(request, contentScript, self)).toEqual({
      ok: false,
      reason: 'sender https://news.example/2024/05/a-story is not a page of this extension',
    });
    expect(acceptPageToolRequest(request, { id: 'other', url: 'chrome-extension://other/' }, self).ok).toBe(
      false,
    );
  });

  it('refuses a block id that is not one of ours and a zap-start without its flag', () => {
    const bad = acceptPageToolRequest(
      { type: 'inpage-restore-block', requestId: 'r', blockId: '"] , body' },
      popup,
      self,
    );
    expect(bad).toEqual({ ok: false, reason: 'blockId: not a block id' });
    for (const mode of ['zen', null])
      expect(
        acceptPageToolRequest({ type: 'inpage-clean', requestId: 'r', mode, rules }, popup, self).ok,
      ).toBe(false);
    expect(
      acceptPageToolRequest({ type: 'inpage-clean', requestId: 'r', mode: 'tidy' }, popup, self),
    ).toEqual({
      ok: false,
      reason: 'rules: expected object, got undefined',
    });
    expect(acceptPageToolRequest({ type: 'zap-start', requestId: 'r' }, popup, self)).toEqual({
      ok: false,
      reason: 'contextTarget: expected boolean, got undefined',
    });
  });

  it('refuses unknown types', () => {
    expect(acceptPageToolRequest({ type: 'inpage-delete', requestId: 'r' }, popup, self).ok).toBe(false);
  });
});

describe('page-tool replies', () => {
  it('accepts the in-page state and a restored block, for the request asked', () => {
    const reply = { type: 'inpage', requestId: 'r1', page, state };
    expect(acceptPageToolReply(reply, 'r1')).toEqual({ ok: true, value: reply });
    const restored = {
      type: 'block-restored',
      requestId: 'r1',
      page,
      state: { ...state, blocks: [] },
      block,
      selector: '#comments',
    };
    expect(acceptPageToolReply(restored, 'r1')).toEqual({ ok: true, value: restored });
  });

  it('accepts a page tidied after Focus fell back, with its reason, and refuses an unknown reason', () => {
    const tidied = { ...state, pageMode: 'tidy', fallback: 'story-text-lost' };
    expect(acceptPageToolReply({ type: 'inpage', requestId: 'r1', page, state: tidied }, 'r1').ok).toBe(true);
    const odd = { ...tidied, fallback: 'because' };
    expect(acceptPageToolReply({ type: 'inpage', requestId: 'r1', page, state: odd }, 'r1').ok).toBe(false);
  });

  it('refuses a reply to another request, a bad state, or a multi-line selector', () => {
    expect(acceptPageToolReply({ type: 'inpage', requestId: 'r0', page, state }, 'r1')).toEqual({
      ok: false,
      reason: 'reply is for request r0, not r1',
    });
    expect(
      acceptPageToolReply({ type: 'inpage', requestId: 'r1', page, state: { ...state, mode: 'on' } }, 'r1')
        .ok,
    ).toBe(false);
    expect(
      acceptPageToolReply(
        { type: 'inpage', requestId: 'r1', page, state: { ...state, blocks: [{ ...block, family: 'x' }] } },
        'r1',
      ).ok,
    ).toBe(false);
    const restored = { type: 'block-restored', requestId: 'r1', page, state, block, selector: 'a\nb' };
    expect(acceptPageToolReply(restored, 'r1').ok).toBe(false);
  });
});

describe('content script sender check', () => {
  it('accepts this extension’s content script in a tab’s top frame, with its tab and URL', () => {
    expect(checkSenderIsOwnContentScript(contentScript, self)).toEqual({
      ok: true,
      value: { tabId: 7, url: contentScript.url },
    });
  });

  it('refuses a sub-frame, a sender without a tab, an extension page and another extension', () => {
    expect(checkSenderIsOwnContentScript({ ...contentScript, frameId: 3 }, self).ok).toBe(false);
    expect(checkSenderIsOwnContentScript({ ...contentScript, tab: undefined }, self).ok).toBe(false);
    expect(checkSenderIsOwnContentScript(popup, self).ok).toBe(false);
    expect(checkSenderIsOwnContentScript({ ...contentScript, id: 'other' }, self).ok).toBe(false);
  });
});

describe('background requests', () => {
  it('takes the badge count and zapper rules from a content script, scoped to its tab', () => {
    expect(acceptBackgroundRequest({ type: 'badge', count: 4 }, contentScript, self)).toEqual({
      ok: true,
      value: {
        from: 'content-script',
        tabId: 7,
        url: contentScript.url,
        incognito: false,
        request: { type: 'badge', count: 4 },
      },
    });
    const zap = { type: 'save-zap-rule', selector: '.promo-box' };
    expect(acceptBackgroundRequest(zap, contentScript, self)).toMatchObject({
      ok: true,
      value: { from: 'content-script', tabId: 7, request: zap },
    });
  });

  it('takes a re-sync only from the extension’s pages', () => {
    expect(acceptBackgroundRequest({ type: 'sync-autoclean' }, popup, self)).toEqual({
      ok: true,
      value: { from: 'extension-page', request: { type: 'sync-autoclean' } },
    });
    expect(acceptBackgroundRequest({ type: 'sync-autoclean' }, contentScript, self).ok).toBe(false);
  });

  it('refuses a badge or rule from an extension page (they have no tab to scope them to)', () => {
    expect(acceptBackgroundRequest({ type: 'badge', count: 1 }, popup, self).ok).toBe(false);
    expect(acceptBackgroundRequest({ type: 'save-zap-rule', selector: 'p' }, popup, self).ok).toBe(false);
  });

  it('refuses bad counts and selectors', () => {
    for (const count of [-1, 1.5, 1e9, '3', NaN])
      expect(acceptBackgroundRequest({ type: 'badge', count }, contentScript, self).ok).toBe(false);
    for (const selector of ['', '   ', 'a\nexample.com##b', 'x'.repeat(MAX_SELECTOR_CHARS + 1), 42])
      expect(acceptBackgroundRequest({ type: 'save-zap-rule', selector }, contentScript, self).ok).toBe(
        false,
      );
  });

  describe('a story to remember', () => {
    const story = {
      title: 'Facebook asks big banks to share customer details',
      site: 'Business Standard',
      url: 'https://www.business-standard.com/article/1.html',
      published: null,
      wire: 'AFP',
      text: 'Facebook has asked major US banks to share detailed financial information.',
    };

    it('comes from a content script for its own tab, which says whether the tab is private', () => {
      const request = { type: 'remember-story', story, tabId: null };
      expect(acceptBackgroundRequest(request, contentScript, self)).toEqual({
        ok: true,
        value: { from: 'content-script', tabId: 7, url: contentScript.url, incognito: false, request },
      });
      const privateTab = { ...contentScript, tab: { id: 7, incognito: true } };
      expect(acceptBackgroundRequest(request, privateTab, self)).toMatchObject({
        ok: true,
        value: { incognito: true },
      });
    });

    it('or from the popup, for the tab it names; never the other way round', () => {
      const request = { type: 'remember-story', story, tabId: 12 };
      expect(acceptBackgroundRequest(request, popup, self)).toEqual({
        ok: true,
        value: { from: 'extension-page', request },
      });
      // A content script cannot speak for another tab, nor an extension page for none.
      expect(acceptBackgroundRequest(request, contentScript, self).ok).toBe(false);
      expect(acceptBackgroundRequest({ ...request, tabId: null }, popup, self).ok).toBe(false);
    });

    it('is refused with a bad shape or a text longer than any page the engine reads', () => {
      const send = (over: object) =>
        acceptBackgroundRequest(
          { type: 'remember-story', story: { ...story, ...over }, tabId: null },
          contentScript,
          self,
        ).ok;
      expect(send({})).toBe(true);
      expect(send({ text: 42 })).toBe(false);
      expect(send({ title: undefined })).toBe(false);
      expect(send({ text: 'x'.repeat(MAX_STORY_TEXT_CHARS + 1) })).toBe(false);
      expect(acceptBackgroundRequest({ type: 'remember-story', story, tabId: -3 }, popup, self).ok).toBe(
        false,
      );
    });
  });

  it('refuses unknown types and non-objects', () => {
    expect(acceptBackgroundRequest({ type: 'set-settings' }, popup, self).ok).toBe(false);
    expect(acceptBackgroundRequest('badge', contentScript, self).ok).toBe(false);
  });
});
