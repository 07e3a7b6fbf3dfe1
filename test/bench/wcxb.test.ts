/** WCXB's evaluate.py scoring, as the benchmark reimplements it: others compare our figures with theirs. */
import { describe, expect, it } from 'vitest';
import { tokenPrf, wordTokens } from '../../bench/lib/wcxb';

describe('wcxb-dev scoring (evaluate.py)', () => {
  it('tokens are lower-cased \\w+ runs: Unicode letters, numbers and underscore; punctuation splits', () => {
    expect(wordTokens("Café's snake_case 3.14 Ünïcode—Straße 東京")).toEqual([
      'café',
      's',
      'snake_case',
      '3',
      '14',
      'ünïcode',
      'straße',
      '東京',
    ]);
  });

  it('per page: multiset overlap over the extraction (precision) and over the reference (recall)', () => {
    // reference: the ×2, cat, sat; extraction: the ×3, cat, ran → overlap the ×2 + cat = 3
    const s = tokenPrf('The cat sat the', 'the the THE cat ran');
    expect(s.precision).toBeCloseTo(3 / 5);
    expect(s.recall).toBeCloseTo(3 / 4);
    expect(s.f1).toBeCloseTo((2 * 0.6 * 0.75) / (0.6 + 0.75));
  });

  it('an empty extraction scores 0, and so does one sharing no word', () => {
    expect(tokenPrf('some words', '')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(tokenPrf('some words', 'other text')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
