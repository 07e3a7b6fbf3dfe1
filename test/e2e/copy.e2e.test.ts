/**
 * The copy buttons, in the popup opened as a page for a tab (a real Page, so clicks are real user
 * gestures): each puts the exact expected text on the clipboard, with the attribution line. The expected
 * texts are written by hand beside the fixture (test/fixtures/e2e/copy-small.*).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser';
import { FIXTURES, fixtureNamed, mountFixture } from './support/server';

const fixture = fixtureNamed('e2e/copy-small');
const expectedFile = (name: string) => readFileSync(join(FIXTURES, 'e2e', name), 'utf8');
const ATTRIBUTION =
  'Tide tables move online · Estuary Echo · Ines Duarte · 1 July 2024 · https://www.estuary-echo.example/2024/07/01/tide-tables-online · via AFP';

let b: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  b = await launchExtensionBrowser();
  const page = await b.openTab(mountFixture(b.server, fixture));
  await (await b.clickToolbar(page)).close(); // the click grants activeTab for the tab
  popup = await b.popupAsTab(page);
});
afterAll(async () => {
  await b?.close();
});

async function clickCopy(format: 'text' | 'markdown' | 'html'): Promise<string> {
  await popup.evaluate(() => navigator.clipboard.writeText('(clipboard before the click)'));
  await popup.click(`[data-testid=copy-${format}]`);
  // The previous copy's "Copied …" may still show: wait for the one naming this format (or an error).
  await popup.waitForFunction((label) => {
    const status = document.querySelector('[data-testid=copy-status]')?.textContent ?? '';
    return status.startsWith('Could not') || (status.startsWith('Copied') && status.includes(label));
  }, { text: 'plain text', markdown: 'Markdown', html: 'rich text' }[format]);
  return (await popup.textContent('[data-testid=copy-status]')) ?? '';
}

const readText = () => popup.evaluate(() => navigator.clipboard.readText());

describe('copy buttons', () => {
  it('the popup shows the article', async () => {
    expect(await popup.evaluate(() => document.body.dataset.state)).toBe('article');
  });

  it('Text copies the plain-text export with the attribution line', async () => {
    const status = await clickCopy('text');
    expect(status).toBe('Copied article as plain text ✓');
    expect(await readText()).toBe(expectedFile('copy-small.expected.txt'));
  });

  it('Markdown copies the Markdown export with the attribution line', async () => {
    const status = await clickCopy('markdown');
    expect(status).toBe('Copied article as Markdown ✓');
    expect(await readText()).toBe(expectedFile('copy-small.expected.md'));
  });

  it('Rich text copies HTML and plain text together', async () => {
    const status = await clickCopy('html');
    expect(status).toBe('Copied article as rich text ✓');
    const clip = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const text = await (await item.getType('text/plain')).text();
      const html = await (await item.getType('text/html')).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return {
        types: [...item.types].sort(),
        text,
        h1: doc.querySelector('h1')?.textContent ?? null,
        paragraphs: doc.querySelectorAll('p').length,
        listItems: Array.from(doc.querySelectorAll('li'), (li) => li.textContent),
        strong: doc.querySelector('strong')?.textContent ?? null,
        links: Array.from(doc.querySelectorAll('a'), (a) => [a.textContent, a.getAttribute('href')]),
        footer: doc.querySelector('footer')?.textContent ?? null,
        // Chromium sanitises HTML as it stores it (for the native apps that paste it): <time> keeps its text
        // but not its datetime attribute, whatever we write.
        time: doc.querySelector('footer time')?.textContent ?? null,
        unsafe: doc.querySelectorAll('script, style, iframe, form, [style], [onclick], [onerror]').length,
      };
    });
    expect(clip).toEqual({
      types: ['text/html', 'text/plain'],
      text: expectedFile('copy-small.expected.txt'),
      h1: 'Tide tables move online',
      paragraphs: 4, // three article paragraphs and the attribution line
      listItems: ['Daily tables for the three harbour gauges', 'Monthly summaries with sunrise and sunset'],
      strong: 'harbour office',
      links: [
        ['on its website', 'https://www.estuary-echo.example/tides'],
        [
          'https://www.estuary-echo.example/2024/07/01/tide-tables-online',
          'https://www.estuary-echo.example/2024/07/01/tide-tables-online',
        ],
      ],
      footer: ATTRIBUTION,
      time: '1 July 2024',
      unsafe: 0,
    });
  });
});

describe('copying a selection', () => {
  async function selectSecondParagraph(): Promise<string> {
    return popup.evaluate(() => {
      const p = document.querySelectorAll('[data-testid=article] .cw-body p')[1]!;
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
  }

  it('the buttons say they copy the selection', async () => {
    await selectSecondParagraph();
    await popup.waitForSelector('[aria-label="Copy selection"]');
    expect(await popup.textContent('.cw-copy-label')).toBe('Copy selection:');
  });

  it('Text copies just the selection, then the attribution line', async () => {
    await selectSecondParagraph();
    const status = await clickCopy('text');
    expect(status).toBe('Copied selection as plain text ✓');
    expect(await readText()).toBe(expectedFile('copy-small.selection.expected.txt'));
  });

  it('Markdown copies just the selection, then the attribution line', async () => {
    await selectSecondParagraph();
    await clickCopy('markdown');
    expect(await readText()).toBe(
      "Printed copies of this year's tables will stay on sale at the **harbour office** until the end of December, and the library will keep the full archive for anyone who asks.\n\n" +
        ATTRIBUTION.replace(
          'https://www.estuary-echo.example/2024/07/01/tide-tables-online',
          '<https://www.estuary-echo.example/2024/07/01/tide-tables-online>',
        ),
    );
  });

  it('the browser’s own Copy (Ctrl+C) of a selection adds the attribution too', async () => {
    await selectSecondParagraph();
    await popup.evaluate(() => navigator.clipboard.writeText('(before)'));
    const copied = await popup.evaluate(() => document.execCommand('copy'));
    expect(copied).toBe(true);
    expect(await readText()).toBe(expectedFile('copy-small.selection.expected.txt'));
  });

  it('with the selection gone, the buttons copy the whole article again', async () => {
    await popup.evaluate(() => window.getSelection()!.removeAllRanges());
    await popup.waitForSelector('[aria-label="Copy article"]');
    await clickCopy('text');
    expect(await readText()).toBe(expectedFile('copy-small.expected.txt'));
  });
});

describe('network', () => {
  it('no request left the browser', () => {
    expect(b.requestReport().unexplained).toEqual([]);
  });
});
