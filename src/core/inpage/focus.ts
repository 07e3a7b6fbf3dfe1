import { BUILTIN_RULES } from '../rules/compile';
import { safeMatches } from '../rules/match';
import { textTestOf } from '../rules/text-test';
import { FOCUS_ATTR } from './css';
import { BLOCK_TAGS } from '../rules/tree';
import { collapse, countWords } from '../text';
import { follows, inStoryHeader, type StoryMap } from './story-map';

/**
 * Focus: on the live page, everything that is not the story is hidden — the story being its header
 * (headline, standfirst, byline, date line, lead image and caption), its body as the engine extracted it,
 * and the site's logo. The plan walks down from `<body>` along the story's ancestors; at each level a
 * child that holds none of the story is hidden whole (an ancestor's sibling: a sidebar, the footer, a top
 * link bar), so nothing needs a rule to name it. Inside the story the same holds for blocks that are not
 * article text ("Continue reading", a sign-up row), while pictures between its paragraphs stay.
 */
export interface FocusPlan {
  /** The elements to hide, outermost only, in document order. */
  hide: Element[];
  /** The site's logo link, kept (see `findMasthead`). */
  masthead: Element | null;
}

/** Why a page was cleaned in Tidy although Focus was asked for. */
export type FocusFallback =
  /** The engine found no article to focus on. */
  | 'no-article'
  /** No block of the page holds the article's text (the page renders it differently). */
  | 'story-not-found'
  /** Hiding all but the story would hide some of the article text. */
  | 'story-text-lost';

/** What Focus blocks are recorded under: an engine judgement, so "always show" excepts the element. */
export const FOCUS_CAUSE = { ruleId: 'focus:not-story', family: 'furniture' } as const;

/** Not painted: nothing to hide, nothing to list. */
const UNPAINTED = new Set(['script', 'style', 'link', 'meta', 'template', 'noscript', 'base', 'title']);
const MEDIA = 'img, picture, video, audio, svg, canvas, iframe, embed, object';
/** A standfirst, byline and date line fit in this; a sidebar panel between headline and body does not. */
const HEADER_MAX_WORDS = 80;
/** A picture's caption and credit fit in this. */
const CAPTION_MAX_WORDS = 60;
const BLOCKS = [...BLOCK_TAGS].join(', ');

export function planFocus(
  body: Element,
  story: StoryMap,
  masthead: Element | null,
  keepSelectors: readonly string[] = [],
): FocusPlan {
  const body_ = new Set(story.blocks);
  const anchors = [...story.blocks, story.headline, masthead].filter((el): el is Element => el !== null);
  /** Elements holding some of the story (or the logo): walked into, never hidden. */
  const onPath = new Set<Element>();
  for (const anchor of anchors)
    for (let p = anchor.parentElement; p && !onPath.has(p); p = p.parentElement) onPath.add(p);
  const first =
    story.headline && follows(story.headline, story.blocks[0]!) ? story.headline : story.blocks[0]!;
  const last = story.blocks.at(-1)!;
  const lead = leadPictures(story);

  const keeps = (el: Element, inBody: boolean): boolean => {
    if (UNPAINTED.has(el.localName) || el.hasAttribute('hidden') || isSkipLink(el)) return true;
    // Inside a body block, an inline child (a link, an emphasis, an image) is part of its lines.
    if (inBody && !BLOCK_TAGS.has(el.localName) && !el.querySelector(BLOCKS)) return true;
    if (keepSelectors.some((s) => safeMatches(el, s))) return true;
    if (lead.has(el)) return true;
    if (inStoryHeader(story, el)) return headerPart(el);
    // Between the story's first and last block: pictures and their captions stay, text that is not
    // article text goes.
    if (follows(first, el) && follows(el, last)) return picture(el);
    return false;
  };

  const hide: Element[] = [];
  const visit = (el: Element) => {
    const inBody = body_.has(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (onPath.has(c) || body_.has(c)) visit(c);
      else if (c === story.headline || c === masthead) continue;
      else if (!keeps(c, inBody)) hide.push(c);
    }
  };
  visit(body);
  return { hide, masthead };
}

/** "Skip to content" shows only to keyboard users, who need it (the rule in-place cleaning leaves alone). */
const SKIP_LINK = BUILTIN_RULES.find((r) => r.id === 'navigation.skip-link');
const skipLinkText = SKIP_LINK ? textTestOf(SKIP_LINK) : null;

function isSkipLink(el: Element): boolean {
  if (!SKIP_LINK || !safeMatches(el, SKIP_LINK.selector)) return false;
  return skipLinkText?.(collapse(el.textContent ?? '')) ?? true;
}

/** A picture, text-free or with a short caption; or no text at all (a spacer, an empty slot). */
function picture(el: Element): boolean {
  const text = collapse(el.textContent ?? '');
  if (text === '') return true;
  return hasMedia(el) && countWords(text) <= CAPTION_MAX_WORDS && !linkList(el, text);
}

/** A part of the story's header: short, and not a row of links (a menu, a share bar). */
function headerPart(el: Element): boolean {
  const text = collapse(el.textContent ?? '');
  return countWords(text) <= HEADER_MAX_WORDS && !linkList(el, text);
}

function hasMedia(el: Element): boolean {
  return el.matches(MEDIA) || el.querySelector(MEDIA) !== null;
}

const LINK_LIST_MIN = 3;
const LINK_SHARE = 0.7;

function linkList(el: Element, text: string): boolean {
  const links = Array.from(el.querySelectorAll('a[href]'));
  if (links.length < LINK_LIST_MIN) return false;
  const chars = links.reduce((n, a) => n + collapse(a.textContent ?? '').length, 0);
  return chars >= text.length * LINK_SHARE;
}

/**
 * A lead picture placed just before the headline (many themes put the featured image above the
 * title): the element right before the headline, or before one of its ancestors below the element
 * that holds both headline and body.
 */
function leadPictures(story: StoryMap): Set<Element> {
  const lead = new Set<Element>();
  const { headline, bodyStart } = story;
  if (!headline) return lead;
  for (let x: Element | null = headline; x && !x.contains(bodyStart); x = x.parentElement) {
    const prev = x.previousElementSibling;
    if (prev && hasMedia(prev) && picture(prev)) lead.add(prev);
  }
  return lead;
}

/** Marks of the elements around the story (css.ts): what is added to them is beside the story. */
const AROUND = new Set(['page', 'path', 'masthead-path']);

/**
 * After Focus, an element that arrives beside the story (a child of <body> or of an element around the
 * story: an overlay, a late sidebar, a sticky bar) is not the story either. The caller still checks
 * its text against the article before it stays hidden.
 */
export function isBesideStory(el: Element): boolean {
  const marks = el.parentElement?.getAttribute(FOCUS_ATTR);
  if (!marks || el.hasAttribute(FOCUS_ATTR) || UNPAINTED.has(el.localName)) return false;
  return marks.split(' ').some((m) => AROUND.has(m));
}
