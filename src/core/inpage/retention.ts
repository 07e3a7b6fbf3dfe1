import { BUILTIN_RULES } from '../rules/compile';
import { matchPage, type PageMatch } from '../rules/match';
import { planRemovals, removeMatches } from '../rules/remove';
import { blockText, preview } from '../text';
import { blockGrams, buildArticleIndex, splitBlocks, type ArticleIndex } from './article-index';
import { HIDDEN_ATTR } from './css';

/**
 * How much of the article is still visible on the live page after cleaning. Computed on text, not
 * layout, so it runs in jsdom as in the browser.
 *
 * Article and page are compared as word grams (see article-index.ts). Some of the engine's text is not
 * on the page word for word (Readability drops inline math, joins split nodes); cleaning cannot hide what
 * is not there, so retention is measured over the article grams found on the page at all — visible or
 * hidden by Cleanwire — and `pageMatch` reports how much of the article that is. Text the page hides
 * itself (the engine's `hidden` family: `[hidden]`, `aria-hidden`, inline `display:none`, `<noscript>`)
 * counts as neither.
 */
export interface RetentionReport {
  /** Article grams visible ÷ article grams on the page; 1 when the article is empty. */
  retention: number;
  /** Article grams on the page (visible or hidden by Cleanwire) ÷ all article grams. */
  pageMatch: number;
  /** Article grams in total. */
  total: number;
  /** Article blocks of which less than half is visible, as previews, worst first (at most 10). */
  lostBlocks: string[];
}

/**
 * `match`, optional: a match of `doc.body` made in this task (the page's elements unchanged since, only
 * Cleanwire's marks added), which tells what the page hides itself without matching the page again.
 */
export function retentionReport(doc: Document, articleText: string, match?: PageMatch): RetentionReport {
  const index = buildArticleIndex(articleText);
  if (index.total === 0 || !doc.body)
    return { retention: 1, pageMatch: 1, total: index.total, lostBlocks: [] };
  // The live page is read without cloning it: without what the page hides itself, then also without
  // what Cleanwire hides.
  const pageHidden = hiddenByPage(doc.body, match);
  const visible = visibleGrams(doc.body, index, pageHidden);
  const onPage = articleGramsOf(
    blockText(doc.body, (el) => pageHidden.has(el)),
    index,
  );

  let matchable = 0;
  let found = 0;
  const lost: { text: string; missing: number }[] = [];
  for (const { text, grams } of index.lines) {
    let blockMatchable = 0;
    let blockFound = 0;
    for (const g of grams) {
      const seen = visible.has(g);
      if (seen || onPage.has(g)) blockMatchable++;
      if (seen) blockFound++;
    }
    matchable += blockMatchable;
    found += blockFound;
    if (blockFound * 2 < blockMatchable) lost.push({ text, missing: blockMatchable - blockFound });
  }
  lost.sort((a, b) => b.missing - a.missing);
  return {
    retention: matchable === 0 ? 1 : found / matchable,
    pageMatch: matchable / index.total,
    total: index.total,
    lostBlocks: lost.slice(0, 10).map((l) => preview(l.text)),
  };
}

/**
 * Whether `retention(doc, articleText, match)` is at least `min`, reading the page once when it clearly
 * is: the grams still visible, as a share of all the article's grams, are a lower bound of retention
 * (whose denominator counts only the grams on the page). Only below that is the page read again.
 */
export function retainsAtLeast(doc: Document, articleText: string, min: number, match?: PageMatch): boolean {
  const index = buildArticleIndex(articleText);
  if (index.total === 0 || !doc.body) return true;
  const visible = visibleGrams(doc.body, index, hiddenByPage(doc.body, match));
  let found = 0;
  for (const { grams } of index.lines) for (const g of grams) if (visible.has(g)) found++;
  return found >= min * index.total || retentionReport(doc, articleText, match).retention >= min;
}

/** The article's grams the page shows: without what the page or Cleanwire hides. */
function visibleGrams(body: HTMLElement, index: ArticleIndex, pageHidden: Set<Element>): Set<string> {
  return articleGramsOf(
    blockText(body, (el) => pageHidden.has(el) || el.hasAttribute(HIDDEN_ATTR)),
    index,
  );
}

const PAGE_HIDES = BUILTIN_RULES.filter((r) => r.family === 'hidden');
const PAGE_HIDE_IDS = new Set(PAGE_HIDES.map((r) => r.id));

/**
 * What the page hides itself (the engine's `hidden` family), outermost only. Read off `match` (a match of
 * this body made in this task, the page's elements unchanged since) when it asked every one of those
 * rules, so the page is not matched again; else matched here.
 */
function hiddenByPage(body: HTMLElement, match?: PageMatch): Set<Element> {
  const asked = match?.root === body ? new Set(match.rules.map((r) => r.id)) : null;
  const reuse = match && asked && PAGE_HIDES.every((r) => asked.has(r.id));
  const from = reuse ? match : matchPage(body, PAGE_HIDES);
  const plan = planRemovals(from, 'pre', {}, (r) => PAGE_HIDE_IDS.has(r.id));
  return new Set(plan.picks.map((i) => from.index.elements[i]!));
}

/** A copy of the body without what the page hides itself (the engine's `hidden` family). */
function pageAsShown(body: Element): Element {
  const page = body.cloneNode(true) as Element;
  removeMatches(page, PAGE_HIDES, 'pre');
  return page;
}

function removeHidden(page: Element): void {
  for (const el of Array.from(page.querySelectorAll(`[${HIDDEN_ATTR}]`))) el.remove();
}

/** A copy of the body as a reader sees it after cleaning: without what the page or Cleanwire hides. */
export function visiblePage(doc: Document): Element {
  const page = pageAsShown(doc.body ?? doc.documentElement);
  removeHidden(page);
  return page;
}

/** The article's grams in a text of the page (the only ones retention asks about). */
function articleGramsOf(text: string, index: ArticleIndex): Set<string> {
  const grams = new Set<string>();
  for (const block of splitBlocks(text))
    for (const g of blockGrams(block)) if (index.grams.has(g)) grams.add(g);
  return grams;
}

/**
 * The fraction of the article text still visible on the page (see `retentionReport`); `match` as there.
 */
export function retention(doc: Document, articleText: string, match?: PageMatch): number {
  return retentionReport(doc, articleText, match).retention;
}
