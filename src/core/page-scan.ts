import { walkElements } from './rules/tree';

/**
 * One pass over the original page that picks up every element the pipeline reads there: for attribution,
 * `<meta>`, `<link>`, JSON-LD `<script>`, `<base>`, `<title>`, `<time>`, `<address>` and elements whose
 * class names a byline or a date; for the headline, the first `<h1>`; for the declared-body fallback,
 * the containers a CMS marks as the article (article-fallback.ts).
 *
 * Why one walk rather than a query per kind: every query is itself a walk of the document, and in
 * jsdom (the CLI's and the benchmark's DOM) a walk of a large page costs tens of milliseconds, and a
 * class-substring selector far more. One walk costs about one query, in jsdom and in browsers alike.
 */
export interface PageScan {
  metas: Element[];
  links: Element[];
  jsonLdScripts: Element[];
  base: Element | null;
  /** The document's `<title>` (the first; an SVG's titles are not visited). */
  title: Element | null;
  /** `<time>` elements, and elements marked `itemprop="datePublished"` (a `<div datetime=…>`, a `<span content=…>`). */
  times: Element[];
  /** Elements whose class says byline, author, date, dateline, published or timestamp; and `<address>`. */
  candidates: Element[];
  /** Elements marked as an author in the page's own markup: `itemprop="author"`/`"creator"`, `<a rel="author">`. */
  authorMarks: Element[];
  /** The first `<h1>` in the body. */
  h1: Element | null;
  /** `<article>`, `<main>` and elements with a CONTAINER_CLASSES class, in document order. */
  containers: Element[];
  /** The page typesets formulas with MathJax 3 (`<mjx-container>`): see formulas.ts. */
  mathJax: boolean;
  /** How many levels below `<html>` the deepest element visited sits (see deep-nesting.ts). */
  depth: number;
}

/** Class names CMSs give the element that holds the article body (see article-fallback.ts). */
export const CONTAINER_CLASSES: ReadonlySet<string> = new Set([
  'entry-content',
  'post-content',
  'post-body',
  'article-body',
  'article-content',
  'article__body',
  'article-text',
  'story-body',
  'td-post-content',
  'post-entry',
  'content-article',
]);
const CONTAINER_CLASS = new RegExp(`(?:^|\\s)(?:${[...CONTAINER_CLASSES].join('|')})(?:\\s|$)`);

/** A scan that found nothing (a fresh one each call: scanPage fills it in). */
export const emptyScan = (): PageScan => ({
  metas: [],
  links: [],
  jsonLdScripts: [],
  base: null,
  title: null,
  times: [],
  candidates: [],
  authorMarks: [],
  h1: null,
  containers: [],
  mathJax: false,
  depth: 0,
});

export const EMPTY_SCAN: Readonly<PageScan> = emptyScan();

/** Subtrees that hold no attribution: their children are not visited. */
const SKIP_CHILDREN = new Set(
  'script style template svg math noscript iframe object select canvas'.split(' '),
);
const CANDIDATE_CLASS = /byline|by-line|author|writer|date|publish|posted|timestamp/i;
const AUTHOR_ITEMPROP = /(?:^|\s)(?:author|creator)(?:\s|$)/i;
const DATE_ITEMPROP = /(?:^|\s)datePublished(?:\s|$)/;
const AUTHOR_REL = /(?:^|\s)author(?:\s|$)/i;
/** Bounds for pathological pages; far above what real pages have. */
const MAX_ELEMENTS = 100_000;
const MAX_EACH = 400;

/** Adds `el` to a scan list unless the list is full. */
function keep(list: Element[], el: Element): void {
  if (list.length < MAX_EACH) list.push(el);
}

export function scanPage(doc: Document): PageScan {
  const scan = emptyScan();
  if (!doc.documentElement) return scan;
  let visited = 0;
  walkElements(doc.documentElement, (el, depth) => {
    if (++visited > MAX_ELEMENTS) return 'stop';
    if (depth > scan.depth) scan.depth = depth;
    const tag: string = el.localName;
    switch (tag) {
      case 'meta':
        keep(scan.metas, el);
        break;
      case 'link':
        keep(scan.links, el);
        break;
      case 'script':
        if (/ld\+json/i.test(el.getAttribute('type') ?? '')) keep(scan.jsonLdScripts, el);
        break;
      case 'base':
        scan.base ??= el;
        break;
      case 'title':
        scan.title ??= el;
        break;
      case 'time':
        keep(scan.times, el);
        break;
      case 'address':
        keep(scan.candidates, el);
        break;
      default: {
        if (tag === 'h1') scan.h1 ??= el;
        else if (tag === 'mjx-container') scan.mathJax = true;
        const cls = el.getAttribute('class');
        const container = tag === 'article' || tag === 'main' || (cls !== null && CONTAINER_CLASS.test(cls));
        if (container) keep(scan.containers, el);
        if (cls && CANDIDATE_CLASS.test(cls)) keep(scan.candidates, el);
        const itemprop = el.getAttribute('itemprop');
        if (itemprop !== null && DATE_ITEMPROP.test(itemprop)) keep(scan.times, el);
        if (itemprop !== null && AUTHOR_ITEMPROP.test(itemprop)) keep(scan.authorMarks, el);
        else if (tag === 'a' && AUTHOR_REL.test(el.getAttribute('rel') ?? '')) keep(scan.authorMarks, el);
      }
    }
    return SKIP_CHILDREN.has(tag) ? 'skip' : undefined;
  });
  return scan;
}
