import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { clean } from '../../../src/core/clean';
import { BUILTIN_RULES, selectorCheckFor } from '../../../src/core/rules/compile';
import { parseRuleLine } from '../../../src/core/rules/parse';
import type { CompiledRule } from '../../../src/core/types';

export const FIXTURE_URL =
  'https://www.coastal-ledger.example/2024/03/05/harbour-city-votes-to-rebuild-flood-walls';
export const HOST = 'www.coastal-ledger.example';

export function fixtureHtml(name = 'news-page.html'): string {
  return readFileSync(join(__dirname, 'fixtures', name), 'utf8');
}

/** A fresh live page (jsdom window included, for MutationObserver tests). */
export function livePage(html = fixtureHtml(), url = FIXTURE_URL): { dom: JSDOM; doc: Document } {
  const dom = new JSDOM(html, { url });
  return { dom, doc: dom.window.document };
}

export function rulesFor(_doc?: Document): CompiledRule[] {
  return [...BUILTIN_RULES];
}

/** A user rule compiled the way the options page compiles it. */
export function userRule(doc: Document, line: string, n = 1): CompiledRule {
  const parsed = parseRuleLine(line, {
    id: `user:${n}`,
    family: 'user',
    line: n,
    isValidSelector: selectorCheckFor(doc),
  });
  if (parsed.kind !== 'rule')
    throw new Error(`test rule "${line}" does not parse: ${JSON.stringify(parsed)}`);
  return parsed.rule;
}

/** What the content script gets from the engine: the article text of a clone. */
export function articleTextOf(doc: Document, url = FIXTURE_URL): string {
  const result = clean(doc, { url, rules: rulesFor(doc) });
  if (!result.article) throw new Error(`no article: ${result.message}`);
  return result.article.text;
}

export function serialize(doc: Document): string {
  return doc.documentElement.outerHTML;
}

/** Elements an element-hiding stylesheet would hide: each CSS rule's selector, asked of the DOM. */
export function hiddenByStylesheet(doc: Document, css: string): Set<Element> {
  const style = doc.createElement('style');
  style.textContent = css;
  doc.head.appendChild(style);
  const hidden = new Set<Element>();
  const sheet = style.sheet as CSSStyleSheet;
  for (const rule of Array.from(sheet.cssRules)) {
    const r = rule as CSSStyleRule;
    if (!/display:\s*none\s*!important/.test(r.cssText)) throw new Error(`unexpected rule ${r.cssText}`);
    for (const el of Array.from(doc.querySelectorAll(r.selectorText))) hidden.add(el);
  }
  style.remove();
  return hidden;
}
