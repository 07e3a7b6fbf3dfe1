/**
 * The start of a long article, for a view that cannot lay out all of it in time: the popup shows an
 * article of a million characters in over a second, so it shows the first part and offers the rest.
 * It cuts nodes already parsed (the sanitiser's fragment): no HTML is written here.
 */

/** A cut looks this far back for a space, so that it falls between words. */
const WORD_BOUNDARY_REACH = 100;
/** NodeFilter.SHOW_TEXT (not a global in Node). */
const SHOW_TEXT = 0x4;

/**
 * Keeps the first `maxChars` characters of text under `root`, in document order, and removes everything
 * after them: the text node where the count runs out is cut (between words when a space is near), and
 * every node after it goes, so no empty element is left dangling. Returns whether anything was removed.
 */
export function keepFirstChars(root: Node, maxChars: number): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let left = maxChars;
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.length <= left) {
      left -= text.length;
      continue;
    }
    const space = text.data.lastIndexOf(' ', left);
    text.data = text.data.slice(0, space >= 0 && space > left - WORD_BOUNDARY_REACH ? space : left);
    last = text;
    break;
  }
  if (!last) return false;
  // Everything after `last`: its following siblings, then those of each ancestor up to `root`.
  for (let node: Node | null = last; node && node !== root; node = node.parentNode)
    while (node.nextSibling) node.nextSibling.remove();
  return true;
}
