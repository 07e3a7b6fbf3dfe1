/**
 * Issue 13 item 1 and issue 15 item 9: what jsdom's CSS code does with a page's stylesheets must not
 * fail the page, nor flood stderr.
 * - cssstyle throws "Cannot create property 'border-width' on string 'inherit'" when a rule holds a
 *   border shorthand with a keyword (or a var()) and then another border property;
 * - its calc() resolver throws css-tree's '")" is expected' on a calc() it cannot read, such as a
 *   template placeholder left in the CSS. (This one is no selector: dom-selector turns the selectors
 *   it rejects into a SyntaxError "Invalid selector …".)
 * Both are thrown while jsdom builds the page, so `cleanwire clean` failed the whole file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/parse-page';
import { runCli } from '../cli/helpers';

const BORDER_INHERIT = '.card { border: inherit; border-width: 1px 0 }';
const CALC_PLACEHOLDER = '.grid { width: calc(100% - <%= gutter %>px) }';
const FINE = 'p { color: #222 }';

const scratch = mkdtempSync(join(tmpdir(), 'cleanwire-hostile-css-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function article(styles: string[]): string {
  return `<!DOCTYPE html><html><head><title>Harbour reopens</title>${styles.map((s) => `<style>${s}</style>`).join('')}</head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour reopens</h1>
<p>The harbour reopened to shipping on Tuesday after a three-day closure, the port authority said, and the first ferries left on time.</p>
<p>Repairs to the northern breakwater will continue through the winter, with work limited to daylight hours, officials said.</p>
</article></body></html>`;
}

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe('jsdom throwing on a stylesheet does not fail the page', () => {
  it.each([
    [
      'border shorthand with inherit',
      BORDER_INHERIT,
      "Cannot create property 'border-width' on string 'inherit'",
    ],
    ['calc() with a template placeholder', CALC_PLACEHOLDER, '")" is expected'],
  ])('%s: the article is printed, the dropped stylesheet named on stderr', async (_, css, message) => {
    const page = file(`${message.length}.html`, article([FINE, css]));
    const { code, stdout, stderr } = await runCli(['clean', page]);
    expect(code).toBe(0);
    expect(stdout).toContain('The harbour reopened to shipping on Tuesday');
    expect(stderr).toBe(
      `cleanwire: ${page}: note: 1 <style> block was left out: jsdom's CSS parser threw on it (${message}).\n`,
    );
  });

  it('parsePage empties only the blocks that throw on their own', () => {
    const parsed = parsePage(article([FINE, BORDER_INHERIT, CALC_PLACEHOLDER]), 'https://example.com/a');
    const styles = Array.from(parsed.dom.window.document.querySelectorAll('style'), (s) => s.textContent);
    expect(styles).toEqual([FINE, '', '']);
    expect(parsed.droppedStyles).toMatchObject({ count: 2 });
    parsed.dom.window.close();
  });

  it('a page whose stylesheets are fine is parsed as it is', () => {
    const parsed = parsePage(article([FINE]), 'https://example.com/a');
    expect(parsed.droppedStyles).toBeNull();
    expect(parsed.dom.window.document.querySelector('style')!.textContent).toBe(FINE);
    parsed.dom.window.close();
  });
});

describe("jsdom's CSS complaints are counted per file, not printed one by one", () => {
  it('one line per file that names it, and nothing on stdout', async () => {
    const broken = ['a:not(b { color: red }', '.x { background: url(a"b) }', '.y:has(+ .z { top: 0 }'];
    const page = file('noisy.html', article(broken));
    const quiet = file('quiet.html', article([FINE]));
    const { code, stdout, stderr } = await runCli(['clean', page, quiet]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('Could not parse CSS');
    expect(stderr).toBe(
      `cleanwire: ${page}: note: 3 stylesheets could not be parsed (jsdom skipped their bad rules).\n`,
    );
  });
});
