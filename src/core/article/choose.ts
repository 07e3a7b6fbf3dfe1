/**
 * Which candidate is the article: Readability's pick, or a second opinion the page offers (its declared
 * body container, its JSON-LD `articleBody`, or the page read again without its comment thread). The
 * pipeline (clean.ts) extracts the candidates; this module only weighs their summaries and returns the
 * choice, so the rule is one readable function with its own tests.
 */
import { forEachElement } from '../rules/tree';

export type CandidateSource = 'readability' | 'declared' | 'without-thread' | 'json-ld';

export interface CandidateSummary {
  source: CandidateSource;
  /** Its text after the rules, in characters. */
  chars: number;
  /** The share of its text inside comment units (commentThreadShare). */
  threadShare: number;
}

/** A candidate whose text is at least this share comment units is a comment thread. */
export const THREAD_SHARE = 0.5;
/** Below this a candidate is no post body at all (a caption, a "Leave a reply" line). */
export const MIN_POST_CHARS = 80;
/**
 * How much longer than Readability's pick a second opinion must be to replace it: the declared container
 * wins when it holds more text than the pick; JSON-LD's `articleBody` (plain text, no markup) only when
 * the pick has less than half of it.
 */
const LONGER_BY: Readonly<Record<CandidateSource, number>> = {
  readability: 1,
  declared: 1,
  'without-thread': 1,
  'json-ld': 2,
};

export const isThread = (c: CandidateSummary): boolean => c.chars > 0 && c.threadShare >= THREAD_SHARE;

/**
 * The article among `readability` (Readability's pick) and `others` (second opinions, in the order the
 * page's own declarations rank them). A comment thread is never chosen over a post body that exists,
 * however short; otherwise, in turn, a second opinion replaces the best so far when it is sufficiently
 * longer (Readability can settle on a teaser, a caption block or one section of a body the page declares).
 */
export function chooseArticle(
  readability: CandidateSummary,
  others: readonly CandidateSummary[],
): CandidateSummary {
  const posts = others.filter((c) => !isThread(c) && c.chars >= MIN_POST_CHARS);
  let best = isThread(readability) && posts.length > 0 ? posts[0]! : readability;
  for (const c of posts) if (c !== best && c.chars > best.chars * LONGER_BY[c.source]) best = c;
  return best;
}

/**
 * A class or id token that names a comment unit or a thread (`comment`, `comments`, `comment-list`,
 * `wp-comment-body` …), not a state of the post (`comments-open`, `no-comments`, `comment-count`).
 */
const COMMENT_NAME =
  /^(?:(?:wp|post|article|user|reader)[-_])?(?:commentlist|comments?(?:[-_](?:list|body|content|text|thread|area|item|wrapper|container|section|entry))?)$/i;
const COMMENT_ITEM = /schema\.org\/Comment\b/i;
const COMMENT_WORD = /comment/i;
const REPLY = /^(?:reply|antworten|répondre|responder|rispondi|antwoorden|svara|odpowiedz)\b/i;
/** A thread without names: this many sibling units, each with a date and a reply link. */
const MIN_REPEATED_UNITS = 3;

/**
 * The comment units in `root` (outermost only): elements a page marks as comments (schema.org `Comment`
 * items, a `comment`/`comments`/`comment-list` class or id), and runs of sibling units that each carry a
 * date and a "Reply" link (a thread whose markup names nothing). Reads classes, so call it before they
 * are stripped.
 */
export function commentUnits(root: Element): Element[] {
  // One walk, reading attributes and tags: jsdom answers each attribute-substring selector with a walk of
  // its own that costs several times this one.
  const units = new Set<Element>();
  const replies: Element[] = [];
  const times: Element[] = [];
  forEachElement(root, (el) => {
    if (isMarkedComment(el)) units.add(el);
    const tag = el.localName;
    if ((tag === 'a' || tag === 'button') && REPLY.test((el.textContent ?? '').trim())) replies.push(el);
    if (tag === 'time' || el.hasAttribute('datetime')) times.push(el);
  });
  // Most pages have no Reply link at all: the walk for repeated units is for those that have a few.
  if (replies.length >= MIN_REPEATED_UNITS) {
    const hasReply = (el: Element) => replies.some((r) => el.contains(r));
    for (const time of times) {
      const unit = repeatedUnitOf(time, root, hasReply);
      if (unit) units.add(unit);
    }
  }
  return [...units].filter((unit) => {
    for (let p = unit.parentElement; p && p !== root; p = p.parentElement) if (units.has(p)) return false;
    return true;
  });
}

/** A schema.org `Comment` item, or an element whose class or id names a comment unit or thread. */
function isMarkedComment(el: Element): boolean {
  const itemtype = el.getAttribute('itemtype');
  if (itemtype && COMMENT_ITEM.test(itemtype)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return COMMENT_WORD.test(names) && names.split(/\s+/).some((n) => COMMENT_NAME.test(n));
}

/** The share of `root`'s text inside its comment units. */
export function commentThreadShare(root: Element): number {
  const total = textLength(root);
  if (total === 0) return 0;
  const inside = commentUnits(root).reduce((n, unit) => n + textLength(unit), 0);
  return Math.min(1, inside / total);
}

/** The child of a repeated-unit list that holds `time`, when it and enough siblings have a reply link. */
function repeatedUnitOf(time: Element, root: Element, hasReply: (el: Element) => boolean): Element | null {
  for (let unit: Element | null = time; unit && unit !== root; unit = unit.parentElement) {
    const list = unit.parentElement;
    if (!list) return null;
    const siblings = Array.from(list.children).filter((c) => c.localName === unit!.localName);
    if (siblings.length < MIN_REPEATED_UNITS) continue;
    const replying = siblings.filter((s) => hasReply(s) && s.querySelector('time, [datetime]')).length;
    return replying >= MIN_REPEATED_UNITS && replying * 2 >= siblings.length && hasReply(unit) ? unit : null;
  }
  return null;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
