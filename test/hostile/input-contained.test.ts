/**
 * Issue 13 item 1: what the DOM implementation throws inside the engine costs the page at most its
 * cleaning, never its article. The throws are simulated on a jsdom page with the messages seen on real
 * sites (cssstyle's and css-tree's), since jsdom itself no longer throws them once the page is parsed.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanContained } from '../../src/core/clean-contained';
import { clean } from '../../src/core/clean';
import type { CompiledRule } from '../../src/core/types';

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Harbour reopens</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Harbour reopens</h1>
<p>The harbour reopened to shipping on Tuesday after a three-day closure, the port authority said, and the first ferries left on time.</p>
<div class="promo-x">Subscribe to our newsletter for more stories like this one, every morning in your inbox.</div>
<p>Repairs to the northern breakwater will continue through the winter, with work limited to daylight hours, officials said.</p>
</article></body></html>`;
const URL = 'https://news.example.com/2024/05/harbour-reopens';
const CSS_ERROR = "Cannot create property 'border-width' on string 'inherit'";

function page(): Document {
  return new JSDOM(PAGE, { url: URL }).window.document;
}

describe('cleanContained', () => {
  it('is clean() when nothing throws', () => {
    const doc = page();
    expect(cleanContained(doc, { url: URL })).toEqual(clean(doc, { url: URL }));
  });

  it('the rules meet a throw: the article, cleaned without rules, and the reason', () => {
    const doc = page();
    // The rule engine asks the DOM for its selector; the DOM's selector parser throws (css-tree's message).
    const rule: CompiledRule = {
      id: 'user:1',
      family: 'user',
      includeDomains: [],
      excludeDomains: [],
      selector: '.promo-x',
      text: null,
      exception: false,
      raw: '##.promo-x',
    };
    Object.defineProperty(rule, 'selector', {
      get() {
        throw new SyntaxError('")" is expected');
      },
    });
    const rules = [rule];
    expect(() => clean(doc, { url: URL, rules })).toThrow('")" is expected');
    const result = cleanContained(doc, { url: URL, rules });
    expect(result.status).toBe('ok');
    expect(result.message).toBe(
      `Cleaned without Cleanwire's rules, which failed on this page (")" is expected).`,
    );
    expect(result.article!.text).toContain('The harbour reopened to shipping on Tuesday');
    expect(result.article!.text).toContain('Repairs to the northern breakwater');
  });

  it("the DOM throwing on every pass (cloneNode, as cssstyle can): the page's text, 'no-article', the reason", () => {
    const doc = page();
    doc.cloneNode = () => {
      throw new TypeError(CSS_ERROR);
    };
    expect(() => clean(doc, { url: URL })).toThrow(CSS_ERROR);
    const result = cleanContained(doc, { url: URL });
    expect(result.status).toBe('no-article');
    expect(result.message).toBe(
      `Cleanwire could not clean this page (${CSS_ERROR}); this is its whole text.`,
    );
    expect(result.article).toMatchObject({ title: 'Harbour reopens', lang: 'en' });
    expect(result.article!.text).toContain('The harbour reopened to shipping on Tuesday');
    expect(result.article!.contentHtml).toContain('<p>The harbour reopened');
    expect(result.attribution.canonicalUrl?.value).toBe(URL);
  });
});
