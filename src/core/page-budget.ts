/**
 * The size checks `clean()` makes before any real work: Readability's time, and ours, grows with the
 * number of elements and with the length of the text, and a page over either budget is refused rather
 * than scored. Both checks read what the DOM already knows (an element count, each text node's length)
 * without building a string or visiting an element twice, so refusing a million-element page costs
 * about as much as counting it.
 */

/** What a page may hold; 0 means no limit. */
export interface PageBudget {
  maxElements: number;
  /** Characters in the page's text nodes, markup and code left out (see `textLength`). */
  maxTextChars: number;
}

/** NodeFilter.SHOW_TEXT (not a global in Node, where the CLI runs this). */
export const SHOW_TEXT = 0x4;

/** Elements whose text is code, not page text: Readability drops them before it reads anything. */
export const CODE_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'noscript']);

/**
 * Characters in the text nodes under `root`, outside `<script>`, `<style>` and `<noscript>`. Whitespace
 * counts: a run of blanks costs the engine as much as words (2,000,000 spaces in one node took it 4.6 s
 * in jsdom, as many letters 4.0 s).
 */
export function textLength(root: Node): number {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent && CODE_ELEMENTS.has(parent.localName)) continue;
    chars += (node as Text).length;
  }
  return chars;
}

/**
 * Why `doc` is over `budget`, naming the figure and the limit; null when it is within. The element
 * count goes first: it is one call, and a page over it is refused without the text walk.
 */
export function budgetRefusal(doc: Document, budget: Partial<PageBudget>): string | null {
  const { maxElements = 0, maxTextChars = 0 } = budget;
  if (maxElements > 0) {
    const count = doc.getElementsByTagName('*').length;
    if (count > maxElements)
      return `This page has ${count} elements, more than the ${maxElements} Cleanwire reads.`;
  }
  if (maxTextChars > 0 && doc.documentElement) {
    const chars = textLength(doc.documentElement);
    if (chars > maxTextChars)
      return `This page has ${chars} characters of text, more than the ${maxTextChars} Cleanwire reads.`;
  }
  return null;
}
