/**
 * Issue 15 item 5: the pre-scan that judges a page before jsdom parses it, and what the command line takes
 * out of a page to keep it cheap. Generated inputs (huge-pages.ts), small where the figure allows.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, refusalOf } from '../../src/cli/limits';
import { boundMarkup } from '../../src/cli/markup-bounds';
import { scanMarkup } from '../../src/cli/markup-scan';
import { tagsOf } from '../../src/cli/markup-tags';
import { deepNesting, longCss, longText, manyElements, manyIframes } from './huge-pages';

const LIMITS = { maxBytes: DEFAULT_LIMITS.maxBytes, maxElements: DEFAULT_LIMITS.maxElements };

describe('tagsOf', () => {
  it('reads past a quoted ">" in an attribute, comments and the content of raw-text elements', () => {
    const html = `<a title="1 > 0" href=x>a</a><!-- <b> --><script>if (a<b) "<i>"</script><p/>`;
    expect([...tagsOf(html)].map((t) => `${t.kind}:${t.name}${t.selfClosing ? '/' : ''}`)).toEqual([
      'open:a',
      'close:a',
      'open:script',
      'close:script',
      'open:p/',
    ]);
  });
});

describe('scanMarkup', () => {
  it('measures 5,000 nested divs without recursing', () => {
    expect(scanMarkup(deepNesting(5000)).depth).toBeGreaterThanOrEqual(5000);
  });

  it('does not count elements whose end tag pages leave out, nor void ones, as depth', () => {
    expect(scanMarkup('<ul><li>a<li>b<li><p>c<br><img src=x></ul>').depth).toBe(1);
  });

  it('counts elements, the longest text run, frames with srcdoc and the largest style block', () => {
    expect(scanMarkup(manyElements(3000)).elements).toBeGreaterThan(3000);
    expect(scanMarkup(longText(50_000)).longestText).toBeGreaterThanOrEqual(50_000);
    const frames = scanMarkup(manyIframes(7));
    expect([frames.frames, frames.srcdocFrames]).toEqual([7, 7]);
    expect(scanMarkup(longCss(20_000)).largestStyle).toBeGreaterThan(20_000);
  });
});

describe('refusalOf', () => {
  it('names the limit and the figure', () => {
    expect(refusalOf(scanMarkup(manyElements(200)), { ...LIMITS, maxElements: 100 })).toBe(
      'This page has about 209 elements, more than the 100 Cleanwire reads (--max-elements).',
    );
    expect(refusalOf(scanMarkup(manyElements(200)), { ...LIMITS, maxElements: 0 })).toBeNull();
    expect(refusalOf(scanMarkup(longText(DEFAULT_LIMITS.maxTextRun + 10)), LIMITS)).toMatch(
      /^This page has a run of \d+ characters of text without a tag, more than the 2000000 Cleanwire reads\.$/,
    );
  });
});

describe('boundMarkup', () => {
  it('leaves a page within the limits as it is', () => {
    const html = manyElements(100);
    expect(boundMarkup(html, scanMarkup(html))).toEqual({ html, notes: [] });
  });

  it('flattens nesting past the safe depth, keeping the text', () => {
    const html = deepNesting(5000);
    const { depth } = scanMarkup(html); // the divs and the <article> around them
    const bounded = boundMarkup(html, scanMarkup(html));
    expect(scanMarkup(bounded.html).depth).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth);
    expect(bounded.html).toContain('<p>Deep.</p>');
    expect(bounded.notes).toEqual([
      `the page nests about ${depth} elements deep: ${depth - DEFAULT_LIMITS.maxDepth} elements were flattened past 128 levels.`,
    ]);
  });

  it('drops every srcdoc and the iframes past the limit', () => {
    const html = manyIframes(DEFAULT_LIMITS.maxFrames + 5);
    const bounded = boundMarkup(html, scanMarkup(html));
    const after = scanMarkup(bounded.html);
    expect([after.frames, after.srcdocFrames]).toEqual([DEFAULT_LIMITS.maxFrames, 0]);
    expect(bounded.html).not.toContain('Advertisement');
    expect(bounded.html).toContain('<p>The harbour reopened');
  });

  it('empties a huge style block, tags kept', () => {
    const html = longCss(DEFAULT_LIMITS.maxStyle + 100);
    const bounded = boundMarkup(html, scanMarkup(html));
    expect(bounded.html).toContain('<style></style>');
    expect(bounded.notes).toEqual(['1 <style> block was emptied (over 262144 characters).']);
  });
});
