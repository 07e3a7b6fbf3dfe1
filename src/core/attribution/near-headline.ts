import { BY_LINE } from './byline';
import { parseDate } from './dates';
import { isOutsideStory, spacedText } from './dom';

/** How far past the headline a byline sits: a header block, not the story. */
const MAX_ELEMENTS = 60;
const MAX_LINE = 150;

/**
 * Short "By …" lines in the elements that follow the page's first `<h1>`, in document order. Bylines
 * there often carry no byline class (generated class names, a `data-testid`): their place under the
 * headline and their "By" are what mark them. Stops at the first long paragraph (the story has begun).
 */
export function creditLinesAfterHeadline(h1: Element | null): string[] {
  return shortLinesAfterHeadline(h1).filter((line) => BY_LINE.test(line));
}

/**
 * The first date in the short lines under the headline ("10.11.2021", "Handball Schweiz • 02.02.2022",
 * "Pressemitteilung vom 25. Januar 2022"): the story's date line, whatever its element is called.
 */
export function dateAfterHeadline(h1: Element | null): string | null {
  for (const line of shortLinesAfterHeadline(h1)) {
    const date = parseDate(line);
    if (date) return date;
  }
  return null;
}

/** Texts of up to MAX_LINE characters in the elements after the headline, until the story begins. */
function shortLinesAfterHeadline(h1: Element | null): string[] {
  if (!h1 || isOutsideStory(h1)) return [];
  const lines: string[] = [];
  let el = nextAfter(h1);
  for (let seen = 0; el && seen < MAX_ELEMENTS; seen++, el = nextInOrder(el)) {
    const text = spacedText(el);
    if (el.localName === 'p' && text.length > 2 * MAX_LINE) break;
    // past a short story, the page footer or a sidebar holds other dates and names
    if (text === '' || text.length > MAX_LINE || lines.includes(text) || isOutsideStory(el, h1)) continue;
    lines.push(text);
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
