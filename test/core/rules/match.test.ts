/**
 * matchPage (src/core/rules/match.ts) answers each element exactly as the DOM's own engine does, for
 * every built-in rule: the build-time gates only spare it questions whose answer is no.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../../src/core/rules/compile';
import { matchPage, prepareRules } from '../../../src/core/rules/match';
import { textOf } from '../../../src/core/rules/tree';
import type { CompiledRule } from '../../../src/core/types';
import { useStandardMatches } from '../../../src/cli/standard-matches';
import { fixtureHtml, userRule } from '../inpage/helpers';

/** A page whose `matches()` is the command line's (browsers' selector semantics, see standard-matches.ts). */
function standardPage(html: string): Document {
  const { window } = new JSDOM(html);
  useStandardMatches(window);
  return window.document;
}

const CORPUS = join(import.meta.dirname, '../../../../shared/corpus/readability');

/** Whether the DOM's engine (and the rule's pattern) selects the element: the matcher's reference. */
function selects(el: Element, rule: CompiledRule, text: string): boolean {
  return (
    el.matches(rule.selector) && (!rule.text || new RegExp(rule.text.source, rule.text.flags).test(text))
  );
}

function disagreements(doc: Document, rules: readonly CompiledRule[]): string[] {
  const match = matchPage(doc.body, rules);
  const out: string[] = [];
  match.index.elements.forEach((el, i) => {
    const text = textOf(match.index, i);
    for (const rule of rules) {
      if (selects(el, rule, text) !== match.hits[i]!.includes(rule))
        out.push(`${rule.id} on ${el.outerHTML.slice(0, 80)}`);
    }
  });
  return out;
}

describe('matchPage', () => {
  it("agrees with the DOM's own engine on every element for every built-in rule, standards and quirks mode", () => {
    const html = fixtureHtml();
    const standards = standardPage(html);
    const quirks = standardPage(html.replace(/^<!doctype[^>]*>/i, ''));
    expect(standards.compatMode).toBe('CSS1Compat');
    expect(quirks.compatMode).toBe('BackCompat');
    for (const doc of [standards, quirks]) expect(disagreements(doc, BUILTIN_RULES)).toEqual([]);
  });

  it.skipIf(!existsSync(CORPUS))(
    'agrees with it on Readability corpus pages (skipped without ../shared)',
    () => {
      const pages = readdirSync(CORPUS)
        .filter((d) => existsSync(join(CORPUS, d, 'source.html')))
        .slice(0, 4);
      for (const page of pages) {
        const doc = standardPage(readFileSync(join(CORPUS, page, 'source.html'), 'utf8'));
        expect(disagreements(doc, BUILTIN_RULES), page).toEqual([]);
      }
    },
  );

  it('matches class selectors without regard to case in quirks mode only, as browsers do', () => {
    const body = '<body><div class="Outbrain">Recommended</div><div class="Share-buttons">Share</div></body>';
    const selectorHits = (doc: Document) =>
      matchPage(doc.body, BUILTIN_RULES).hits.map((h) => h.filter((r) => !r.text).map((r) => r.id));
    const quirks = standardPage(body);
    expect(quirks.compatMode).toBe('BackCompat');
    expect(selectorHits(quirks)).toEqual([['related.widget'], ['share.social-bar']]);
    // jsdom's own matches() (nwsapi) ignores case here too; browsers, and the command line, do not.
    expect(selectorHits(standardPage(`<!doctype html>${body}`))).toEqual([[], []]);
  });

  it('lists hits in priority order: selector-only rules first, then text rules, each in list order', () => {
    const doc = new JSDOM('<body><p class="promo">Share this:</p></body>').window.document;
    const rules = [
      userRule(doc, '##p:has-text(/^Share/)', 1),
      userRule(doc, '##.promo', 2),
      userRule(doc, '##p', 3),
    ];
    const match = matchPage(doc.body, rules);
    expect(match.hits[0]!.map((r) => r.id)).toEqual(['user:2', 'user:3', 'user:1']);
    expect(match.rules.map((r) => r.id)).toEqual(['user:2', 'user:3', 'user:1']);
  });

  it('matches a prepared rule list as it matches the list itself, on every subtree it is asked about', () => {
    const doc = new JSDOM(
      '<body><div class="promo"><p>Share this:</p></div><div class="late"><p>Like this:</p><p>Story</p></div></body>',
    ).window.document;
    const rules = [
      userRule(doc, '##p:has-text(/^(Share|Like) this:$/)', 1),
      userRule(doc, '##.promo', 2),
      ...BUILTIN_RULES.slice(0, 40),
    ];
    const prepared = prepareRules(rules);
    const ids = (match: ReturnType<typeof matchPage>) =>
      [match.rootHits, ...match.hits].map((h) => h.map((r) => r.id));
    for (const root of [doc.body, ...doc.querySelectorAll('div')]) {
      const once = ids(matchPage(root, prepared));
      expect(once).toEqual(ids(matchPage(root, rules)));
      expect(once.flat()).toContain('user:1');
    }
  });

  it('answers the root itself apart, with its whole text for text rules', () => {
    const doc = new JSDOM('<body><div class="box"><p>Related news:</p></div></body>').window.document;
    const box = doc.querySelector('.box')!;
    const rules = [userRule(doc, '##.box', 1), userRule(doc, '##div:has-text(/^Related news:$/)', 2)];
    const match = matchPage(box, rules);
    expect(match.rootHits.map((r) => r.id)).toEqual(['user:1', 'user:2']);
    expect(match.index.elements).toEqual([doc.querySelector('p')]);
    expect(match.hits[0]).toEqual([]);
  });

  it('treats a selector the DOM rejects as matching nothing, and still answers the other rules', () => {
    const doc = new JSDOM('<body><aside class="promo">Partner offer</aside></body>').window.document;
    const rejected: CompiledRule = {
      ...userRule(doc, '##.x', 1),
      selector: 'div:has-text(',
      raw: '##div:has-text(',
    };
    const match = matchPage(doc.body, [rejected, userRule(doc, '##.promo', 2)]);
    expect(match.hits[0]!.map((r) => r.id)).toEqual(['user:2']);
  });

  it('asks a rule without gates (the reader’s own) with one query, sibling combinators included', () => {
    const doc = new JSDOM('<body><div class="promo">Ad</div><p>Brought to you by us</p><p>Story</p></body>')
      .window.document;
    const match = matchPage(doc.body, [userRule(doc, '##.promo + p', 1)]);
    expect(match.hits.map((h) => h.length)).toEqual([0, 1, 0]);
  });
});
