/**
 * Screenshots for the README, taken on the bundled demo page (the one `npm start` opens): the cluttered
 * page, the real toolbar popup on it, the popup in dark mode, and the page itself after "Clean this
 * page" in Focus and in Tidy. Each is checked not to be blank.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { fixtureNamed, mountFixture } from './support/server';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
let b: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  b = await launchExtensionBrowser();
  page = await b.openTab(mountFixture(b.server, fixtureNamed('e2e/demo')));
});
afterAll(async () => {
  await b?.close();
});

/** Distinct colours in a PNG, counted by decoding it in a page. */
async function distinctColours(png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < d.length; i += 4) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
    return seen.size;
  }, png.toString('base64'));
}

describe('README screenshots', () => {
  it('the cluttered demo page', async () => {
    const png = await page.screenshot();
    writeFileSync(join(OUT, 'demo-page.png'), png);
    expect(await distinctColours(png)).toBeGreaterThan(50);
  });

  it('the toolbar popup on the demo page', async () => {
    const popup = await b.clickToolbar(page);
    expect(await popup.settled()).toBe('article');
    // let the lazy image decode before the picture is taken
    await popup.evaluate(`Promise.all(Array.from(document.images, (i) => i.decode().catch(() => null)))`);
    const png = await popup.screenshot();
    writeFileSync(join(OUT, 'popup-light.png'), png);
    expect(await distinctColours(png)).toBeGreaterThan(50);
    await popup.close();
  });

  it('the popup in dark mode, removals expanded', async () => {
    const popup = await b.popupAsTab(page);
    await popup.setViewportSize({ width: 460, height: 600 });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.click('[data-testid=removals] summary');
    await popup.evaluate(() => Promise.all(Array.from(document.images, (i) => i.decode().catch(() => null))));
    const png = await popup.screenshot();
    writeFileSync(join(OUT, 'popup-dark.png'), png);
    expect(await distinctColours(png)).toBeGreaterThan(50);
    await popup.close();
  });

  it('the demo page after "Clean this page": in Focus, then in Tidy', async () => {
    const before = await page.evaluate(() => document.body.innerHTML);
    const popup = await b.clickToolbar(page);
    expect(await popup.settled()).toBe('article');
    const cleanIn = async (button: string, mode: string) => {
      await popup.waitFor(`document.querySelector('[data-testid="${button}"]:not([disabled])')`);
      await popup.evaluate(`document.querySelector('[data-testid="${button}"]').click()`);
      await popup.waitFor(`document.querySelector('[data-testid="page-mode"][data-mode="${mode}"]')`);
      await page.evaluate(() => scrollTo(0, 0));
      return page.screenshot();
    };
    for (const [button, mode] of [
      ['clean-page', 'focus'],
      ['other-mode', 'tidy'],
    ] as const) {
      const png = await cleanIn(button, mode);
      writeFileSync(join(OUT, `demo-${mode}.png`), png);
      expect(await distinctColours(png)).toBeGreaterThan(50);
    }
    await popup.evaluate(`document.querySelector('[data-testid="restore-page"]').click()`);
    await popup.waitFor(`document.querySelector('[data-testid="clean-page"]')`);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await popup.close();
  });
});
