import { isOutsideStory } from './dom';

/** "By Jane Doe", "Von …", "Par …", "Written by …": a credit line, whatever its element is called. */
const CREDIT_START =
  /^(?:(?:written|posted|reported|story|words|text)\s+)?(?:by|von|par|por|door)\b\s*:?\s+\S/i;
/** How far past the headline a byline sits: a header block, not the story. */
const MAX_ELEMENTS = 60;
const MAX_LINE = 150;

/**
 * Short "By …" lines in the elements that follow the page's first `<h1>`, in document order. Bylines
 * there often carry no byline class (generated class names, a `data-testid`): their place under the
 * headline and their "By" are what mark them. Stops at the first long paragraph (the story has begun).
 */
export function creditLinesAfterHeadline(h1: Element | null): string[] {
  if (!h1 || isOutsideStory(h1)) return [];
  const lines: string[] = [];
  let el = nextAfter(h1);
  for (let seen = 0; el && seen < MAX_ELEMENTS; seen++, el = nextInOrder(el)) {
    const text = spacedText(el);
    if (el.localName === 'p' && text.length > 2 * MAX_LINE) break;
    if (text.length <= MAX_LINE && CREDIT_START.test(text) && !lines.includes(text)) lines.push(text);
  }
  return lines;
}

/** The element after `el` and its whole subtree, in document order. */
function nextAfter(el: Element): Element | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}

function nextInOrder(el: Element): Element | null {
  return el.firstElementChild ?? nextAfter(el);
}

/** The element's text with a space at each text node's edge: `<span>By</span><a>Jane Doe</a>` is "By Jane Doe". */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let n = walker.nextNode(); n && length <= 4 * MAX_LINE; n = walker.nextNode()) {
    const t = n.nodeValue ?? '';
    parts.push(t);
    length += t.length;
  }
  return parts
    .join(' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
