/** The benchmark's scoring rules: others read its figures, so the rules themselves are tested. */
import { describe, expect, it } from 'vitest';
import { spread } from '../../bench/lib/runner';
import { metrics, normalizeSpace, sameDate, sameText, scoreCase, tokenRecall } from '../../bench/lib/score';
import { percentile, summarize } from '../../bench/lib/stats';

describe('trafilatura scoring rule', () => {
  it('counts with/without segments as whitespace-normalised, case-sensitive substrings', () => {
    const s = scoreCase(
      'Alpha  beta\n\ngamma delta',
      ['beta gamma', 'Delta', 'alpha'],
      ['gamma  delta', 'omega'],
    );
    expect(s).toMatchObject({
      tp: 1,
      fn: 2,
      fp: 1,
      tn: 1,
      missed: ['Delta', 'alpha'],
      leaked: ['gamma  delta'],
    });
  });

  it('scores empty output as every with missed and every without rejected', () => {
    expect(scoreCase('  \n', ['a'], ['b', ''])).toMatchObject({ tp: 0, fn: 1, fp: 0, tn: 2 });
  });

  it('does not match across blocks joined without a separator', () => {
    expect(scoreCase('end.Start', ['end. Start'], []).tp).toBe(0);
  });

  it('micro-averages precision, recall, F1 and accuracy from summed counts', () => {
    const m = metrics({ tp: 6, fn: 2, fp: 3, tn: 9 });
    expect(m.precision).toBeCloseTo(6 / 9);
    expect(m.recall).toBeCloseTo(6 / 8);
    expect(m.f1).toBeCloseTo(12 / 17);
    expect(m.accuracy).toBeCloseTo(15 / 20);
    expect(metrics({ tp: 0, fn: 0, fp: 0, tn: 0 }).f1).toBe(0);
  });

  it('normalises every kind of whitespace run, as upstream does', () => {
    expect(normalizeSpace(' a\u00a0\t b\n')).toBe('a b');
  });
});

describe('token recall', () => {
  it('is the share of reference tokens (a multiset, case-folded) found in the candidate', () => {
    expect(tokenRecall('The cat saw the dog', 'the CAT saw a dog')).toBeCloseTo(4 / 5);
    expect(tokenRecall('', 'anything')).toBe(1);
    expect(tokenRecall('word', '')).toBe(0);
  });

  it('counts CJK ideographs one token each', () => {
    expect(tokenRecall('新闻报道', '新闻')).toBeCloseTo(2 / 4);
  });
});

describe('field comparison', () => {
  it('compares text fields with whitespace collapsed, null meaning none', () => {
    expect(sameText('Melissa  Porter', 'Melissa Porter')).toBe(true);
    expect(sameText('Melissa Porter', 'By Melissa Porter')).toBe(false);
    expect(sameText(null, null)).toBe(true);
    expect(sameText(null, 'AFP')).toBe(false);
  });

  it('compares dates as instants, or as a calendar date when only a date is expected', () => {
    expect(sameDate('2018-08-07T00:05:00+05:30', '2018-08-06T18:35:00Z')).toBe(true);
    expect(sameDate('2018-08-07T00:05:00+05:30', '2018-08-07T00:05:00Z')).toBe(false);
    expect(sameDate('2018-08-08', '2018-08-08T09:14:00+02:00')).toBe(true);
    expect(sameDate('2018-08-08', '2018-08-09')).toBe(false);
    expect(sameDate('2018-08-07T10:31:00+05:00', '2018-08-07')).toBe(false);
    expect(sameDate('2018-08-08', null)).toBe(false);
  });
});

describe('sampling and statistics', () => {
  it('spreads a limit evenly and deterministically over the list', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(spread(items, 4)).toEqual([0, 2, 5, 7]);
    expect(spread(items, 0)).toEqual(items);
    expect(spread(items, 20)).toEqual(items);
  });

  it('takes nearest-rank percentiles', () => {
    const v = [5, 1, 4, 2, 3];
    expect(percentile(v, 50)).toBe(3);
    expect(percentile(v, 95)).toBe(5);
    expect(summarize(v)).toMatchObject({ n: 5, median: 3, total: 15, mean: 3 });
    expect(summarize([]).median).toBe(0);
  });
});
