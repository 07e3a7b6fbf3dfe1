/**
 * Ancestor tests written as plain loops: jsdom (the CLI's and the tests' DOM) evaluates attribute
 * substring selectors such as `[class*="comment" i]` element by element and slowly, and this runs on
 * every page.
 */

const MAX_DEPTH = 40;

/** The element or its nearest ancestor that passes `test`, or null. */
export function closestWhere(el: Element, test: (e: Element) => boolean): Element | null {
  let e: Element | null = el;
  for (let depth = 0; e && depth < MAX_DEPTH; depth++, e = e.parentElement) {
    if (test(e)) return e;
  }
  return null;
}

const marks = (e: Element) => `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
const OUTSIDE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE']);
const OUTSIDE_MARKS = /comment|related|sidebar|widget|recommend|most-?read|popular/i;
const STORY_TAGS = new Set(['ARTICLE', 'MAIN']);
const STORY_MARKS = /article|post|story|entry/i;

/**
 * `<body>` and `<html>` classes describe the page layout ("has-sidebar", "comments-open"), not a block:
 * read as marks, they would put the whole story outside itself.
 */
const PAGE_LEVEL = new Set(['BODY', 'HTML']);

/**
 * Site furniture — navigation, footers, sidebars, comments, related lists — whose names and dates are
 * other stories'. Two blocks that look like furniture are not: one that holds the page's `headline`
 * (a layout wrapper named "layoutTwoColumnsRightSidebar" or "has-sidebar" holds the whole page), and
 * a `<footer>` inside an `<article>` (the post's own footer: its date, author and tags).
 */
export function isOutsideStory(el: Element, headline: Element | null = null): boolean {
  return (
    closestWhere(el, (e) => {
      const tag = e.tagName.toUpperCase();
      const furniture = OUTSIDE_TAGS.has(tag)
        ? !(tag === 'FOOTER' && e.parentElement && closestTag(e.parentElement, ARTICLE))
        : !PAGE_LEVEL.has(tag) && OUTSIDE_MARKS.test(marks(e));
      return furniture && !(headline && e.contains(headline));
    }) !== null
  );
}

const ARTICLE = new Set(['ARTICLE']);

/** Inside the story's own container (article, main, or a block named like one). */
export function isInStoryArea(el: Element): boolean {
  return (
    closestWhere(
      el,
      (e) =>
        STORY_TAGS.has(e.tagName.toUpperCase()) ||
        e.getAttribute('role') === 'main' ||
        /\barticleBody\b/.test(e.getAttribute('itemprop') ?? '') ||
        STORY_MARKS.test(marks(e)),
    ) !== null
  );
}

/** The nearest ancestor (or the element) with one of these tag names. */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
  return closestWhere(el, (e) => tags.has(e.tagName.toUpperCase()));
}

/**
 * The element's text with a space at each text node's edge: `<span>By</span><a>Jane Doe</a>` is "By Jane
 * Doe", `<a>Jane Doe</a><span>Published</span>` is not "Jane DoePublished". Reads about `maxChars`.
 */
export function spacedText(el: Element, maxChars = 600): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let n = walker.nextNode(); n && length <= maxChars; n = walker.nextNode()) {
    const t = n.nodeValue ?? '';
    parts.push(t);
    length += t.length;
  }
  return parts
    .join(' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
