/**
 * The Firefox build (dist/firefox) in Debian's Firefox ESR, through puppeteer-core over WebDriver BiDi
 * (the recipe in ../shared/docs/browser-e2e-probe/test-firefox.mjs). Firefox has no scriptable toolbar
 * click, so a test copy of the build holds host permission for 127.0.0.1 and the popup is opened as a page
 * for the tab. Covers the popup, copying, the XSS fixture, restricted pages, auto-clean (whitelist from the
 * popup → registered content script → cleaned on reload, late widget, restore), the story memory's
 * "Also seen on" and the built-in selectors. Skipped, with a message, where Firefox is not installed.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_HOST_PERMISSIONS } from '../../scripts/manifest';
import {
  BUILTIN_SELECTORS,
  EARLY_SHEET,
  elementsMatching,
  gateProblems,
  GATE_PAGES,
  rejectedSelectors,
  sheetRuleCount,
} from './support/selectors';
import { fixtureNamed, startFixtureServer, type FixtureServer } from './support/server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = resolve(import.meta.dirname, '../../dist/firefox');
const ADDON_ID = 'cleanwire@cleanwire.invalid';
const UUID = '6f1c2a3e-0000-4000-8000-00000000c1ea';
const present = existsSync(FIREFOX);
if (!present) console.warn(`firefox e2e skipped: ${FIREFOX} is missing (apt-get install firefox-esr)`);

let server: FixtureServer;
let browser: Browser;
let testBuild: string;
/** An extension page used to ask `tabs` for ids. */
let helper: Page;

/** moz-extension:// navigations never report "loaded" to BiDi; the page is there all the same. */
async function openExtensionPage(page: Page, path: string): Promise<void> {
  await page.goto(`moz-extension://${UUID}/${path}`, { timeout: 1000 }).catch(() => {});
  await page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
}

async function popupFor(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  const tabId = await helper.evaluate(
    async (u) =>
      (
        await (
          globalThis as unknown as {
            browser: { tabs: { query(q: object): Promise<Array<{ id: number; url: string }>> } };
          }
        ).browser.tabs.query({})
      ).find((t) => t.url === u)?.id,
    page.url(),
  );
  const popup = await browser.newPage();
  await openExtensionPage(popup, `popup/popup.html?tab=${tabId}`);
  await popup.waitForFunction(
    () => document.body.dataset.state && document.body.dataset.state !== 'working',
    { timeout: 10_000 },
  );
  return popup;
}

describe.skipIf(!present)('the Firefox build in Firefox ESR', () => {
  beforeAll(async () => {
    if (!existsSync(join(BUILD, 'manifest.json')))
      throw new Error('dist/firefox is missing: run `npm run build` first');
    testBuild = mkdtempSync(join(tmpdir(), 'cleanwire-firefox-'));
    cpSync(BUILD, testBuild, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(testBuild, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    // The test variant (as the Chromium one): no toolbar click to grant activeTab, no prompt to accept.
    manifest.host_permissions = [...TEST_HOST_PERMISSIONS];
    writeFileSync(join(testBuild, 'manifest.json'), JSON.stringify(manifest));
    server = await startFixtureServer();
    browser = await puppeteer.launch({
      // A first start on a busy two-core machine has taken more than puppeteer's default 30 s.
      timeout: 120_000,
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      protocol: 'webDriverBiDi',
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
    });
    await browser.installExtension(testBuild);
    helper = await browser.newPage();
    await openExtensionPage(helper, 'options/options.html');
  }, 150_000);
  afterAll(async () => {
    await browser?.close().catch(() => {});
    await server?.close();
    if (testBuild) rmSync(testBuild, { recursive: true, force: true });
  });

  it('takes every built-in selector, and every rule of the early stylesheet', async () => {
    expect(await helper.evaluate(rejectedSelectors, BUILTIN_SELECTORS)).toEqual([]);
    expect(await helper.evaluate(sheetRuleCount, EARLY_SHEET.css)).toBe(EARLY_SHEET.rules);
  });

  it("lets the matcher's gates through every element Firefox matches, in standards and quirks mode", async () => {
    const tab = await browser.newPage();
    for (const [fixture, mode] of GATE_PAGES) {
      await tab.goto(`${server.origin}/e2e/${fixture}`);
      const elements = await tab.evaluate(elementsMatching, BUILTIN_SELECTORS);
      expect(gateProblems(elements, mode), fixture).toEqual([]);
    }
    await tab.close();
  });

  it('shows the article with its attribution and copies it', async () => {
    const fixture = fixtureNamed('e2e/copy-small');
    const popup = await popupFor(`${server.origin}/e2e/copy-small.html`);
    const shown = await popup.evaluate(() => ({
      state: document.body.dataset.state,
      title: document.querySelector('[data-testid=title]')?.textContent,
      site: document.querySelector('[data-testid=site]')?.textContent,
      byline: document.querySelector('[data-testid=byline]')?.textContent,
      wire: document.querySelector('[data-testid=wire]')?.textContent,
      body: (document.querySelector('.cw-body') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ') ?? '',
    }));
    expect({ ...shown, body: undefined }).toEqual({
      state: 'article',
      title: fixture.expected.title,
      site: 'Estuary Echo',
      byline: 'Ines Duarte',
      wire: 'via AFP',
      body: undefined,
    });
    expect(fixture.expected.keep.filter((s) => !shown.body.includes(s))).toEqual([]);
    for (const format of ['text', 'markdown', 'html'] as const) {
      await popup.click(`[data-testid=copy-${format}]`);
      await popup.waitForFunction(() =>
        /Copied|Could not/.test(document.querySelector('[data-testid=copy-status]')?.textContent ?? ''),
      );
      expect(await popup.$eval('[data-testid=copy-status]', (e) => e.textContent)).toMatch(
        /^Copied article as /,
      );
    }
    await popup.close();
  });

  it('story memory: the second copy of a story lists the first under "Also seen on", with what it lacks', async () => {
    const full = fixtureNamed('pages/steemit-repost');
    const first = await popupFor(`${server.origin}/pages/steemit-repost.html`);
    await first.waitForFunction(() => document.body.dataset.storyCopies !== undefined);
    await first.close();
    const second = await popupFor(`${server.origin}/pages/business-standard.html`);
    await second.waitForFunction(() => document.body.dataset.storyCopies !== undefined);
    const shown = await second.evaluate(() => ({
      sites: [...document.querySelectorAll('[data-testid=seen-site]')].map((e) => e.textContent),
      href: document.querySelector('[data-testid=seen-site]')?.getAttribute('href'),
      summary: document.querySelector('[data-testid=differences-summary]')?.textContent ?? '',
    }));
    expect(shown.sites).toEqual([full.expected.attribution.siteName]);
    expect(shown.href).toBe(full.expected.attribution.canonicalUrl);
    expect(shown.summary).toMatch(
      new RegExp(`^Lacks \\d+ paragraphs.* vs ${full.expected.attribution.siteName}$`),
    );
    await second.close();
  });

  it('the XSS fixture runs nothing in the popup', async () => {
    const popup = await popupFor(`${server.origin}/e2e/xss.html`);
    await new Promise((r) => setTimeout(r, 300));
    const inspected = await popup.evaluate(() => {
      const article = document.querySelector('[data-testid=article]')!;
      const all = Array.from(article.querySelectorAll('*'));
      return {
        state: document.body.dataset.state,
        ran: (window as unknown as { __cwXss?: string[] }).__cwXss ?? [],
        dangerous: all.filter((el) =>
          /^(script|style|iframe|object|embed|form|input|button|meta|base|svg|math)$/.test(el.localName),
        ).length,
        handlers: all.filter((el) =>
          Array.from(el.attributes).some((a) => /^on/i.test(a.name) || a.name === 'style'),
        ).length,
        badLinks: Array.from(article.querySelectorAll('a[href]')).filter(
          (a) => !/^https?:|^mailto:/.test(a.getAttribute('href')!),
        ).length,
      };
    });
    expect(inspected).toEqual({ state: 'article', ran: [], dangerous: 0, handlers: 0, badLinks: 0 });
    await popup.close();
  });

  it('"Clean this page" in Focus hides all around the story, "Tidy instead" brings the layout back, restore is exact', async () => {
    const url = `${server.origin}/e2e/focus-story.html`;
    const furniture = [
      '#probe-top-links',
      '#probe-sections',
      '#probe-strip',
      '#probe-sidebar',
      '#probe-footer',
    ];
    const popup = await popupFor(url);
    const page = (await browser.pages()).find((p) => p.url() === url)!;
    // The page's own late pop-in may arrive at any point: compare the page without it.
    const html = () =>
      page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement;
        body.querySelector('#probe-popin')?.remove();
        return body.innerHTML;
      });
    const before = await html();
    const rendered = () =>
      page.evaluate(
        (selectors) => selectors.map((s) => (document.querySelector(s)?.getClientRects().length ?? 0) > 0),
        furniture,
      );
    const storyShown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#probe-headline, .text p')].every(
          (el) => el.getClientRects().length > 0,
        ),
      );
    const cleanIn = async (button: string, mode: string) => {
      await popup.click(`[data-testid="${button}"]`);
      await popup.waitForSelector(`[data-testid="page-mode"][data-mode="${mode}"]`, { timeout: 10_000 });
    };
    await cleanIn('clean-page', 'focus');
    expect(await rendered()).toEqual(furniture.map(() => false));
    expect(await storyShown()).toBe(true);
    await cleanIn('other-mode', 'tidy');
    expect(await rendered()).toEqual(furniture.map(() => true));
    expect(await storyShown()).toBe(true);
    await popup.click('[data-testid="restore-page"]');
    await popup.waitForSelector('[data-testid="clean-page"]', { timeout: 10_000 });
    expect(await html()).toBe(before);
    await popup.close();
    await page.close();
  });

  it('auto-clean: whitelisted from the popup, the story is cleaned on reload, a late widget goes, restore brings all back', async () => {
    const story = `${server.origin}/e2e/autoclean-story.html`;
    const clutter = ['#probe-ticker', '#probe-share', '#probe-newsletter', '#probe-related', '#comments'];
    const shownOf = (page: Page) =>
      page.evaluate(
        (selectors) => selectors.map((s) => (document.querySelector(s)?.getClientRects().length ?? 0) > 0),
        clutter,
      );
    const articleShown = (page: Page) =>
      page.evaluate(() => {
        const parts = [...document.querySelectorAll('article h1, article > p:not(.byline)')];
        return parts.length === 7 && parts.every((el) => el.getClientRects().length > 0);
      });
    const popup = await popupFor(story);
    const page = (await browser.pages()).find((p) => p.url() === story)!;
    expect(await shownOf(page)).toEqual(clutter.map(() => true));
    await popup.click('[data-testid="auto-clean-toggle"]');
    await popup.waitForFunction(
      () => /now cleans/.test(document.querySelector('[data-testid="tools-status"]')?.textContent ?? ''),
      { timeout: 10_000 },
    );
    await popup.close();

    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-cleanwire-hidden]') !== null, {
      timeout: 10_000,
    });
    expect(await shownOf(page)).toEqual(clutter.map(() => false));
    expect(await articleShown(page)).toBe(true);
    await page.waitForFunction(
      () => document.querySelector('#probe-late')?.hasAttribute('data-cleanwire-hidden'),
      { timeout: 10_000 },
    );
    expect(await shownOf(page)).toEqual(clutter.map(() => false));

    const again = await popupFor(story);
    await again.waitForSelector('[data-testid="restore-page"]', { timeout: 10_000 });
    await again.click('[data-testid="restore-page"]');
    await again.waitForSelector('[data-testid="clean-page"]', { timeout: 10_000 });
    expect(await shownOf(page)).toEqual(clutter.map(() => true));
    expect(
      await page.evaluate(
        () => document.querySelectorAll('[data-cleanwire-hidden], style[data-cleanwire-style]').length,
      ),
    ).toBe(0);
    await again.close();
    await page.close();
  });

  it('auto-clean: a story re-rendered late into a wrapper a rule matches is shown again after the idle-time check', async () => {
    // The site stays whitelisted from the test above.
    const page = await browser.newPage();
    await page.goto(`${server.origin}/e2e/autoclean-story.html?rerender`);
    await page.waitForFunction(() => document.querySelector('[data-cleanwire-hidden]') !== null, {
      timeout: 10_000,
    });
    await page.waitForFunction(
      () => (window as unknown as { storyRerendered?: boolean }).storyRerendered === true,
      { timeout: 10_000 },
    );
    await page.waitForFunction(
      () => {
        const wrapper = document.querySelector('#rerendered');
        return wrapper !== null && !wrapper.hasAttribute('data-cleanwire-hidden');
      },
      { timeout: 2000 },
    );
    const visible = (selector: string) =>
      page.evaluate(
        (s) => [...document.querySelectorAll(s)].map((el) => el.getClientRects().length > 0),
        selector,
      );
    expect(await visible('article h1, #rerendered > p')).toEqual([true, true, true, true, true, true, true]);
    expect(await visible('#probe-ticker')).toEqual([false]);
    await page.close();
  });

  it('a page of an extension gets the restricted message', async () => {
    const helperTabId = await helper.evaluate(
      async () =>
        (
          await (
            globalThis as unknown as { browser: { tabs: { getCurrent(): Promise<{ id: number }> } } }
          ).browser.tabs.getCurrent()
        ).id,
    );
    const popup = await browser.newPage();
    await openExtensionPage(popup, `popup/popup.html?tab=${helperTabId}`);
    await popup.waitForFunction(
      () => document.body.dataset.state && document.body.dataset.state !== 'working',
    );
    expect(await popup.evaluate(() => document.body.dataset.state)).toBe('restricted');
    expect(await popup.$eval('[data-testid=status-message]', (e) => e.textContent)).toBe(
      'This is one of the browser’s own pages. Browsers do not let extensions read them.',
    );
    await popup.close();
  });
});
