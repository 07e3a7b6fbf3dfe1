/**
 * One pass over a subtree that records what the rule engine and its guard ask about every element.
 * jsdom charges for each DOM access, and asking each element for its own `textContent` would read deep
 * pages once per level; here every text node is read once, into one string, and each element's text is
 * a slice of it.
 */

export interface TreeIndex {
  /** Elements under the root (not the root itself), in document order. */
  elements: Element[];
  /** For element i, the index just past its subtree: its descendants are i+1 … ends[i]-1. */
  ends: number[];
  /** Index of each element's parent, -1 for children of the root. */
  parents: number[];
  /** localName, lower case. */
  tags: string[];
  /** Where each element's text starts and ends in `allText`. */
  textStart: number[];
  textEnd: number[];
  /**
   * The root's text as `textContent` gives it, minus script/style/template/noscript, with every whitespace
   * run already one space and a space between adjacent blocks.
   */
  allText: string;
  /** Characters of each element's text inside links. */
  linkChars: number[];
  /** Whether the element has a block-level child element (a `<div>` without one reads as a paragraph). */
  blockChild: boolean[];
  /** The root's text (same as `allText`). */
  rootText: string;
  /** Every element's text, spaced as `allText` (built on first use; `textOf` avoids building them all). */
  readonly texts: string[];
}

/** Element i's text, whitespace collapsed and trimmed (what `collapse(el.textContent)` gives, minus code). */
export function textOf(index: TreeIndex, i: number): string {
  return index.allText.slice(index.textStart[i], index.textEnd[i]).trim();
}

/** An upper bound of `textOf(index, i).length`, in constant time. */
export function textLength(index: TreeIndex, i: number): number {
  return index.textEnd[i]! - index.textStart[i]!;
}

/** Elements whose text is code or markup, not reading text. */
export const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]); // prettier-ignore

const WHITESPACE = /[\s\u00a0\u200b]+/g;

export function indexTree(root: ParentNode): TreeIndex {
  const elements: Element[] = [];
  const ends: number[] = [];
  const parents: number[] = [];
  const tags: string[] = [];
  const textStart: number[] = [];
  const textEnd: number[] = [];
  const linkChars: number[] = [];
  const blockChild: boolean[] = [];
  const parts: string[] = [];
  let length = 0;
  let endsWithSpace = true; // so that leading whitespace is dropped, as trim would
  /** Inside script/style/…: text is not read. */
  let codeDepth = 0;
  // Parallel stacks: the element index being filled (-1 = root) and the next child node to visit.
  // Blocks read as separate words, as a reader sees them ("Newsletter" over "Sign up…" is not
  // "NewsletterSign up…"); the space lies outside the block's own text.
  const separate = () => {
    if (endsWithSpace || codeDepth > 0) return;
    parts.push(' ');
    length += 1;
    endsWithSpace = true;
  };
  const open: number[] = [-1];
  const next: (ChildNode | null)[] = [root.firstChild];
  while (open.length > 0) {
    const top = open.length - 1;
    const node = next[top]!;
    if (node === null) {
      const idx = open.pop()!;
      next.pop();
      if (idx < 0) continue;
      ends[idx] = elements.length;
      textEnd[idx] = length;
      const tag = tags[idx]!;
      if (BLOCK_TAGS.has(tag)) separate();
      if (NOT_TEXT.has(tag)) codeDepth--;
      if (tag === 'a') linkChars[idx] = length - textStart[idx]!;
      const parent = parents[idx]!;
      if (parent >= 0) {
        linkChars[parent]! += linkChars[idx]!;
        if (BLOCK_TAGS.has(tag)) blockChild[parent] = true;
      }
      continue;
    }
    next[top] = node.nextSibling;
    if (node.nodeType === 3 || node.nodeType === 4) {
      if (codeDepth > 0) continue;
      let data = (node as Text).data.replace(WHITESPACE, ' ');
      if (endsWithSpace && data.startsWith(' ')) data = data.slice(1);
      if (data === '') continue;
      parts.push(data);
      length += data.length;
      endsWithSpace = data.endsWith(' ');
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName.toLowerCase();
      if (BLOCK_TAGS.has(tag) || tag === 'br') separate();
      elements.push(el);
      parents.push(open[top]!);
      tags.push(tag);
      textStart.push(length);
      textEnd.push(length);
      linkChars.push(0);
      blockChild.push(false);
      ends.push(0);
      if (NOT_TEXT.has(tag)) codeDepth++;
      open.push(elements.length - 1);
      next.push(node.firstChild);
    }
  }
  const allText = parts.join('');
  let texts: string[] | undefined;
  return {
    elements, ends, parents, tags, textStart, textEnd, allText, linkChars, blockChild,
    rootText: allText,
    get texts() {
      return (texts ??= textStart.map((start, i) => allText.slice(start, textEnd[i])));
    },
  }; // prettier-ignore
}

/**
 * Visits every element under `root` in document order, the order `indexTree` lists them (no live
 * collections: jsdom answers `Array.from(getElementsByTagName('*'))` in time quadratic in the page's size).
 */
export function forEachElement(root: Element, visit: (el: Element) => void): void {
  walkElements(root, (el) => void visit(el));
}

/**
 * Visits the elements under `root` in document order with their depth below it (its children are at 1),
 * without recursion (a page can nest thousands deep). `visit` may change what an element holds and then
 * answer 'skip', so that its children are not visited, or 'stop' to end the walk.
 */
export function walkElements(
  root: Element,
  visit: (el: Element, depth: number) => 'skip' | 'stop' | void,
): void {
  let el = root.firstElementChild;
  let depth = 1;
  while (el) {
    const verdict = visit(el, depth);
    if (verdict === 'stop') return;
    let next = verdict === 'skip' ? null : el.firstElementChild;
    if (next) depth++;
    let cur: Element | null = el;
    while (!next && cur && cur !== root) {
      next = cur.nextElementSibling;
      if (!next) {
        cur = cur.parentElement;
        depth--;
      }
    }
    el = next;
  }
}
