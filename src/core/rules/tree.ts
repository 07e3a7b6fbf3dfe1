/**
 * One pass over a subtree that records what the rule engine and its guard ask about every element.
 * jsdom charges for each DOM access, and asking each element for its own `textContent` would read deep
 * pages once per level and collapse the same text again at each; here every text node is read once.
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
  /**
   * Each element's text as `textContent` gives it, minus script/style/template/noscript, with every
   * whitespace run already one space (so `collapse` is a `trim`).
   */
  texts: string[];
  /** Characters of that text inside links. */
  linkChars: number[];
  /** Whether the element has a block-level child element (a `<div>` without one reads as a paragraph). */
  blockChild: boolean[];
  /** The root's own text, same form. */
  rootText: string;
}

/** Elements whose text is code or markup, not reading text. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]); // prettier-ignore

const WHITESPACE = /[\s\u00a0\u200b]+/g;

/** Joins two texts whose whitespace runs are already single spaces, keeping it so at the seam. */
function joinSpaced(a: string, b: string): string {
  if (a.endsWith(' ') && b.startsWith(' ')) return a + b.slice(1);
  return a + b;
}

export function indexTree(root: ParentNode): TreeIndex {
  const elements: Element[] = [];
  const ends: number[] = [];
  const parents: number[] = [];
  const tags: string[] = [];
  const texts: string[] = [];
  const linkChars: number[] = [];
  const blockChild: boolean[] = [];
  let rootText = '';
  // Parallel stacks: the element index being filled (-1 = root) and the next child node to visit.
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
      const tag = tags[idx]!;
      if (tag === 'a') linkChars[idx] = texts[idx]!.length;
      const parent = parents[idx]!;
      if (!NOT_TEXT.has(tag)) {
        if (parent >= 0) {
          texts[parent] = joinSpaced(texts[parent]!, texts[idx]!);
          linkChars[parent]! += linkChars[idx]!;
        } else {
          rootText = joinSpaced(rootText, texts[idx]!);
        }
      }
      if (parent >= 0 && BLOCK_TAGS.has(tag)) blockChild[parent] = true;
      continue;
    }
    next[top] = node.nextSibling;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const idx = open[top]!;
      const data = (node as Text).data.replace(WHITESPACE, ' ');
      if (idx >= 0) texts[idx] = joinSpaced(texts[idx]!, data);
      else rootText = joinSpaced(rootText, data);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      elements.push(el);
      parents.push(open[top]!);
      tags.push(el.localName.toLowerCase());
      texts.push('');
      linkChars.push(0);
      blockChild.push(false);
      ends.push(0);
      open.push(elements.length - 1);
      next.push(node.firstChild);
    }
  }
  return { elements, ends, parents, tags, texts, linkChars, blockChild, rootText };
}
