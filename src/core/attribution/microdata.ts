import { cleanByline, looksLikeName } from './byline';
import { isOutsideStory } from './dom';

/** Items whose author is not the story's: a comment's, a review's, an answer's. */
const OTHER_ITEM = /Comment|Review|Answer|Question|Rating/i;
const NAME_PROP = /(?:^|\s)name(?:\s|$)/i;
/** More distinct names than this is a list of other stories' authors, not a byline. */
const MAX_NAMES = 6;

/**
 * The story's authors as its own markup marks them, in document order: an `itemprop="author"` item
 * (`itemscope itemtype=…/Person`) by its `itemprop="name"`, a plain `itemprop="author"` element by its
 * text (or `content`), an `<a rel="author">` by its text when that reads as a name. Marks in site
 * furniture (comments, sidebars, related lists) and in comment or review items are skipped.
 */
export function microdataAuthors(marks: readonly Element[]): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const el of marks) {
    if (isOutsideStory(el) || inOtherItem(el)) continue;
    const name = nameOf(el);
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names.length > MAX_NAMES ? [] : names;
}

function nameOf(el: Element): string | null {
  const isAuthorProp = el.hasAttribute('itemprop');
  let raw: string | null;
  if (isAuthorProp && el.hasAttribute('itemscope')) {
    // a Person or Organization item: only its name, not its job title, bio or links
    const nameEl = [...el.querySelectorAll('[itemprop]')].find((e) =>
      NAME_PROP.test(e.getAttribute('itemprop') ?? ''),
    );
    if (!nameEl) return null;
    raw = nameEl.getAttribute('content') ?? nameEl.textContent;
  } else {
    raw = el.getAttribute('content') ?? el.textContent;
  }
  const name = cleanByline(raw);
  if (!name) return null;
  // a rel=author link can read "More by …" or "View all posts"; an author property says it is a name
  return isAuthorProp ? (name.length <= 60 ? name : null) : looksLikeName(name) ? name : null;
}

/** Inside a comment, review or answer item (other than the mark's own item). */
function inOtherItem(el: Element): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) {
    if (e.hasAttribute('itemscope') && OTHER_ITEM.test(e.getAttribute('itemtype') ?? '')) return true;
  }
  return false;
}
