import { describe, expect, it } from 'vitest';
import { buildArticleIndex } from '../../../src/core/inpage/article-index';
import { nonStoryText, uncoveredLines } from '../../../src/core/inpage/non-story';

const ARTICLE = [
  'Harbour walls to be rebuilt',
  'The harbour city council voted on Tuesday to rebuild the flood walls along the old port.',
  'Work starts in spring and is expected to take four years, the mayor told reporters.',
].join('\n\n');

describe('visible non-story text', () => {
  const index = buildArticleIndex(ARTICLE);
  const uncovered = (text: string) => uncoveredLines(text, index).reduce((n, l) => n + l.uncovered, 0);

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
    expect(uncovered(ARTICLE.toUpperCase().replace(/[.,]/g, ' ;').replace(/\n\n/g, '\n'))).toBe(0);
  });

  it('covers a short line only when it is an article gram whole', () => {
    // "Harbour walls" is part of the headline's gram, not a gram of its own.
    expect(uncovered('Harbour walls')).toBe(2);
  });

  it('gives the words still shown that are not the story, as a share of the words before cleaning', () => {
    const menu = 'Menu Home World Sport';
    const mostRead = 'Most read: ten things to do this weekend';
    const before = `${menu}\n${ARTICLE}\n${mostRead}`;
    // 4 + 8 words of clutter; 5 + 16 + 15 of story: 48 in all.
    expect(nonStoryText(index, before, before)).toEqual({
      wordsBefore: 48,
      words: 12,
      share: 12 / 48,
      lines: [
        { line: menu, uncovered: 4 },
        { line: mostRead, uncovered: 8 },
      ],
    });
    expect(nonStoryText(index, before, `${menu}\n${ARTICLE}`).share).toBe(4 / 48);
    expect(nonStoryText(index, before, ARTICLE)).toMatchObject({ words: 0, share: 0, lines: [] });
    expect(nonStoryText(index, '', 'anything').share).toBe(0);
  });
});
