import { describe, expect, it } from 'vitest';
import {
  EARLY_ARTICLE_GUARD as G,
  cssForRules,
  installStyle,
  MARKER_CSS,
  removeStyles,
  sheetSelectorsOf,
  splitSelectorList,
  STYLE_ATTR,
} from '../../../src/core/inpage/css';
import { BUILTIN_RULES, selectorCheckFor } from '../../../src/core/rules/compile';
import { EARLY_RULES } from '../../../src/generated/early-rules';
import type { CompiledRule } from '../../../src/core/types';
import { HOST, hiddenByStylesheet, livePage, rulesFor, serialize, userRule } from './helpers';

describe('splitSelectorList', () => {
  it.each([
    ['.a', ['.a']],
    ['.a, .b ,.c', ['.a', '.b', '.c']],
    [':is(h2, h3) > p, li', [':is(h2, h3) > p', 'li']],
    ['[data-x=","], a[title="a, b"]', ['[data-x=","]', 'a[title="a, b"]']],
    ["[title='it\\'s, ok'], b", ["[title='it\\'s, ok']", 'b']],
    ['div:not(.a, .b), :where(x,y)', ['div:not(.a, .b)', ':where(x,y)']],
    ['.a\\,b, c', ['.a\\,b', 'c']],
    [' , .a, ', ['.a']],
  ])('%j → %j', (list, parts) => {
    expect(splitSelectorList(list)).toEqual(parts);
  });
});

describe('sheetSelectorsOf', () => {
  it('can put every selector of every built-in list in the sheet', () => {
    for (const rule of BUILTIN_RULES.filter((r) => r.selector))
      expect(sheetSelectorsOf(rule.selector), rule.id).toEqual(splitSelectorList(rule.selector));
  });

  it('splits a list it has not seen and leaves out what cannot stand in a sheet', () => {
    expect(sheetSelectorsOf('.a, [title="x, y"], div /* c */')).toEqual(['.a', '[title="x, y"]']);
  });
});

describe('cssForRules', () => {
  it('writes the same sheet from the build-time early rules as from the compiled rules split on the spot', () => {
    const { doc } = livePage();
    const fromCompiled = cssForRules(BUILTIN_RULES, HOST, { isValidSelector: selectorCheckFor(doc) });
    const fromEarly = cssForRules(EARLY_RULES, HOST, { isValidSelector: selectorCheckFor(doc) });
    expect(fromEarly.css).toBe(fromCompiled.css);
    expect(fromEarly.selectorCount).toBeGreaterThan(50);
    // A rule's `sheet` is what goes in: the list itself is not split again.
    const [first] = EARLY_RULES;
    expect(cssForRules([{ ...first!, sheet: ['.only'] }], HOST).css).toBe(
      `.only${G} { display: none !important; }\n`,
    );
  });

  it('hides exactly what the selector rules match, and returns the text rules for later', () => {
    const { doc } = livePage();
    const rules = rulesFor(doc);
    const { css, textRules, selectorCount } = cssForRules(rules, HOST);
    expect(css.split('\n').filter(Boolean)).toHaveLength(selectorCount);
    expect(textRules.length).toBeGreaterThan(0);
    expect(textRules.every((r) => r.text !== null)).toBe(true);

    const hidden = hiddenByStylesheet(doc, css);
    const expected = new Set<Element>();
    for (const r of rules.filter((r) => !r.text && r.family !== 'hidden'))
      for (const el of Array.from(doc.querySelectorAll(r.selector))) expected.add(el);
    expect(hidden).toEqual(expected);
    const names = [...hidden].map((el) => el.id || el.className);
    expect(names).toEqual(
      expect.arrayContaining([
        'market-ticker',
        'sharedaddy sd-sharing-enabled',
        'comments',
        'related-stories',
      ]),
    );
    expect(names.some((n) => /newsletter/.test(n))).toBe(true);
    // The article container and the page-hidden family are never in the early sheet.
    expect(hidden.has(doc.querySelector('article')!)).toBe(false);
    expect(css).not.toMatch(/noscript|aria-hidden/);
  });

  it('leaves an article wrapper that a broad rule matches to the DOM-ready pass', () => {
    const { doc } = livePage();
    // A WordPress theme's wrapper around the story, and a real share bar inside it.
    const wrapper = doc.createElement('div');
    wrapper.className = 'entry themeform share';
    const article = doc.querySelector('article')!;
    article.before(wrapper);
    wrapper.append(article);
    const bar = doc.createElement('div');
    bar.className = 'share';
    bar.innerHTML = '<p>Share this:</p><p>Facebook</p><p>X</p>';
    const inlineBar = doc.createElement('div');
    inlineBar.className = 'share';
    inlineBar.innerHTML = '<a href="#">Facebook</a> <a href="#">X</a>';
    article.append(inlineBar);
    const { css } = cssForRules(rulesFor(doc), HOST);
    const hidden = hiddenByStylesheet(doc, css);
    expect(hidden.has(wrapper)).toBe(false);
    expect(hidden.has(inlineBar)).toBe(true);
    // A story whose paragraphs each sit in their own <div> still opens with its headline.
    const docked = doc.createElement('article');
    docked.className = 'article-container docked-sharebar-content-container';
    docked.innerHTML =
      '<h1>Hydrangeas for a small garden</h1><div class="paragraph"><p>One.</p></div><div class="paragraph"><p>Two.</p></div>';
    wrapper.after(docked);
    expect(hiddenByStylesheet(doc, css).has(docked)).toBe(false);
    // The cost: a clutter block with three sibling paragraphs waits for DOM ready too.
    article.append(bar);
    expect(hiddenByStylesheet(doc, css).has(bar)).toBe(false);
  });

  it('writes one CSS rule per selector, so a selector the browser rejects costs only itself', () => {
    const { doc } = livePage();
    const rule: CompiledRule = {
      ...userRule(doc, '##.promo'),
      selector: '.promo, .ad:unknown-pseudo(1), #market-ticker',
    };
    const { css, selectorCount } = cssForRules([rule], HOST);
    expect(selectorCount).toBe(3);
    const hidden = hiddenByStylesheet(doc, css);
    expect([...hidden].map((e) => e.id)).toEqual(['market-ticker']);
  });

  it('leaves out a selector that would swallow the rules after it in a stylesheet', () => {
    const { doc } = livePage();
    const rule = (selector: string, n: number): CompiledRule => ({ ...userRule(doc, '##.x', n), selector });
    const rules = [
      rule('[title="abc', 1),
      rule('.ticker-bar', 2),
      rule('div /*', 3),
      rule('.sharedaddy', 4),
      rule('a:is(b', 5),
    ];
    const { css, selectorCount } = cssForRules(rules, HOST);
    expect(css).toBe(
      `.ticker-bar${G} { display: none !important; }\n.sharedaddy${G} { display: none !important; }\n`,
    );
    expect(selectorCount).toBe(2);
    expect([...hiddenByStylesheet(doc, css)].map((e) => e.className)).toEqual([
      'ticker-bar',
      'sharedaddy sd-sharing-enabled',
    ]);
  });

  it('respects rule domains and #@# exceptions', () => {
    const { doc } = livePage();
    const rules = [
      userRule(doc, 'coastal-ledger.example##.only-here', 1),
      userRule(doc, 'other.example##.only-there', 2),
      userRule(doc, '~coastal-ledger.example##.not-here', 3),
      userRule(doc, '##.everywhere', 4),
      userRule(doc, 'coastal-ledger.example#@#.everywhere', 5),
    ];
    const { css } = cssForRules(rules, HOST);
    expect(css).toBe(`.only-here${G} { display: none !important; }\n`);
    expect(cssForRules(rules, 'elsewhere.example').css).toBe(
      `.not-here${G} { display: none !important; }\n.everywhere${G} { display: none !important; }\n`,
    );
  });

  it('leaves out rules the reader excepted on this site, and never hides excepted elements', () => {
    const { doc } = livePage();
    const rules = rulesFor(doc);
    const { css } = cssForRules(rules, HOST, {
      siteExceptions: {
        ruleIds: ['comments.wordpress', 'comments.generic'],
        selectors: ['.related-stories', 'div[['],
      },
      isValidSelector: (s) => !s.includes('[['),
    });
    const hidden = hiddenByStylesheet(doc, css);
    expect(hidden.has(doc.getElementById('comments')!)).toBe(false);
    expect(hidden.has(doc.querySelector('.related-stories')!)).toBe(false);
    expect(hidden.has(doc.getElementById('market-ticker')!)).toBe(true);
    expect(css).toContain(`:not(.related-stories)${G} {`);
    expect(css).not.toContain('div[[');
  });

  it('writes nothing when no selector rule applies', () => {
    const { doc } = livePage();
    expect(cssForRules([userRule(doc, '##p:has-text(Sponsored)')], HOST)).toEqual({
      css: '',
      textRules: [expect.objectContaining({ id: 'user:1' })],
      selectorCount: 0,
    });
  });
});

describe('installStyle / removeStyles', () => {
  it('adds a marked stylesheet, replaces it by role, and removes it without a trace', () => {
    const { doc } = livePage();
    const before = serialize(doc);
    installStyle(doc, 'early', '.a { display: none !important; }');
    installStyle(doc, 'early', '.b { display: none !important; }');
    installStyle(doc, 'marks', MARKER_CSS);
    expect(Array.from(doc.querySelectorAll(`style[${STYLE_ATTR}]`)).map((s) => s.textContent)).toEqual([
      '.b { display: none !important; }',
      MARKER_CSS,
    ]);
    removeStyles(doc, 'early');
    expect(doc.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(1);
    removeStyles(doc);
    expect(serialize(doc)).toBe(before);
  });

  it('works at document_start, before <head> exists', () => {
    const { doc } = livePage('');
    doc.documentElement.replaceChildren();
    installStyle(doc, 'early', '.x { display: none !important; }');
    expect(doc.documentElement.firstElementChild?.getAttribute(STYLE_ATTR)).toBe('early');
  });
});
