/**
 * Deep nesting in a DOM the CLI's markup pass never saw (the popup's and the in-place pass's: Chromium's
 * live page). Before deep-nesting.ts, clean() on 3,000 nested divs in jsdom did not finish in 600 s
 * (500 took 15 s).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/core/clean';
import { flattenDeepNesting, MAX_DEPTH } from '../../src/core/deep-nesting';
import { scanPage } from '../../src/core/page-scan';
import { deepNesting } from './huge-pages';

const parse = (html: string) =>
  new JSDOM(html, { url: 'https://harbour.example/news/reopens' }).window.document;

describe('the page scan', () => {
  it('measures how deep the page nests below <html>', () => {
    // html > body > article > div × n > p
    expect(scanPage(parse(deepNesting(10))).depth).toBe(2 + 10 + 1);
    expect(scanPage(parse('<!doctype html><p>a</p><p>b</p>')).depth).toBe(2);
  });
});

describe('flattenDeepNesting', () => {
  it('keeps the text below the limit in order and drops the elements past it', () => {
    const doc = parse(
      '<!doctype html><div><div><p>one <b>two</b></p><script>not()</script></div><p>three</p></div><p>four</p>',
    );
    // html(0) > body(1) > div(2) > div(3) > p(4) > b(5): at depth 3 the inner div keeps only its text.
    const dropped = flattenDeepNesting(doc, 3);
    expect(dropped).toBe(3); // p, b, script
    expect(doc.body.innerHTML).toBe('<div><div>one two</div><p>three</p></div><p>four</p>');
  });

  it('leaves a page within the limit exactly as it is', () => {
    const html = deepNesting(MAX_DEPTH - 10);
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    expect(flattenDeepNesting(doc)).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('clean() on a deeply nested page', () => {
  it('reads 1,000 nested divs one level flat past the limit and keeps every paragraph', () => {
    const doc = parse(deepNesting(1000));
    const before = doc.documentElement.outerHTML;
    const result = clean(doc, { url: 'https://harbour.example/news/reopens' });
    expect(result.status).toBe('ok');
    expect(result.article!.text).toContain('the first ferries left on time');
    expect(result.article!.text).toContain('storms forecast for next month');
    expect(result.article!.text).toContain('Deep.');
    expect(doc.documentElement.outerHTML).toBe(before); // the original is never touched
  });
});
