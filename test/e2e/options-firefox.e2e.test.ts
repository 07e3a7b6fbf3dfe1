/**
 * The options page of the Firefox build in Firefox ESR (puppeteer-core over WebDriver BiDi, as in
 * firefox.e2e.test.ts): a custom rule typed in the editor is flagged or counted on the reader's current
 * tab, and applies to the popup's article. Skipped, with a message, where Firefox is not installed.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = resolve(import.meta.dirname, '../../dist/firefox');
const ADDON_ID = 'cleanwire@cleanwire.invalid';
const UUID = '6f1c2a3e-0000-4000-8000-00000000c1eb';
const present = existsSync(FIREFOX);
if (!present)
  console.warn(`firefox options e2e skipped: ${FIREFOX} is missing (apt-get install firefox-esr)`);

let server: FixtureServer;
let browser: Browser;
let testBuild: string;

/** moz-extension:// navigations never report "loaded" to BiDi; the page is there all the same. */
async function openExtensionPage(page: Page, path: string): Promise<void> {
  await page.goto(`moz-extension://${UUID}/${path}`, { timeout: 1000 }).catch(() => {});
  await page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
}

/** Types into the rule editor the way a reader does: the field's value changes, then an input event. */
async function setRules(options: Page, text: string): Promise<void> {
  await options.evaluate((value) => {
    const editor = document.querySelector<HTMLTextAreaElement>('#rules-input')!;
    editor.value = value;
    editor.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

describe.skipIf(!present)('the options page in Firefox ESR', () => {
  beforeAll(async () => {
    if (!existsSync(join(BUILD, 'manifest.json')))
      throw new Error('dist/firefox is missing: run `npm run build` first');
    testBuild = mkdtempSync(join(tmpdir(), 'cleanwire-firefox-options-'));
    cpSync(BUILD, testBuild, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(testBuild, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    manifest.host_permissions = ['http://127.0.0.1/*']; // the test variant: no toolbar click to grant access
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
  }, 150_000);
  afterAll(async () => {
    await browser?.close().catch(() => {});
    await server?.close();
    if (testBuild) rmSync(testBuild, { recursive: true, force: true });
  });

  it('flags invalid lines, counts matches on the current tab, and the rule reaches the popup', async () => {
    const story = await browser.newPage();
    await story.goto(`${server.origin}/e2e/options-rules.html`);
    await story.bringToFront();
    const options = await browser.newPage();
    await openExtensionPage(options, 'options/options.html');
    await options.waitForSelector('body[data-ready="true"]');

    await setRules(options, '##.house-ad\nthis is not a rule');
    await options.waitForFunction(
      () => document.querySelector('[data-testid="rules-save-state"]')?.textContent === 'All changes saved.',
      { timeout: 10_000 },
    );
    expect(
      await options.$eval('[data-testid="rule-problem"]', (e) => e.textContent!.replace(/\s+/g, ' ')),
    ).toBe('Line 2: not a cosmetic rule: expected [domains]##selector this is not a rule');
    await options.waitForFunction(
      () =>
        document.querySelector('[data-testid="match-row"][data-line="1"] [data-testid="match-count"]')
          ?.textContent === '2',
      { timeout: 10_000 },
    );
    const stored = await options.evaluate(
      async () =>
        (
          await (
            globalThis as unknown as {
              browser: {
                storage: { local: { get(k: string): Promise<Record<string, { customRules: string }>> } };
              };
            }
          ).browser.storage.local.get('settings')
        ).settings!.customRules,
    );
    expect(stored).toBe('##.house-ad\nthis is not a rule');

    const tabId = await options.evaluate(
      async (u) =>
        (
          await (
            globalThis as unknown as {
              browser: { tabs: { query(q: object): Promise<Array<{ id: number; url: string }>> } };
            }
          ).browser.tabs.query({})
        ).find((t) => t.url === u)?.id,
      story.url(),
    );
    const popup = await browser.newPage();
    await openExtensionPage(popup, `popup/popup.html?tab=${tabId}`);
    await popup.waitForFunction(
      () => document.body.dataset.state && document.body.dataset.state !== 'working',
      { timeout: 10_000 },
    );
    const body = await popup.$eval('[data-testid=article]', (e) => (e as HTMLElement).innerText);
    expect(body).toContain('The restoration took four years');
    expect(body).not.toContain('visit the Courier shop');
    await popup.close();
    await options.close();
    await story.close();
  });
});
