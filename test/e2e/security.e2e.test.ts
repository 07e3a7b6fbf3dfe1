/**
 * The XSS fixture (test/fixtures/e2e/xss.html): its article carries script-injection payloads. In the
 * popup nothing of them is present and nothing runs; the exports carry none of them either. Each payload,
 * if it ever ran, would append to `window.__cwXss` where it ran.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ActionPopup, type ExtensionBrowser } from './support/browser';
import { fixtureNamed, mountFixture } from './support/server';
import { SNAPSHOT_EXPRESSION, type PopupSnapshot } from './support/snapshot';

const fixture = fixtureNamed('e2e/xss');
let b: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  b = await launchExtensionBrowser();
  page = await b.openTab(mountFixture(b.server, fixture));
});
afterAll(async () => {
  await b?.close();
});

/** Everything that would show a payload survived, read inside the popup. */
function inspectPopup() {
  const article = document.querySelector('[data-testid=article]');
  if (!article) return null;
  const all = Array.from(article.querySelectorAll('*'));
  return {
    ran: (window as unknown as { __cwXss?: string[] }).__cwXss ?? [],
    dangerousElements: all
      .filter((el) =>
        /^(script|style|iframe|frame|object|embed|form|input|button|textarea|select|meta|base|link|svg|math|template|noscript)$/i.test(
          el.localName,
        ),
      )
      .map((el) => el.localName),
    handlerOrStyleAttributes: all.flatMap((el) =>
      Array.from(el.attributes)
        .filter(
          (a) => /^on/i.test(a.name) || a.name === 'style' || a.name === 'srcdoc' || a.name === 'formaction',
        )
        .map((a) => `${el.localName}[${a.name}]`),
    ),
    unsafeUrls: all.flatMap((el) =>
      ['href', 'src', 'action', 'data'].flatMap((name) => {
        const v = el.getAttribute(name);
        if (v === null) return [];
        return /^(https?:|mailto:)/i.test(v) || (name === 'src' && /^data:image\//i.test(v))
          ? []
          : [`${el.localName}[${name}=${v}]`];
      }),
    ),
    linksNotHardened: Array.from(article.querySelectorAll('a[href]'))
      .filter((a) => a.getAttribute('target') !== '_blank' || a.getAttribute('rel') !== 'noopener noreferrer')
      .map((a) => a.outerHTML),
    baseElements: document.querySelectorAll('base').length,
    baseUri: document.baseURI,
    foreignScripts: Array.from(document.scripts)
      .map((s) => s.src)
      .filter((src) => !src.startsWith(location.origin + '/')),
  };
}

describe('the XSS fixture in the toolbar popup', () => {
  let popup: ActionPopup;
  let shown: PopupSnapshot;
  let inspected: ReturnType<typeof inspectPopup>;

  beforeAll(async () => {
    popup = await b.clickToolbar(page);
    await popup.settled();
    shown = await popup.evaluate<PopupSnapshot>(SNAPSHOT_EXPRESSION);
    b.noteArticleImages(shown.images);
    // Give a late payload (an image error, a toggle event, a refresh) time to fire before looking.
    await new Promise((r) => setTimeout(r, 500));
    inspected = await popup.evaluate(`(${inspectPopup.toString()})()`);
  });
  afterAll(async () => {
    await popup?.close();
  });

  it('shows the article text', () => {
    expect(shown.state).toBe('article');
    const body = (shown.bodyText ?? '').replace(/\s+/g, ' ');
    expect(fixture.expected.keep.filter((s) => !body.includes(s))).toEqual([]);
  });

  it('ran nothing and kept none of the payloads', () => {
    expect(inspected).toEqual({
      ran: [],
      dangerousElements: [],
      handlerOrStyleAttributes: [],
      unsafeUrls: [],
      linksNotHardened: [],
      baseElements: 0,
      baseUri: expect.stringMatching(/^chrome-extension:\/\/[a-p]{32}\/popup\/popup\.html$/),
      foreignScripts: [],
    });
  });

  it('the page itself did run its payloads (the fixture is live, not inert)', async () => {
    const ranInPage = await page.evaluate(() => (window as unknown as { __cwXss?: string[] }).__cwXss ?? []);
    expect(ranInPage).toContain('script:https:');
  });
});

describe('the XSS fixture in the popup as a page, and its exports', () => {
  let popup: Page;
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    popup = await b.popupAsTab(page, (p) => {
      p.on('console', (m: ConsoleMessage) => {
        if (m.type() === 'error' || m.type() === 'warning') consoleProblems.push(m.text());
      });
      p.on('pageerror', (e) => consoleProblems.push(String(e)));
    });
  });

  it('nothing ran and nothing failed', async () => {
    await popup.waitForTimeout(300);
    expect(await popup.evaluate(() => (window as unknown as { __cwXss?: string[] }).__cwXss ?? [])).toEqual(
      [],
    );
    // Chromium reports a CSP violation for every handler attribute or <base> it merely parses, even in the
    // inert document the sanitiser parses the article in (nothing runs there); and the fixture's images do not
    // exist. Anything else (an exception in our code, a blocked script of ours) would show here.
    const unexpected = consoleProblems.filter(
      (m) =>
        !/^Executing inline event handler violates the following Content Security Policy/.test(m) &&
        !/^Setting the document's base URI to '.*' violates the following Content Security Policy directive: "base-uri 'none'"/.test(
          m,
        ) &&
        !/^Failed to load resource: the server responded with a status of 404/.test(m),
    );
    expect(unexpected).toEqual([]);
  });

  it('the popup’s CSP blocks inline code a sanitiser bug would let through', async () => {
    const outcome = await popup.evaluate(async () => {
      const w = window as unknown as { __inline?: number; __handler?: number };
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handler = 1');
      img.src = 'data:image/png;base64,broken';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      script.remove();
      img.remove();
      return { inline: w.__inline ?? null, handler: w.__handler ?? null };
    });
    expect(outcome).toEqual({ inline: null, handler: null });
  });

  const UNSAFE = [
    '<script',
    'javascript:',
    'data:text',
    '__cwXss',
    'onerror',
    'onload',
    'onclick',
    'onmouseover',
    'ontoggle',
    'onfocus',
    'srcdoc',
    '<iframe',
    '<form',
    'formaction',
    '<object',
    '<embed',
    '<meta',
    '<base',
    '<style',
    'expression(',
    '<svg',
    '<math',
    'collector.invalid/steal',
    'collector.invalid/refresh',
  ];

  it.each(['text', 'markdown', 'html'] as const)('the %s export carries no payload', async (format) => {
    await popup.click(`[data-testid=copy-${format}]`);
    await popup.waitForFunction(() =>
      /Copied/.test(document.querySelector('[data-testid=copy-status]')?.textContent ?? ''),
    );
    const clip = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const parts: string[] = [];
      for (const type of item?.types ?? []) parts.push(await (await item!.getType(type)).text());
      return parts.join('\n');
    });
    expect(clip).toContain('The council\u2019s digital officer'.replace('\u2019', "'"));
    expect(UNSAFE.filter((marker) => clip.toLowerCase().includes(marker.toLowerCase()))).toEqual([]);
  });
});

describe('network', () => {
  it('no request left the browser', () => {
    expect(b.requestReport().unexplained).toEqual([]);
  });
});
