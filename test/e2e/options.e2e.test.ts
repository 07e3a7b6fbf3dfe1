/**
 * The options page in Chromium, with the e2e build (host permission for 127.0.0.1) and a kept profile:
 * custom rules typed in the editor reach the popup's article, invalid lines are flagged by number and
 * kept, match counts are shown for the reader's current tab (or why not), whitelisted sites are added,
 * refused and removed, settings survive a browser restart and an export/import round trip, and a bad
 * import is refused without changing anything.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ChromeInWorker, type ExtensionBrowser } from './support/browser';

const profile = mkdtempSync(join(tmpdir(), 'cleanwire-options-e2e-'));
let b: ExtensionBrowser;

beforeAll(async () => {
  b = await launchExtensionBrowser({ testBuild: true, userDataDir: profile });
});
afterAll(async () => {
  await b?.close();
  rmSync(profile, { recursive: true, force: true });
});

const fixtureUrl = () => `${b.server.origin}/e2e/options-rules.html`;
const SHOP = 'visit the Courier shop';

async function storedSettings(): Promise<Record<string, unknown>> {
  return b.sw.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeInWorker };
    return (await chrome.storage.local.get('settings')).settings as Record<string, unknown>;
  });
}

async function store(values: Record<string, unknown>): Promise<void> {
  await b.sw.evaluate(async (v) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeInWorker };
    await chrome.storage.local.set(v);
  }, values);
}

async function openOptions(): Promise<Page> {
  const page = await b.ctx.newPage();
  await page.goto(`chrome-extension://${b.extId}/options/options.html`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** The popup's article text for `page` (popup opened as a tab, then closed). */
async function popupArticleText(page: Page): Promise<string> {
  const popup = await b.popupAsTab(page);
  const state = await popup.evaluate(() => document.body.dataset.state);
  expect(state).toBe('article');
  const text = await popup.locator('[data-testid="article"]').innerText();
  await popup.close();
  return text;
}

async function typeRules(options: Page, text: string): Promise<void> {
  const editor = options.getByLabel('Rules', { exact: true });
  await editor.fill(text);
  await options.waitForFunction(
    () => document.querySelector('[data-testid="rules-save-state"]')?.textContent === 'All changes saved.',
  );
  expect((await storedSettings()).customRules).toBe(text);
}

describe('custom rules', () => {
  it('a rule typed in the options page applies to the article on reload', async () => {
    const story = await b.openTab(fixtureUrl());
    expect(await popupArticleText(story)).toContain(SHOP);

    await story.bringToFront();
    const options = await openOptions();
    await typeRules(options, '##.house-ad\nthis is not a rule\nexample.org##.x');
    expect((await storedSettings()).customRules).toBe('##.house-ad\nthis is not a rule\nexample.org##.x');

    await story.reload();
    const text = await popupArticleText(story);
    expect(text).not.toContain(SHOP);
    expect(text).toContain('The restoration took four years');
    await options.close();
    await story.close();
  });

  it('flags an invalid line with its number and reason, and keeps it after a reload', async () => {
    const options = await openOptions();
    const problems = options.getByTestId('rule-problem');
    await expect.poll(() => problems.count()).toBe(1);
    expect(await problems.first().getAttribute('data-line')).toBe('2');
    expect(await problems.first().innerText()).toMatch(
      /Line 2\s*: not a cosmetic rule: expected \[domains\]##selector\s+this is not a rule/,
    );
    expect(await options.getByTestId('rules-summary').innerText()).toContain(
      '2 rules, 1 invalid line (kept as typed, not used)',
    );

    await options.reload();
    await options.waitForSelector('body[data-ready="true"]');
    expect(await options.getByLabel('Rules', { exact: true }).inputValue()).toBe(
      '##.house-ad\nthis is not a rule\nexample.org##.x',
    );
    await expect.poll(() => options.getByTestId('rule-problem').count()).toBe(1);

    // flagged as typed, before any save: a new invalid line 4
    await options.getByLabel('Rules', { exact: true }).fill('##.house-ad\n\n! note\n##div:upward(2)');
    await expect
      .poll(() => options.getByTestId('rule-problem').first().innerText())
      .toMatch(/^Line 4\s*: unsupported operator :upward\(/);
    await typeRules(options, '##.house-ad\nthis is not a rule\nexample.org##.x');
    await options.close();
  });

  it('shows how many elements each rule matches on the current tab', async () => {
    const story = await b.openTab(fixtureUrl());
    const options = await openOptions();
    const count = (line: number) =>
      options.locator(`[data-testid="match-row"][data-line="${line}"] [data-testid="match-count"]`);
    await expect.poll(() => count(1).innerText(), { timeout: 10_000 }).toBe('2');
    expect(await count(3).innerText()).toBe('not for 127.0.0.1');
    expect(await options.getByTestId('matches-tab').innerText()).toContain(
      '“Harbour lighthouse reopens after twelve years - Northbridge Courier” (127.0.0.1:',
    );

    // counts follow the text as it is typed
    await options.getByLabel('Rules', { exact: true }).fill('##.house-ad\n##p:has-text(/^By Tomas Reed$/)');
    await expect.poll(() => count(2).innerText(), { timeout: 10_000 }).toBe('1');
    await typeRules(options, '##.house-ad\nthis is not a rule\nexample.org##.x');
    await options.close();
    await story.close();
  });

  it('says so when the current tab cannot be read', async () => {
    const url = b.server.mount('https://news.example.net/2024/05/lighthouse', 'e2e/options-rules.html');
    const story = await b.openTab(url);
    const options = await openOptions();
    await expect
      .poll(() => options.getByTestId('matches-tab').innerText(), { timeout: 10_000 })
      .toContain('Cleanwire may not read the tab you used last');
    expect(await options.getByTestId('match-row').count()).toBe(0);
    await options.close();
    await story.close();
  });
});

describe('whitelisted sites', () => {
  it('adds a site (normalized), refuses an invalid one with the reason, and removes it', async () => {
    const options = await openOptions();
    const input = options.getByLabel('Add a site');
    await input.fill('not a site');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    expect(await options.getByTestId('site-error').innerText()).toBe(
      '"not a site" contains spaces; enter one site at a time.',
    );
    await input.fill('*.co.uk');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    expect(await options.getByTestId('site-error').innerText()).toContain(
      'would cover every site under co.uk',
    );
    expect((await storedSettings()).whitelist).toEqual([]);

    await input.fill('http://127.0.0.1:8080/some/page');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.waitForSelector('[data-testid="site"][data-pattern="127.0.0.1"]');
    // A new site starts in the reader's default mode (Focus unless changed)…
    expect((await storedSettings()).whitelist).toEqual([
      { pattern: '127.0.0.1', cleanFrontPages: false, mode: 'focus' },
    ]);
    // the e2e build holds access to 127.0.0.1: not flagged
    expect(await options.getByTestId('site-revoked').count()).toBe(0);
    // …and keeps a mode of its own.
    await options.getByLabel('How 127.0.0.1 is cleaned').selectOption('tidy');
    await expect
      .poll(async () => (await storedSettings()).whitelist)
      .toEqual([{ pattern: '127.0.0.1', cleanFrontPages: false, mode: 'tidy' }]);
    await options.getByLabel('“Clean this page” and sites you add:').selectOption('tidy');
    await expect.poll(async () => (await storedSettings()).pageMode).toBe('tidy');
    await options.getByLabel('“Clean this page” and sites you add:').selectOption('focus');
    await expect.poll(async () => (await storedSettings()).pageMode).toBe('focus');

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await options.waitForSelector('[data-testid="sites-empty"]');
    expect((await storedSettings()).whitelist).toEqual([]);
    await options.close();
  });

  it('shows a site whose access is missing, with a button to grant it again', async () => {
    const before = await storedSettings();
    await store({
      settings: { ...before, whitelist: [{ pattern: 'example.org', cleanFrontPages: false, mode: 'focus' }] },
    });
    const options = await openOptions();
    const row = options.locator('[data-testid="site"][data-pattern="example.org"]');
    await expect.poll(() => row.getByTestId('site-revoked').count()).toBe(1);
    expect(await row.getByTestId('site-revoked').innerText()).toContain('No access');
    expect(await row.getByRole('button', { name: 'Grant access again' }).isEnabled()).toBe(true);
    await options.getByRole('button', { name: 'Remove example.org' }).click();
    await options.waitForSelector('[data-testid="sites-empty"]');
    await options.close();
  });
});

describe('preferences, families and repair', () => {
  it('saves rule families and preferences', async () => {
    const options = await openOptions();
    await options.getByLabel('Comments').uncheck();
    await options.getByLabel('Theme').selectOption('dark');
    await options.getByLabel('Default export format').selectOption('markdown');
    await options.getByLabel('Text size in the popup').fill('20');
    await options.getByLabel('Text size in the popup').press('Enter');
    await expect.poll(async () => (await storedSettings()).fontSize).toBe(20);
    const s = await storedSettings();
    expect((s.families as Record<string, boolean>).comments).toBe(false);
    expect(s.theme).toBe('dark');
    expect(s.defaultExportFormat).toBe('markdown');
    expect(await options.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // the popup puts the default format's copy button first
    const story = await b.openTab(fixtureUrl());
    const popup = await b.popupAsTab(story);
    expect(await popup.locator('[data-testid^="copy-"]').first().getAttribute('data-testid')).toBe(
      'copy-markdown',
    );
    await popup.close();
    await story.close();

    await options.getByLabel('Text size in the popup').fill('99');
    await options.getByLabel('Text size in the popup').press('Enter');
    expect(await options.getByRole('alert').filter({ hasText: 'whole number' }).innerText()).toBe(
      'Enter a whole number from 12 to 26.',
    );
    expect((await storedSettings()).fontSize).toBe(20);
    await options.close();
  });

  it('repairs outdated or damaged stored settings and tells the reader what it did', async () => {
    const current = await storedSettings();
    await store({ settings: { version: 1, fontSize: 400, theme: 'sepia' } });
    const options = await openOptions();
    const notice = options.getByTestId('repair-notice');
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('settings upgraded from version 1 to 2');
    expect(text).toContain('theme "sepia" is not system, light or dark; set to system');
    expect(text).toContain('font size 400 is not a whole number from 12 to 26; set to 26');
    expect(text).toContain('settings upgraded from version 2 to 3');
    expect((await storedSettings()).version).toBe(4);
    await notice.getByRole('button', { name: 'OK, hide this notice' }).click();
    await notice.waitFor({ state: 'detached' });
    await options.reload();
    await options.waitForSelector('body[data-ready="true"]');
    expect(await options.getByTestId('repair-notice').count()).toBe(0);
    await options.close();
    await store({ settings: current });
  });
  it('lists site exceptions and removes them; a change made elsewhere shows at once', async () => {
    const before = await storedSettings();
    const options = await openOptions();
    await store({
      settings: {
        ...before,
        siteExceptions: { 'example.com': { ruleIds: ['comments.disqus'], selectors: ['#promo'] } },
      },
    });
    await options
      .getByRole('button', { name: 'Remove the exception for rule comments.disqus on example.com' })
      .click();
    await expect
      .poll(async () => (await storedSettings()).siteExceptions)
      .toEqual({ 'example.com': { ruleIds: [], selectors: ['#promo'] } });
    await options.getByRole('button', { name: 'Remove the exception for #promo on example.com' }).click();
    await options.getByTestId('exceptions-empty').waitFor();
    expect((await storedSettings()).siteExceptions).toEqual({});

    // a rule saved by the zapper while the editor has no unsaved edits appears in it
    const zapped = `${String(before.customRules)}\nexample.com##.zapped`;
    await store({ settings: { ...(await storedSettings()), customRules: zapped } });
    await expect.poll(() => options.getByLabel('Rules', { exact: true }).inputValue()).toBe(zapped);
    await options.close();
    await store({ settings: before });
  });
});

describe('export and import', () => {
  let exported: string;

  it('exports all settings as one JSON file and imports them back', async () => {
    const options = await openOptions();
    const before = await storedSettings();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings to a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^cleanwire-settings-\d{4}-\d{2}-\d{2}\.json$/);
    exported = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(exported) as { format: string; version: number; settings: object };
    expect(file.format).toBe('cleanwire-settings');
    expect(file.version).toBe(4);
    const { version: _v, ...rest } = before;
    expect(file.settings).toEqual(rest);

    // change things, then import the file: everything is as exported
    await options.getByLabel('Theme').selectOption('light');
    await typeRules(options, '##.something-else');
    expect((await storedSettings()).customRules).toBe('##.something-else');
    await options.getByLabel('Import settings from a file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await options.getByTestId('import-done').waitFor();
    expect(await storedSettings()).toEqual(before);
    // the editor shows the imported rules
    expect(await options.getByLabel('Rules', { exact: true }).inputValue()).toBe(before.customRules);
    await options.close();
  });

  it('refuses an invalid import with the reason and changes nothing', async () => {
    const options = await openOptions();
    const before = await storedSettings();
    const tryImport = async (name: string, content: string) => {
      await options.getByLabel('Import settings from a file').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(content),
      });
      return options.getByTestId('import-error').innerText();
    };
    expect(await tryImport('notes.json', 'not json at all')).toMatch(
      /^notes\.json: This is not a Cleanwire settings file: it is not valid JSON .*Nothing was imported\.$/,
    );
    const future = JSON.stringify({ format: 'cleanwire-settings', version: 99, settings: {} });
    await expect
      .poll(() => tryImport('future.json', future))
      .toContain('made by a newer Cleanwire (settings version 99');
    const damaged = JSON.stringify({
      format: 'cleanwire-settings',
      version: 2,
      settings: { ...JSON.parse(exported).settings, whitelist: 42 },
    });
    await expect
      .poll(() => tryImport('damaged.json', damaged))
      .toBe('damaged.json: The file cannot be used: its whitelist was 42, not a list. Nothing was imported.');
    expect(await storedSettings()).toEqual(before);
    await options.close();
  });
});

describe('after a browser restart (same profile)', () => {
  it('keeps the settings and the custom rule still applies', async () => {
    const before = await storedSettings();
    expect(before.customRules).toContain('##.house-ad');
    await b.close();
    b = await launchExtensionBrowser({ testBuild: true, userDataDir: profile });
    expect(await storedSettings()).toEqual(before);

    const story = await b.openTab(fixtureUrl());
    expect(await popupArticleText(story)).not.toContain(SHOP);
    const options = await openOptions();
    expect(await options.getByLabel('Rules', { exact: true }).inputValue()).toBe(before.customRules);
    expect(await options.getByLabel('Theme').inputValue()).toBe(before.theme);
    await expect.poll(() => options.getByTestId('rule-problem').count()).toBe(1);
    await options.close();
    await story.close();
  });
});
