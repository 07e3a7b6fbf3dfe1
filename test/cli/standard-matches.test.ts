import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { useStandardMatches } from '../../src/cli/standard-matches';

function page(html: string) {
  const { window } = new JSDOM(html);
  const jsdomSays = (sel: string) => window.document.querySelector('div')!.matches(sel);
  const before = { shareButtons: jsdomSays('.share-buttons') };
  useStandardMatches(window);
  return { before, el: window.document.querySelector('div')! };
}

describe('useStandardMatches', () => {
  it('compares class names with case in standards mode, where jsdom does not', () => {
    const { before, el } = page('<!doctype html><div class="Share-buttons" id="Top"></div>');
    expect(before.shareButtons).toBe(true); // what this guards against (jsdom's nwsapi path)
    expect(el.matches('.share-buttons')).toBe(false);
    expect(el.matches('.Share-buttons')).toBe(true);
    expect(el.matches('#top')).toBe(false);
  });

  it('compares them without case in quirks mode, as browsers do', () => {
    const { el } = page('<div class="Share-buttons" id="Top"></div>');
    expect(el.ownerDocument.compatMode).toBe('BackCompat');
    expect(el.matches('.share-buttons')).toBe(true);
    expect(el.matches('#top')).toBe(true);
    expect(el.matches('[class="share-buttons"]')).toBe(false); // attribute values keep their case
  });

  it("keeps jsdom's answer, and its error, for what css-select cannot read", () => {
    const { el } = page('<!doctype html><div class="a"><p>x</p></div>');
    expect(el.matches(':has(> p)')).toBe(true);
    expect(() => el.matches('div:has-text(')).toThrow();
  });
});
