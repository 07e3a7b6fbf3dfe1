import { blockLines, blockText, countWords } from '../text';
import { articleHold, words, type ArticleIndex } from './article-index';
import { sortInDocumentOrder } from './prepare';

/**
 * Where the engine's article sits on the live page. The page's text is read block by block — each block
 * element with the lines that are its own, not its child blocks' (`blockLines`, so the same lines
 * `blockText` and the retention measure read) — and a block whose own lines are article text
 * (`holdsArticleText`'s test) is part of the story's body. So a story written as `<br>`-separated lines is
 * one block, a story split over sibling containers is the blocks of all of them, and a sidebar that
 * happens to share a phrase with the story keeps only that line, not the sidebar.
 */
export interface StoryMap {
  /** The body: blocks whose own lines are article text, in document order. */
  blocks: Element[];
  /** The headline on the page: a heading whose words are the article's title (else the `<h1>` above the body). */
  headline: Element | null;
  /**
   * The first body block after the story's header: the first after the headline outside the headline's
   * own container (where a standfirst or a caption may be article text too); else the first block.
   */
  bodyStart: Element;
  /** The deepest element holding nearly all of the body's text: the story's column in the layout. */
  column: Element;
}

/** Share of the body's text the column must hold (a stray match elsewhere does not move it). */
const COLUMN_SHARE = 0.8;

export function mapStory(body: Element, index: ArticleIndex, title: string | null): StoryMap | null {
  const own = new Map<Element, string[]>();
  for (const { owner, text } of blockLines(body)) {
    if (owner.nodeType !== 1) continue;
    const lines = own.get(owner as Element);
    if (lines) lines.push(text);
    else own.set(owner as Element, [text]);
  }
  const runs: Element[] = [];
  const short: Element[] = [];
  const chars = new Map<Element, number>();
  for (const [el, lines] of own) {
    const hold = articleHold(index, lines);
    if (hold === null) continue;
    (hold === 'run' ? runs : short).push(el);
    chars.set(
      el,
      lines.reduce((n, line) => n + line.length, 0),
    );
  }
  // A story of short lines alone (a list of names) has no runs: its lines are its body.
  const strong = runs.length > 0 ? sortInDocumentOrder(runs) : sortInDocumentOrder(short.splice(0));
  if (strong.length === 0) return null;
  const column = columnOf(body, strong, chars);
  const headline = titledHeading(body, title) ?? headingAbove(body, strong[0]!);
  const header = headline ? headerOf(headline, column) : null;
  const after = headline ? strong.filter((b) => b !== headline && follows(headline, b)) : strong;
  const bodyStart = after.find((b) => !header?.contains(b)) ?? after[0] ?? strong[0]!;
  // A short line is the story's where the story is: in its column, its header, or between its runs.
  // Elsewhere it is a menu item or a tag that happens to be one ("Local", "Sport").
  const first = headline && follows(headline, strong[0]!) ? headline : strong[0]!;
  const last = strong.at(-1)!;
  const blocks = strong.concat(
    short.filter((b) => column.contains(b) || header?.contains(b) || (follows(first, b) && follows(b, last))),
  );
  return { blocks: sortInDocumentOrder(blocks), headline, bodyStart, column };
}

/** The deepest element that holds COLUMN_SHARE of the blocks' text. */
function columnOf(body: Element, blocks: Element[], chars: Map<Element, number>): Element {
  const weight = new Map<Element, number>();
  let total = 0;
  for (const el of blocks) {
    const n = chars.get(el) ?? 0;
    total += n;
    for (let p: Element | null = el; p && p !== body; p = p.parentElement)
      weight.set(p, (weight.get(p) ?? 0) + n);
  }
  let column = body;
  for (;;) {
    const next = Array.from(column.children).find((c) => (weight.get(c) ?? 0) >= total * COLUMN_SHARE);
    if (!next) return column;
    column = next;
  }
}

/**
 * The headline's own container: its ancestor just below the element that holds both it and the
 * column (the headline itself when they are siblings).
 */
function headerOf(headline: Element, column: Element): Element {
  let branch = headline;
  for (let p = headline.parentElement; p && !p.contains(column) && p !== column; p = p.parentElement)
    branch = p;
  return branch;
}

/**
 * A heading whose words are the title's, or of which the title is most of the words (a site name
 * appended to the title, a kicker prefixed to the heading).
 */
function titledHeading(body: Element, title: string | null): Element | null {
  const want = words(title ?? '');
  if (want.length === 0) return null;
  const wanted = ` ${want.join(' ')} `;
  for (const tag of ['h1', 'h2']) {
    for (const h of Array.from(body.getElementsByTagName(tag))) {
      const got = words(h.textContent ?? '');
      if (got.length === 0) continue;
      const text = ` ${got.join(' ')} `;
      if (text === wanted) return h;
      const [shorter, longer] = got.length <= want.length ? [got, want] : [want, got];
      const most = shorter.length >= 3 && shorter.length >= longer.length * HEADLINE_SHARE;
      if (most && (wanted.includes(text) || text.includes(wanted))) return h;
    }
  }
  return null;
}

const HEADLINE_SHARE = 0.6;

/**
 * Without a heading the title names (pages whose `<title>` says something else): the last `<h1>`
 * before the body, unless it is the site's name in a banner or a menu.
 */
function headingAbove(body: Element, first: Element): Element | null {
  let found: Element | null = null;
  for (const h of Array.from(body.getElementsByTagName('h1'))) {
    if (!follows(h, first)) break;
    if (!h.closest(`nav, aside, footer, ${BANNERS}`) || h.closest('article, main')) found = h;
  }
  return found;
}

/** Page-level headers, where a site puts its name and logo. */
const BANNERS = '[role="banner"], header, #masthead, .masthead, .site-header, #site-header, #header, .header';
const PICTURES = 'img, svg, picture';
const MAX_NAME_WORDS = 6;
const MENUS = 'nav, ul, ol, [role="navigation"], [role="menu"]';

/**
 * The site's logo (or name) link in the page's banner: the link home, kept in Focus so the reader still
 * sees where they are. Only a banner above the story that holds none of it counts.
 */
export function findMasthead(body: Element, story: StoryMap): Element | null {
  const start = story.headline ?? story.bodyStart;
  const home = homeOf(body.ownerDocument);
  for (const banner of Array.from(body.querySelectorAll(BANNERS))) {
    if (!follows(banner, start) || banner.closest('article, aside, footer')) continue;
    if (story.blocks.some((b) => banner.contains(b))) continue;
    for (const a of Array.from(banner.querySelectorAll('a[href]'))) {
      if (!isHomeLink(a, home)) continue;
      if (a.querySelector(PICTURES)) return a;
      // A name in words, not the "Home" item of a menu.
      const words = countWords(blockText(a));
      if (words > 0 && words <= MAX_NAME_WORDS && !a.closest(MENUS)) return a;
    }
    const named = banner.querySelector('[class*="logo" i], [id*="logo" i]');
    if (named && (named.matches(PICTURES) || named.querySelector(PICTURES))) return named;
  }
  return null;
}

function homeOf(doc: Document): URL | null {
  try {
    return new URL(doc.baseURI);
  } catch {
    return null;
  }
}

const HOME_PATH = /^\/(index\.\w{2,5})?$/;

function isHomeLink(a: Element, home: URL | null): boolean {
  if (!home) return false;
  let url: URL;
  try {
    url = new URL(a.getAttribute('href') ?? '', home);
  } catch {
    return false;
  }
  const site = (host: string) => host.replace(/^www\./, '');
  return HOME_PATH.test(url.pathname) && url.search === '' && site(url.hostname) === site(home.hostname);
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, spelled out: core reads no globals
const CONTAINED_BY = 16;

/** Whether `b` comes after `a` in the document, and not inside it. */
export function follows(a: Node, b: Node): boolean {
  const position = a.compareDocumentPosition(b);
  return (position & FOLLOWING) !== 0 && (position & CONTAINED_BY) === 0;
}

/**
 * Whether an element lies in the story's header: after the headline (or, without one, inside the
 * story's column) and before the body's first block. The byline, date line, standfirst and lead image
 * sit there.
 */
export function inStoryHeader(story: StoryMap, el: Element): boolean {
  if (!follows(el, story.bodyStart) || el.contains(story.bodyStart)) return false;
  return story.headline ? follows(story.headline, el) : story.column.contains(el);
}
