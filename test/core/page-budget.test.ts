import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { budgetRefusal, textLength } from '../../src/core/page-budget';

function doc(body: string, head = ''): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;
}

describe('textLength', () => {
  it('counts every text node, whitespace included, and leaves code out', () => {
    const d = doc(
      '<p>abc <b>de</b></p>\n  <script>var x = "not text";</script><style>p{}</style><noscript>no</noscript>',
      '<title>Ti</title>',
    );
    // "Ti" + "abc " + "de" + "\n  "
    expect(textLength(d.documentElement)).toBe(2 + 4 + 2 + 3);
  });

  it('counts a run of blanks in full', () => {
    const d = doc('<p></p>');
    d.querySelector('p')!.textContent = ' '.repeat(5000);
    expect(textLength(d.body)).toBe(5000);
  });
});

describe('budgetRefusal', () => {
  const page = doc(`<article><h1>Harbour</h1><p>${'word '.repeat(200)}</p></article>`);
  const elements = page.getElementsByTagName('*').length; // html, head, body, article, h1, p
  const chars = textLength(page.documentElement);

  it('lets a page within both budgets through', () => {
    expect(budgetRefusal(page, { maxElements: elements, maxTextChars: chars })).toBeNull();
    expect(budgetRefusal(page, { maxElements: 0, maxTextChars: 0 })).toBeNull();
    expect(budgetRefusal(page, {})).toBeNull();
  });

  it('names the element count and the limit', () => {
    expect(budgetRefusal(page, { maxElements: elements - 1 })).toBe(
      `This page has ${elements} elements, more than the ${elements - 1} Cleanwire reads.`,
    );
  });

  it('names the character count and the limit', () => {
    expect(budgetRefusal(page, { maxTextChars: chars - 1 })).toBe(
      `This page has ${chars} characters of text, more than the ${chars - 1} Cleanwire reads.`,
    );
  });

  it('checks the elements first', () => {
    expect(budgetRefusal(page, { maxElements: 1, maxTextChars: 1 })).toMatch(/elements/);
  });
});
