import { blockText } from '../text';

/**
 * "Is this element article text?", answered fast enough to ask for every element a rule matches.
 *
 * The article text the engine extracted is cut into lines (paragraphs, list items) and each line into
 * overlapping word 5-grams (a line shorter than that is one gram of all its words); the grams go in
 * a Set. An element's text, cut the same way, is article text in proportion to how many of its grams
 * are in the Set. Words are lower-cased letter/digit runs, so punctuation, spacing and markup
 * differences between the live page and Readability's copy do not matter; CJK characters count one
 * word each, since those scripts do not separate words with spaces.
 */

export const GRAM_WORDS = 5;
const CJK = '\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff';
const WORD = new RegExp(`[${CJK}]|[^\\s\\p{P}\\p{S}${CJK}]+`, 'gu');

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The grams of one block of text. */
export function blockGrams(block: string): string[] {
  const w = words(block);
  if (w.length === 0) return [];
  if (w.length <= GRAM_WORDS) return [w.join(' ')];
  const grams: string[] = [];
  for (let i = 0; i + GRAM_WORDS <= w.length; i++) grams.push(w.slice(i, i + GRAM_WORDS).join(' '));
  return grams;
}

/**
 * Plain text as `blockText` and `Article.text` give it → its lines. A line is the unit grams stay
 * inside: a paragraph, a list item, a line of a `<br>`-broken block — the same units on the live page
 * and in Readability's copy, whichever container they sit in.
 */
export function splitBlocks(text: string): string[] {
  return text.split(/\n+/).filter((b) => b.trim() !== '');
}

export interface ArticleIndex {
  grams: Set<string>;
  /** Grams in the article, counting repeats: the denominator of retention. */
  total: number;
}

export function buildArticleIndex(articleText: string): ArticleIndex {
  const grams = new Set<string>();
  let total = 0;
  for (const block of splitBlocks(articleText)) {
    for (const g of blockGrams(block)) {
      grams.add(g);
      total++;
    }
  }
  return { grams, total };
}

export interface Overlap {
  /** The element's grams found in the article (counting stops at `stopAt`). */
  hits: number;
  /** The element's grams looked at. */
  grams: number;
}

/** How much of an element's text is article text; stops counting once `stopAt` grams hit. */
export function articleOverlap(index: ArticleIndex, el: Node, stopAt = Infinity): Overlap {
  let hits = 0;
  let grams = 0;
  for (const block of splitBlocks(blockText(el))) {
    for (const g of blockGrams(block)) {
      grams++;
      if (index.grams.has(g) && ++hits >= stopAt) return { hits, grams };
    }
  }
  return { hits, grams };
}

/**
 * Three grams of article (about seven words in a row) protect an element, whatever else it holds; a
 * short element is protected when half of it is article. One or two chance grams ("one of the most
 * important") in a long widget do not.
 */
export const PROTECT_HITS = 3;

export function holdsArticleText(index: ArticleIndex, el: Node): boolean {
  const { hits, grams } = articleOverlap(index, el, PROTECT_HITS);
  return hits >= PROTECT_HITS || (hits > 0 && hits * 2 >= grams);
}
