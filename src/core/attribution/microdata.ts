import { cleanByline, looksLikeName } from './byline';
import { isOutsideStory } from './dom';

/** Items whose author is not the story's: a comment's, a review's, an answer's. */
const OTHER_ITEM = /Comment|Review|Answer|Question|Rating/i;
const NAME_PROP = /(?:^|\s)name(?:\s|$)/i;
/** More distinct names than this is a list of other stories' authors, not a byline. */
const MAX_NAMES = 6;

/**
 * The story's authors as its own markup marks them, in document order: an `itemprop="author"` item
 * (`itemscope itemtype=…/Person`) by its `itemprop="name"` (or its own text when it has none), a plain
 * `itemprop="author"` element by its text (or `content`); only when the page marks no author property,
 * an `<a rel="author">` by its text when that reads as a name (a rel=author link is also how a site
 * links the authors of the teasers around the story). Marks in site furniture (comments, sidebars,
 * related lists; `headline` as in isOutsideStory) and in comment or review items are skipped.
 */
export function microdataAuthors(marks: readonly Element[], headline: Element | null = null): string[] {
  const byProperty = new Map<string, string>();
  const byRel = new Map<string, string>();
  for (const el of marks) {
    if (isOutsideStory(el, headline) || inOtherItem(el)) continue;
    const name = nameOf(el);
    const list = el.hasAttribute('itemprop') ? byProperty : byRel;
    if (name && !list.has(name.toLowerCase())) list.set(name.toLowerCase(), name);
  }
  const names = [...(byProperty.size > 0 ? byProperty : byRel).values()];
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
    if (!nameEl) {
      // an item that gives no name property: its text, when that is only a name
      const own = cleanByline(el.textContent);
      return own && looksLikeName(own) ? own : null;
    }
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
