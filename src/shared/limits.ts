import type { PageBudget } from '../core/page-budget';

/**
 * What the engine reads in the browser (popup, "Clean this page", auto-clean): past either budget a page
 * is reported as too large rather than freezing the tab while Readability scores it, so the popup
 * answers within 2 s whatever the page (README, "Limits"). The content script applies them itself; no
 * message carries them, so nothing a message says can loosen them.
 */
export const PAGE_BUDGET: PageBudget = {
  /** Heavy news pages have 3,000–15,000 elements, the largest corpus page about 10,100. */
  maxElements: 20_000,
  /**
   * Characters of text, whitespace included (the largest corpus page has 493,000, most of it the
   * indentation of Wikipedia's markup).
   */
  maxTextChars: 1_000_000,
};

/**
 * Characters of an article the popup lays out at first: 100,000 take it about 0.1 s, a million over a
 * second. A longer article shows its start and a "Show all" button; copying always takes all of it.
 */
export const ARTICLE_VIEW_CHARS = 100_000;
