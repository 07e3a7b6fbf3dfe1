import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { RuleMatcher } from '../../../src/core/rules/apply';
import { userRule } from '../inpage/helpers';

function setup() {
  const doc = new JSDOM(
    '<body><div class="box"><p>Share this: Twitter Facebook</p></div><aside class="promo">Partner offer</aside></body>',
  ).window.document;
  const rules = [userRule(doc, '##.promo', 1), userRule(doc, '##p:has-text(/^Share this:/)', 2)];
  const matcher = new RuleMatcher(doc.body, rules);
  const at = (selector: string) => matcher.index.elements.indexOf(doc.querySelector(selector)!);
  return { matcher, at };
}

describe('RuleMatcher', () => {
  it('asks text rules only within the text limit, and asks again when a later question needs them', () => {
    const { matcher, at } = setup();
    const p = at('p');
    expect(matcher.match(p, Infinity, undefined, 5)).toBeNull(); // its text is over 5 characters
    expect(matcher.match(p)?.rule.id).toBe('user:2'); // not the remembered answer without text rules
    expect(matcher.match(p, Infinity, undefined, 5)).toBeNull(); // a remembered text hit is not used over the limit
  });

  it('passes over skipped rules and gives the element text of the first rule left', () => {
    const { matcher, at } = setup();
    const promo = at('aside');
    expect(matcher.match(promo)).toEqual({
      rule: expect.objectContaining({ id: 'user:1' }),
      text: 'Partner offer',
    });
    expect(matcher.match(promo, Infinity, (r) => r.id === 'user:1')).toBeNull();
    expect(matcher.match(promo, 5)).toBeNull(); // longer than maxChars
  });
});
