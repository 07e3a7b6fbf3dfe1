import { CODE_ELEMENTS, SHOW_TEXT } from './page-budget';
import { walkElements } from './rules/tree';

/**
 * Pages nested thousands of levels deep. The engine's time grows with the cube of the depth (in jsdom
 * 150 nested divs take 2 s and 500 take 15 s; in Chromium 5,000 took the popup's engine 1.5–4.3 s), and
 * a few thousand levels overflow recursive walks. Past MAX_DEPTH the engine reads the text one level
 * flat, as the command line's markup pass does before jsdom parses (src/cli/markup-bounds.ts). The
 * deepest page of the three corpora nests 69 deep.
 */
export const MAX_DEPTH = 128;

/**
 * Replaces what each element at `maxDepth` below the document element holds by its text nodes, in order
 * (the elements deeper than that go, their text stays); returns how many elements went. Meant for the
 * engine's working copy, never the live page.
 */
export function flattenDeepNesting(doc: Document, maxDepth = MAX_DEPTH): number {
  if (!doc.documentElement) return 0;
  let dropped = 0;
  walkElements(doc.documentElement, (el, depth) => {
    if (depth < maxDepth || !el.firstElementChild) return;
    dropped += el.getElementsByTagName('*').length;
    el.replaceChildren(...textNodesOf(el));
    return 'skip';
  });
  return dropped;
}

function textNodesOf(el: Element): Text[] {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!CODE_ELEMENTS.has((node.parentNode as Element).localName)) texts.push(node as Text);
  }
  return texts;
}
