import { describe, expect, it } from 'vitest';
import { withRuleAppended } from '../../../src/core/zapper';

describe('withRuleAppended', () => {
  it('adds the rule as the last line, after the reader’s own text as it was', () => {
    const mine = '! my rules\nexample.com##.promo\n##p:has-text(/^Ad$/\n';
    expect(withRuleAppended(mine, 'news.example##.sponsor')).toBe(
      '! my rules\nexample.com##.promo\n##p:has-text(/^Ad$/\nnews.example##.sponsor',
    );
  });

  it('starts an empty list with the rule', () => {
    expect(withRuleAppended('', 'news.example##.sponsor')).toBe('news.example##.sponsor');
    expect(withRuleAppended('\n\n', 'news.example##.sponsor')).toBe('news.example##.sponsor');
  });

  it('does not add a rule that is there already', () => {
    const mine = 'news.example##.sponsor\n! note';
    expect(withRuleAppended(mine, 'news.example##.sponsor')).toBe(mine);
  });
});
