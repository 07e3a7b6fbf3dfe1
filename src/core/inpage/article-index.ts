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
  return gramsOfWords(words(block));
}

/** The grams of one block's words. */
function gramsOfWords(w: string[]): string[] {
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
  /**
   * Article lines too short to reach PROTECT_HITS grams (2 to SHORT_LINE_WORDS words: a tag line, a
   * caption, a subheading), as their words joined by spaces; `shortSizes` are their word counts.
   */
  shortLines: Set<string>;
  shortSizes: number[];
  /** The article's lines with their grams, repeats included (what retention counts over). */
  lines: { text: string; grams: string[] }[];
}

/** The last index built: the DOM-ready pass and the late-widget cleaner index the same article. */
let last: { articleText: string; index: ArticleIndex } | null = null;

export function buildArticleIndex(articleText: string): ArticleIndex {
  if (last?.articleText === articleText) return last.index;
  const index = indexArticle(articleText);
  last = { articleText, index };
  return index;
}

function indexArticle(articleText: string): ArticleIndex {
  const grams = new Set<string>();
  const shortLines = new Set<string>();
  const sizes = new Set<number>();
  const lines: ArticleIndex['lines'] = [];
  let total = 0;
  for (const block of splitBlocks(articleText)) {
    const w = words(block);
    const lineGrams = gramsOfWords(w);
    lines.push({ text: block, grams: lineGrams });
    for (const g of lineGrams) {
      grams.add(g);
      total++;
    }
    // A line of numbers alone (a slide counter "1 / 5", a score) names nothing: any widget with a date
    // or a count would hold it, and so be kept as article.
    if (w.length >= 2 && w.length <= SHORT_LINE_WORDS && w.some((word) => /\D/.test(word))) {
      shortLines.add(w.join(' '));
      sizes.add(w.length);
    }
  }
  return { grams, total, shortLines, shortSizes: [...sizes].sort((a, b) => a - b), lines };
}

export interface Overlap {
  /** The element's grams found in the article (counting stops at `stopAt`). */
  hits: number;
  /** The element's grams looked at. */
  grams: number;
}

/** How much of an element's text is article text; stops counting once `stopAt` grams hit. */
export function articleOverlap(index: ArticleIndex, el: Node, stopAt = Infinity): Overlap {
  return overlapOfLines(index, wordsOfLines(splitBlocks(blockText(el))), stopAt);
}

/** Each line's words, read on first use (a check that stops early reads only the lines it needed). */
function wordsOfLines(lines: string[]): { count: number; at(k: number): string[] } {
  const read: string[][] = [];
  return { count: lines.length, at: (k) => (read[k] ??= words(lines[k]!)) };
}

function overlapOfLines(
  index: ArticleIndex,
  lines: ReturnType<typeof wordsOfLines>,
  stopAt: number,
): Overlap {
  let hits = 0;
  let grams = 0;
  for (let k = 0; k < lines.count; k++) {
    for (const g of gramsOfWords(lines.at(k))) {
      grams++;
      if (index.grams.has(g) && ++hits >= stopAt) return { hits, grams };
    }
  }
  return { hits, grams };
}

/**
 * Three grams of article (about seven words in a row) protect an element, whatever else it holds; a
 * short element is protected when half of it is article. One or two chance grams ("one of the most
 * important") in a long widget do not. An article line too short for three grams (a tag line, a
 * caption) protects the element that holds it whole: hidden, that line would be lost to the reader.
 */
export const PROTECT_HITS = 3;
export const SHORT_LINE_WORDS = GRAM_WORDS + PROTECT_HITS - 2;

export function holdsArticleText(index: ArticleIndex, el: Node): boolean {
  return articleHold(index, splitBlocks(blockText(el))) !== null;
}

/**
 * How lines of text (one block's own lines, say) hold article text, by `holdsArticleText`'s test: a run
 * of PROTECT_HITS grams (`run`), or only something shorter — half of a few grams, a whole short line of
 * the article (`line`: a subheading, a caption, but also a menu item that happens to be one) — or none.
 */
export function articleHold(index: ArticleIndex, text: string[]): 'run' | 'line' | null {
  const lines = wordsOfLines(text);
  const { hits, grams } = overlapOfLines(index, lines, PROTECT_HITS);
  if (hits >= PROTECT_HITS) return 'run';
  if (hits > 0 && hits * 2 >= grams) return 'line';
  if (index.shortLines.size === 0) return null;
  for (let k = 0; k < lines.count; k++) if (holdsShortLine(index, lines.at(k))) return 'line';
  return null;
}

/** Whether these words contain one of the article's short lines as a run. */
function holdsShortLine(index: ArticleIndex, w: string[]): boolean {
  for (const k of index.shortSizes) {
    for (let i = 0; i + k <= w.length; i++)
      if (index.shortLines.has(w.slice(i, i + k).join(' '))) return true;
  }
  return false;
}
