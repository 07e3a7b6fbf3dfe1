import { describe, expect, it } from 'vitest';
import { buildArticleIndex } from '../../../src/core/inpage/article-index';
import { nonStoryShare, uncoveredLines, uncoveredWords } from '../../../src/core/inpage/non-story';

const ARTICLE = [
  'Harbour walls to be rebuilt',
  'The harbour city council voted on Tuesday to rebuild the flood walls along the old port.',
  'Work starts in spring and is expected to take four years, the mayor told reporters.',
].join('\n\n');

describe('visible non-story text', () => {
  const index = buildArticleIndex(ARTICLE);

  it('counts every word of a line the article does not hold, and none of one it holds', () => {
    expect(
      uncoveredLines('Menu Home World Sport Business Culture\nHarbour walls to be rebuilt', index),
    ).toEqual([
      { line: 'Menu Home World Sport Business Culture', uncovered: 6 },
      { line: 'Harbour walls to be rebuilt', uncovered: 0 },
    ]);
  });

  it('within a long line, counts the words no article gram spans', () => {
    // Eleven words: the five of the article's run are covered, the six of the appended teaser are not.
    const line = 'voted on Tuesday to rebuild - read more about the city budget';
    expect(uncoveredLines(line, index)).toEqual([{ line, uncovered: 6 }]);
  });

  it('reads words as the article index does: case, punctuation and spacing do not matter', () => {
    const rendered = ARTICLE.toUpperCase().replace(/[.,]/g, ' ;').replace(/\n\n/g, '\n');
    expect(uncoveredWords(rendered, index)).toBe(0);
  });

  it('is a short line covered only when it is an article gram whole', () => {
    // "Harbour walls" is part of the headline's gram, not a gram of its own.
    expect(uncoveredWords('Harbour walls', index)).toBe(2);
  });

  it('gives the share of the words before cleaning still shown that are not the story', () => {
    const clutter = 'Menu Home World Sport\nMost read: ten things to do this weekend';
    const before = `${clutter}\n${ARTICLE}`;
    // 4 + 8 clutter words of 12 + 5 + 16 + 15 = 48.
    expect(nonStoryShare(index, before, before)).toBeCloseTo(12 / 48, 10);
    expect(nonStoryShare(index, before, `Menu Home World Sport\n${ARTICLE}`)).toBeCloseTo(4 / 48, 10);
    expect(nonStoryShare(index, before, ARTICLE)).toBe(0);
    expect(nonStoryShare(index, '', 'anything')).toBe(0);
  });
});
