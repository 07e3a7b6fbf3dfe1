import { blockGrams, splitBlocks } from '../../src/core/inpage/article-index';
import { preview } from '../../src/core/text';

/**
 * Retention as the reader sees it in a real browser: the article text the engine extracted, compared
 * as word grams (the same units as core's `retentionReport`, see src/core/inpage/article-index.ts)
 * with the page's rendered text (`body.innerText`) before and after in-page cleaning.
 *
 * `innerText` leaves out what CSS does not render, so text the page hides itself (collapsed menus,
 * `display:none` templates) is in neither text and counts for nothing, and text Cleanwire hid is
 * missing from `after` only. Retention is measured over the article grams the page showed before
 * cleaning; `pageMatch` says how much of the article that is (Readability's copy joins and drops some).
 */
export interface VisibleRetention {
  /** Article grams shown after cleaning ÷ article grams shown before; 1 when none were shown. */
  retention: number;
  /** Article grams shown before cleaning ÷ all article grams. */
  pageMatch: number;
  /** Article grams shown before cleaning (counting repeats): the denominator. */
  shownBefore: number;
  /** …of which still shown after cleaning. */
  shownAfter: number;
  /** Article blocks of which less than half stays shown, as previews, worst first (at most `maxLost`). */
  lostBlocks: string[];
}

export function visibleRetention(
  articleText: string,
  before: string,
  after: string,
  maxLost = 5,
): VisibleRetention {
  const shown = gramSet(before);
  const stays = gramSet(after);
  let total = 0;
  let shownBefore = 0;
  let shownAfter = 0;
  const lost: { text: string; missing: number }[] = [];
  for (const block of splitBlocks(articleText)) {
    let blockBefore = 0;
    let blockAfter = 0;
    for (const g of blockGrams(block)) {
      total++;
      if (!shown.has(g)) continue;
      blockBefore++;
      if (stays.has(g)) blockAfter++;
    }
    shownBefore += blockBefore;
    shownAfter += blockAfter;
    if (blockAfter * 2 < blockBefore) lost.push({ text: block, missing: blockBefore - blockAfter });
  }
  lost.sort((a, b) => b.missing - a.missing);
  return {
    retention: shownBefore === 0 ? 1 : shownAfter / shownBefore,
    pageMatch: total === 0 ? 1 : shownBefore / total,
    shownBefore,
    shownAfter,
    lostBlocks: lost.slice(0, maxLost).map((l) => preview(l.text)),
  };
}

/** The grams of a text, cut into lines as `splitBlocks` does. */
export function gramSet(text: string): Set<string> {
  const grams = new Set<string>();
  for (const block of splitBlocks(text)) for (const g of blockGrams(block)) grams.add(g);
  return grams;
}
