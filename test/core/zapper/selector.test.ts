import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanInPlace } from '../../../src/core/inpage/clean-in-place';
import { selectorCheckFor } from '../../../src/core/rules/compile';
import { parseRuleLine } from '../../../src/core/rules/parse';
import { isStableClass, isStableName, ruleForZap, stableSelector } from '../../../src/core/zapper';

const FIXTURE = readFileSync(join(__dirname, 'fixtures', 'widgets.html'), 'utf8');
const INPAGE_FIXTURE = readFileSync(join(__dirname, '..', 'inpage', 'fixtures', 'news-page.html'), 'utf8');

const load = (html: string) => new JSDOM(html).window.document;
const first = (doc: Document, selector: string, text?: RegExp) => {
  const el = Array.from(doc.querySelectorAll(selector)).find((e) => !text || text.test(e.textContent ?? ''));
  if (!el) throw new Error(`fixture has no ${selector} ${text ?? ''}`);
  return el;
};

/** The same site's next article: other ids, other text, one related box fewer. */
const nextPage = () =>
  load(
    FIXTURE.replace('post-128734', 'post-130001')
      .replace('ember482', 'ember911')
      .replace('Harbour walls', 'Ferry strike')
      .replace(/<div class="related-box"><h4>Read next<\/h4>.*?<\/div>/s, ''),
  );

describe('isStableName / isStableClass', () => {
  it.each(['comments', 'story-body', 'main_content', 'related-box', 'sidebar', 'Newsletter', 'h2', 'col'])(
    '%s is stable',
    (name) => {
      expect(isStableName(name)).toBe(true);
    },
  );
  it.each([
    'post-128734',
    'ember482',
    ':r1:',
    'css-1x2y3z',
    'sc-bdVaJa',
    'jsx-2345678',
    'Header_root__x9Kq2',
    'a1b2c3d4',
    'x7fk29',
    '3col',
    'svelte-1ab2c3',
    'c0ffee00-1234-5678-9abc-def012345678',
  ])('%s is generated', (name) => {
    expect(isStableName(name)).toBe(false);
  });
  it.each([
    'is-active',
    'has-image',
    'js-toggle',
    'active',
    'open',
    'mt-4',
    'px-2',
    'text-center',
    'flex',
    'hidden',
    'col-md-6',
    'd-none',
    'row',
  ])('%s is a state or utility class', (name) => {
    expect(isStableClass(name)).toBe(false);
  });
});

describe('stableSelector', () => {
  it('matches exactly the element, for every element of the fixtures', () => {
    for (const html of [FIXTURE, INPAGE_FIXTURE]) {
      const doc = load(html);
      for (const el of Array.from(doc.body.querySelectorAll('*'))) {
        const selector = stableSelector(el, doc);
        const found = Array.from(doc.querySelectorAll(selector));
        expect({ selector, found: found.length, same: found[0] === el }).toEqual({
          selector,
          found: 1,
          same: true,
        });
      }
    }
  });

  it('prefers names that say what the block is, and skips generated ids and classes', () => {
    const doc = load(FIXTURE);
    const cases: [Element, string][] = [
      [first(doc, '[data-testid]'), 'div[data-testid="inline-promo"]'],
      [first(doc, 'article'), '.post'],
      [first(doc, 'section', /Most read/), 'section[data-component="MostRead"]'],
      [first(doc, '[role="dialog"]'), 'div[role="dialog"]'],
      [first(doc, 'footer#site-footer'), '#site-footer'],
      [first(doc, '.share-tools'), '.share-tools'],
      [first(doc, 'input'), 'input[aria-label="Email address"]'],
      [first(doc, 'nav'), '#__next nav'],
      [first(doc, 'a.logo'), '.logo'],
    ];
    for (const [el, expected] of cases) expect(stableSelector(el, doc)).toBe(expected);
  });

  it('uses a short ancestor chain before positions', () => {
    const doc = load(FIXTURE);
    expect(stableSelector(first(doc, 'figcaption'), doc)).toBe('.entry-content figcaption');
    expect(stableSelector(first(doc, '.entry-footer > div > span', /Tags/), doc)).toBe(
      '.entry-footer > div:nth-of-type(2) > span',
    );
  });

  it('falls back to positions from the nearest stable ancestor only when nothing else is unique', () => {
    const doc = load(FIXTURE);
    expect(stableSelector(first(doc, '.related-box', /Read next/), doc)).toBe(
      '.entry-content > div:nth-of-type(3)',
    );
    expect(stableSelector(first(doc, '.share-tools button', /Tweet/), doc)).toBe(
      '.share-tools > button:nth-of-type(2)',
    );
    expect(stableSelector(first(doc, 'section.widget', /Weather/), doc)).toBe(
      '.sidebar > section:nth-of-type(3)',
    );
    expect(stableSelector(first(doc, '#site-footer p', /Contact/), doc)).toBe(
      '#site-footer > p:nth-of-type(2)',
    );
  });

  it('never uses Cleanwire’s own marks', () => {
    const doc = load(INPAGE_FIXTURE);
    const result = cleanInPlace(doc, { rules: [], hostname: 'x.example' });
    const el = first(doc, '.sharedaddy');
    el.setAttribute('data-cleanwire-hidden', `cw${result.nextId}`);
    expect(stableSelector(el, doc)).toBe('.sharedaddy');
  });

  it('gives selectors that find the twin block on the site’s next article', () => {
    const doc = load(FIXTURE);
    const next = nextPage();
    const twins: [string, RegExp | undefined][] = [
      ['[data-testid]', undefined],
      ['.share-tools', undefined],
      ['section', /Most read/],
      ['[role="dialog"]', undefined],
      ['article', undefined],
      ['nav', undefined],
    ];
    for (const [query, text] of twins) {
      const selector = stableSelector(first(doc, query, text), doc);
      const found = Array.from(next.querySelectorAll(selector));
      expect({ selector, found: found.length, twin: found[0] === first(next, query, text) }).toEqual({
        selector,
        found: 1,
        twin: true,
      });
    }
  });

  it('handles the root elements', () => {
    const doc = load(FIXTURE);
    expect(stableSelector(doc.body, doc)).toBe('body');
    expect(stableSelector(doc.documentElement, doc)).toBe('html');
  });
});

describe('ruleForZap', () => {
  const isValidSelector = selectorCheckFor(load(''));

  it('writes a site rule that parses back to the same selector, for every element of the fixture', () => {
    const doc = load(FIXTURE);
    for (const el of Array.from(doc.body.querySelectorAll('*'))) {
      const selector = stableSelector(el, doc);
      const line = ruleForZap('www.ledger.example', selector);
      const parsed = parseRuleLine(line, { id: 'user:1', family: 'user', line: 1, isValidSelector });
      expect(parsed).toMatchObject({
        kind: 'rule',
        rule: { selector, includeDomains: ['ledger.example'], text: null, exception: false },
      });
    }
  });

  it('scopes the rule to the site, www. dropped', () => {
    expect(ruleForZap('WWW.Ledger.example.', '.promo')).toBe('ledger.example##.promo');
    expect(ruleForZap('news.ledger.example', '#x')).toBe('news.ledger.example###x');
    expect(ruleForZap('127.0.0.1', '.promo')).toBe('127.0.0.1##.promo');
  });

  it('refuses what cannot be a rule', () => {
    expect(() => ruleForZap('', '.a')).toThrow(/cannot scope a rule/);
    expect(() => ruleForZap('exa mple.com', '.a')).toThrow(/cannot scope a rule/);
    expect(() => ruleForZap('example.com', '')).toThrow(/one-line selector/);
    expect(() => ruleForZap('example.com', '.a\n.b')).toThrow(/one-line selector/);
  });
});
