/**
 * The words a story is compared on. Two copies of one story differ in punctuation, quotes, accents, case,
 * "U.S." against "US" and the blank lines between blocks; none of that should make their words differ.
 */

/** Kana, CJK ideographs and Hangul: written without spaces, so each character is a word (as countWords). */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/**
 * The paragraphs of an article's plain text (clean()'s `article.text`: a blank line between blocks, "- "
 * before list items, a line each for a text dump's lines): one entry per non-empty line, the list marker
 * dropped, lines without a letter or digit left out. Indexes into this list are what compareParagraphs returns.
 */
export function storyParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d{1,3}\.)\s+/, '').trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
}

/**
 * A paragraph's words, lower-case, accents stripped; apostrophes and dots inside a word are dropped
 * ("U.S." and "US" are one word, "network's" and "network’s" too).
 */
export function storyWords(paragraph: string): string[] {
  const folded = paragraph
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])[.'’](?=[\p{L}\p{N}])/gu, '')
    .replace(CJK, ' $& ');
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}
