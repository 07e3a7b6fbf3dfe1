/**
 * Story memory in Chromium (issue 17), with two copies of one AFP story served from their own sites:
 * Steemit's repost (the most complete) and Business Standard's (its ending and several paragraphs cut).
 * Reading the first in the popup, then the second, the second popup lists the first under "Also seen
 * on", marked most complete, with what this copy lacks; "Forget all stories" in the options empties the
 * memory (count 0, and the next popup lists nothing). An article cleaned in place ("Clean this page")
 * is remembered too, without the popup's reading.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtensionBrowser,
  type ActionPopup,
  type ChromeInWorker,
  type ExtensionBrowser,
} from './support/browser';
import { fixtureNamed, mountFixture } from './support/server';

const FULL = fixtureNamed('pages/steemit-repost');
const CUT = fixtureNamed('pages/business-standard');
const OTHER = fixtureNamed('pages/business-recorder');

let b: ExtensionBrowser;

beforeAll(async () => {
  b = await launchExtensionBrowser();
  for (const f of [FULL, CUT, OTHER]) mountFixture(b.server, f);
});
afterAll(async () => {
  await b?.close();
});

/** What storage.local holds under `key`, read in the background. */
function stored(key: string): Promise<unknown> {
  return b.sw.evaluate(async (k) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeInWorker };
    return (await chrome.storage.local.get(k))[k];
  }, key);
}

async function storedUrls(): Promise<string[]> {
  const records = (await stored('stories')) as { url: string }[] | undefined;
  return (records ?? []).map((r) => r.url);
}

async function setStoryMemory(on: boolean): Promise<void> {
  await b.sw.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeInWorker };
    const { settings } = (await chrome.storage.local.get('settings')) as { settings?: object };
    await chrome.storage.local.set({ settings: { ...settings, version: 4, storyMemory: value } });
  }, on);
}

interface CopiesShown {
  count: string;
  heading: string | null;
  copies: {
    site: string;
    href: string | null;
    target: string | null;
    band: string;
    complete: boolean;
    text: string;
  }[];
  summary: string | null;
  lacks: string[];
  article: string;
}

const READ_COPIES = `(() => {
  const q = (s, root = document) => root.querySelector(s);
  return {
    count: document.body.dataset.storyCopies,
    heading: q('[data-testid="also-seen"] h2')?.textContent ?? null,
    copies: [...document.querySelectorAll('[data-testid="seen-copy"]')].map((li) => ({
      site: q('[data-testid="seen-site"]', li).textContent,
      href: q('[data-testid="seen-site"]', li).getAttribute('href'),
      target: q('[data-testid="seen-site"]', li).getAttribute('target'),
      band: q('[data-testid="seen-band"]', li).textContent,
      complete: !!q('[data-testid="seen-complete"]', li),
      text: li.textContent,
    })),
    summary: q('[data-testid="differences-summary"]')?.textContent ?? null,
    lacks: [...document.querySelectorAll('[data-testid="lacks"] li')].map((li) => li.textContent),
    article: q('[data-testid="article"]')?.textContent ?? '',
  };
})()`;

/** Toolbar click on `page`: the popup once it has read (and written) the story memory. */
async function popupOn(page: Page): Promise<ActionPopup> {
  const popup = await b.clickToolbar(page);
  expect(await popup.settled()).toBe('article');
  await popup.waitFor('document.body.dataset.storyCopies');
  return popup;
}

async function copiesShownOn(url: string): Promise<CopiesShown> {
  const page = await b.openTab(url);
  const popup = await popupOn(page);
  const shown = await popup.evaluate<CopiesShown>(READ_COPIES);
  await popup.close();
  await page.close();
  return shown;
}

describe('"Also seen on"', () => {
  let first: CopiesShown;
  let second: CopiesShown;

  beforeAll(async () => {
    first = await copiesShownOn(FULL.expected.url);
    second = await copiesShownOn(CUT.expected.url);
  });

  it('lists nothing for a story read for the first time, and remembers it', async () => {
    expect(first.count).toBe('0');
    expect(first.heading).toBeNull();
    expect(await storedUrls()).toEqual([FULL.expected.url, CUT.expected.url]);
  });

  it('lists the first site on the second, as the same text, the most complete, linked in a new tab', () => {
    expect(second.heading).toBe('Also seen on');
    expect(second.copies).toHaveLength(1);
    const [copy] = second.copies;
    expect(copy).toMatchObject({
      site: FULL.expected.attribution.siteName,
      href: FULL.expected.url,
      target: '_blank',
      band: 'same text',
      complete: true,
    });
    expect(copy!.text).toMatch(/\d+ words/);
    // The second copy's own page is never listed as a copy of itself.
    expect(second.copies.map((c) => c.href)).not.toContain(CUT.expected.url);
  });

  it('says what this copy lacks against it, placed by its own paragraphs', () => {
    expect(second.summary).toMatch(
      new RegExp(
        `^Lacks \\d+ paragraphs( · adds \\d+)?( · \\d+ changed)? vs ${FULL.expected.attribution.siteName}$`,
      ),
    );
    expect(second.lacks.length).toBeGreaterThan(0);
    // Business Standard's copy stops before the end of the story.
    const last = second.lacks.at(-1)!;
    expect(last).toMatch(/^\d+ paragraphs? \(\d+ words?\) missing at the end, after “.+”$/);
    // Every place quotes this copy's own words (records keep no text of the other).
    for (const line of second.lacks) {
      const quoted = /“(.+?)…?”$/.exec(line)![1]!;
      expect(second.article.replace(/\s+/g, ' ')).toContain(quoted);
    }
  });
});

describe('"Forget all stories"', () => {
  it('empties the memory: the count goes to 0, and the next popup lists nothing', async () => {
    const options = await b.ctx.newPage();
    await options.goto(`chrome-extension://${b.extId}/options/options.html`);
    await options.waitForSelector('body[data-ready="true"]');
    await options.waitForFunction(
      () => document.querySelector('[data-testid="story-count"]')?.textContent === '2',
    );
    expect(await options.isChecked('[data-testid="story-memory"]')).toBe(true);
    await options.click('[data-testid="forget-stories"]');
    await options.waitForFunction(
      () => document.querySelector('[data-testid="story-count"]')?.textContent === '0',
    );
    expect(await stored('stories')).toBeUndefined();
    await options.close();

    const shown = await copiesShownOn(CUT.expected.url);
    expect(shown.count).toBe('0');
    expect(shown.heading).toBeNull();
  });
});

describe('in-place cleaning', () => {
  it('remembers the article cleaned by "Clean this page", which the next copy then lists', async () => {
    const page = await b.openTab(OTHER.expected.url);
    // The popup's own reading is not remembered (memory off while it reads)…
    await setStoryMemory(false);
    const before = await storedUrls();
    const popup = await popupOn(page);
    expect(await storedUrls()).toEqual(before);
    // …so what the memory gains comes from the in-place pass.
    await setStoryMemory(true);
    await popup.evaluate(`document.querySelector('[data-testid="clean-page"]').click()`);
    await popup.waitFor(`document.querySelector('[data-testid="page-mode"]')`);
    const end = Date.now() + 10_000;
    while (!(await storedUrls()).includes(OTHER.expected.url) && Date.now() < end)
      await new Promise((r) => setTimeout(r, 100));
    expect(await storedUrls()).toEqual([...before, OTHER.expected.url]);
    await popup.close();
    await page.close();

    const shown = await copiesShownOn(CUT.expected.url);
    expect(shown.copies.map((c) => c.site)).toEqual([OTHER.expected.attribution.siteName]);
  });
});

describe('network', () => {
  it('no request left the browser', () => {
    expect(b.requestReport().unexplained).toEqual([]);
  });
});
