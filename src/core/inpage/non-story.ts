import { blockGrams, GRAM_WORDS, splitBlocks, words, type ArticleIndex } from './article-index';

/**
 * The text a reader still sees that is not the story: words of the page's text that no gram of the
 * extracted article covers. On text, so the same measure serves a DOM (jsdom, `measureInPageCleaning`
 * on `blockText`) and a real browser (`body.innerText` in `bench:browser`).
 */

/** One line of a text (as `splitBlocks` cuts it) and how many of its words no article gram covers. */
export interface UncoveredLine {
  line: string;
  uncovered: number;
}

/**
 * Each line with its uncovered words. A line of up to GRAM_WORDS words is one gram, covered whole or
 * not at all; in a longer line a word is covered when any article gram spans it.
 */
export function uncoveredLines(text: string, index: ArticleIndex): UncoveredLine[] {
  return splitBlocks(text).map((line) => {
    const w = words(line);
    if (w.length <= GRAM_WORDS)
      return { line, uncovered: index.grams.has(blockGrams(line)[0] ?? '') ? 0 : w.length };
    const covered = new Array<boolean>(w.length).fill(false);
    for (let i = 0; i + GRAM_WORDS <= w.length; i++)
      if (index.grams.has(w.slice(i, i + GRAM_WORDS).join(' '))) covered.fill(true, i, i + GRAM_WORDS);
    return { line, uncovered: covered.filter((c) => !c).length };
  });
}

/** What is left on screen that is not the story (see `nonStoryText`). */
export interface NonStoryText {
  /** Words of the page's text before cleaning: the denominator. */
  wordsBefore: number;
  /** Words of the text after cleaning that no article gram covers. */
  words: number;
  /** `words ÷ wordsBefore`; 0 for an empty page. */
  share: number;
  /** The lines after cleaning that hold such words, in page order. */
  lines: UncoveredLine[];
}

/**
 * The visible non-story text: words of `after` (the page's text after cleaning) that are not the
 * article's, as a share of the words of `before` (the same page before cleaning).
 */
export function nonStoryText(index: ArticleIndex, before: string, after: string): NonStoryText {
  const wordsBefore = words(before).length;
  const lines = uncoveredLines(after, index).filter((l) => l.uncovered > 0);
  const uncovered = lines.reduce((n, l) => n + l.uncovered, 0);
  return { wordsBefore, words: uncovered, share: wordsBefore === 0 ? 0 : uncovered / wordsBefore, lines };
}
