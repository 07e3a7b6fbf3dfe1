import type { SelectorCheck } from '../rules/parse-line';
import type { ScopedRule } from '../rules/remove';
import type { CompiledRule } from '../types';
import { prepareInPageRules, type InPageExceptions } from './prepare';

/**
 * In-page cleaning hides, it never removes: an element is hidden by carrying HIDDEN_ATTR (its value is
 * the block id), and one stylesheet (MARKER_CSS) hides what carries it. Restoring removes the attribute
 * and the stylesheet, and the page's own markup is byte-for-byte what it was.
 *
 * Before the DOM exists, the early stylesheet from `cssForRules` hides what the selector rules match,
 * so clutter is never painted. At DOM ready `cleanInPlace` marks what those rules match (sparing
 * article text) and swaps the early sheet for the marker sheet in the same task.
 */
export const HIDDEN_ATTR = 'data-cleanwire-hidden';
/** On the <style> elements Cleanwire adds, with their role as value. */
export const STYLE_ATTR = 'data-cleanwire-style';
export type StyleRole = 'early' | 'marks';

/**
 * Focus's layout marks (space-separated tokens): `page` on <html> and <body>, `story` on the story's
 * column, `path` on the elements around it, `masthead` on the logo and `masthead-path` around it.
 */
export const FOCUS_ATTR = 'data-cleanwire-focus';
/**
 * After Focus the story must stay readable where the site laid it out for a sidebar beside it:
 * - the story's column and the elements around it stop floating, span every grid track and take the
 *   free space in a flex row; where the site caps their width they are centred instead (margins auto).
 *   The site's widths, fonts and the reader's zoom are left alone;
 * - a scroll lock (overflow hidden or position fixed on html/body or a wrapper, a fixed height) is
 *   undone, and the blur a paywall or consent overlay leaves on the story is lifted;
 * - the banner holding the logo flows with the page instead of sticking over the headline, and the
 *   logo is kept small.
 * Every rule needs a Focus mark (FOCUS_ATTR), so the sheet does nothing on a page cleaned in Tidy or
 * restored, also when it stays as a registered file.
 */
const focus = (token: string) => `[${FOCUS_ATTR}~="${token}"]`;
const FOCUS_CSS = `html${focus('page')}, body${focus('page')} { overflow: visible !important; position: static !important; height: auto !important; max-height: none !important; }
${focus('path')}, ${focus('story')} { float: none !important; grid-column: 1 / -1 !important; flex-grow: 1 !important; margin-left: auto !important; margin-right: auto !important; filter: none !important; }
${focus('path')} { overflow: visible !important; height: auto !important; max-height: none !important; }
${focus('masthead-path')} { position: relative !important; top: auto !important; height: auto !important; min-height: 0 !important; }
${focus('masthead')} :is(img, svg, picture), :is(img, svg)${focus('masthead')} { max-height: 4rem !important; width: auto !important; }
`;

export const MARKER_CSS = `[${HIDDEN_ATTR}] { display: none !important; }\n${FOCUS_CSS}`;

/**
 * The early sheet cannot ask the engine where the article is, and a broad class rule can match the
 * article's own wrapper (WordPress themes write `<div class="entry themeform share">`, paywall scripts
 * `<div class="article-body paywall-google">`): hidden early, the whole story would stay blank until
 * DOM ready. An element holding three sibling paragraphs, or the page's headline (`<h1>`: sites that wrap
 * each paragraph in its own `<div>` still open the story with one), reads as the article, so the early
 * sheet leaves it to the DOM-ready pass, which decides with the engine's guards. (`:has` is in Chrome 105
 * and Firefox 121; a browser without it drops the early rules, and the DOM-ready pass still hides.)
 */
export const EARLY_ARTICLE_GUARD = ':not(:has(p ~ p ~ p)):not(:has(h1))';

/**
 * What the early sheet needs of a rule (a CompiledRule is one). `sheet`: the selectors it puts in the
 * sheet, when they were worked out already — the built-in rules' are, at build time (EARLY_RULES in
 * src/generated/early-rules.ts); otherwise they are `sheetSelectorsOf(selector)`.
 */
export type SheetRule = ScopedRule & { sheet?: readonly string[] };

export interface RulesCss<R extends SheetRule = CompiledRule> {
  /** Stylesheet text: one CSS rule per selector, so one the browser rejects costs only itself. */
  css: string;
  /** The rules that need the element's text; they cannot be CSS and run at DOM ready. */
  textRules: R[];
  /** How many selectors the stylesheet holds. */
  selectorCount: number;
}

/**
 * The early stylesheet for a page: every selector rule that applies on `hostname` (domains, `#@#`
 * exceptions and the reader's site exceptions respected), each as `selector { display: none !important }`.
 * Site-exception selectors become `:not(…)` on each selector; with `isValidSelector`, exception selectors
 * the DOM rejects are left out rather than voiding every rule they are attached to.
 */
export function cssForRules<R extends SheetRule>(
  rules: readonly R[],
  hostname: string,
  options: { siteExceptions?: InPageExceptions | null; isValidSelector?: SelectorCheck } = {},
): RulesCss<R> {
  const prepared = prepareInPageRules(rules, hostname, options.siteExceptions);
  const keep = prepared.keepSelectors.filter(
    (s) => safeInStylesheet(s) && (!options.isValidSelector || options.isValidSelector(s)),
  );
  const suffix = keep.map((s) => `:not(${s})`).join('') + EARLY_ARTICLE_GUARD;
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const rule of prepared.plain) {
    for (const selector of rule.sheet ?? sheetSelectorsOf(rule.selector)) {
      if (seen.has(selector)) continue;
      seen.add(selector);
      lines.push(`${selector}${suffix} { display: none !important; }`);
    }
  }
  return {
    css: lines.length ? lines.join('\n') + '\n' : '',
    textRules: prepared.text,
    selectorCount: lines.length,
  };
}

/**
 * A selector list's selectors that can stand in a stylesheet (see `safeInStylesheet`). The built-in
 * lists are split at build time instead (a rule's `sheet`): splitting them on the page took cold
 * cssForRules in Node from 0.6–0.8 to 2.0–3.9 ms, bench:browser (a) median 7.6 → 13.2 ms (README).
 */
export function sheetSelectorsOf(list: string): readonly string[] {
  return splitSelectorList(list).filter(safeInStylesheet);
}

/**
 * Can this selector stand in a stylesheet without changing the rules after it? A DOM may accept a
 * selector that ends inside an unclosed string or comment (`[title="a`, `div /*`), which in a sheet
 * would swallow the following rules; braces and semicolons would end the rule early. Such a selector
 * is left out of the sheet (the DOM-ready pass still applies it).
 */
export function safeInStylesheet(selector: string): boolean {
  if (/[{};]|\/\*|\*\/|\\$/.test(selector)) return false;
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (c === '\\') i++;
    else if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && --depth < 0) return false;
  }
  return quote === null && depth === 0;
}

/**
 * Splits a selector list at its top-level commas (not those inside parentheses, brackets or quotes):
 * `a, :is(b, c), [x=","]` → `a`, `:is(b, c)`, `[x=","]`.
 */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '\\') i++;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Adds (or replaces) Cleanwire's stylesheet of this role; works before <head> exists. */
export function installStyle(doc: Document, role: StyleRole, css: string): Element {
  removeStyles(doc, role);
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTR, role);
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}

/** Removes Cleanwire's stylesheets (of one role, or all). */
export function removeStyles(doc: Document, role?: StyleRole): void {
  const selector = role ? `style[${STYLE_ATTR}="${role}"]` : `style[${STYLE_ATTR}]`;
  for (const el of Array.from(doc.querySelectorAll(selector))) el.remove();
}
