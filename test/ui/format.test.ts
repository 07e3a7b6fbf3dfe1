import { describe, expect, it } from 'vitest';
import type { Removal, RuleFamily } from '../../src/core/types';
import {
  displayHost,
  formatPublished,
  readingTimeLabel,
  removalSummary,
  safeHttpUrl,
} from '../../src/ui/format';

const removal = (family: RuleFamily): Removal => ({
  ruleId: `${family}.x`,
  family,
  stage: 'pre',
  preview: '',
  textLength: 0,
});

describe('removalSummary', () => {
  it('nothing removed: null', () => {
    expect(removalSummary([])).toBeNull();
  });

  it('counts by family, most first; a single block is named without a count', () => {
    const removals = [
      removal('share'),
      removal('tickers'),
      removal('share'),
      removal('comments'),
      removal('share'),
    ];
    expect(removalSummary(removals)).toBe('3 share blocks, ticker bar, comment section');
  });

  it('ties keep the families’ reading order', () => {
    expect(removalSummary([removal('related'), removal('tickers')])).toBe('ticker bar, related-stories list');
  });
});

describe('formatPublished', () => {
  it('a calendar date is shown as written, whatever the reader’s time zone', () => {
    expect(formatPublished('2018-08-07', 'en-US')).toBe('August 7, 2018');
    expect(formatPublished('2018-08-07', 'de-DE')).toBe('7. August 2018');
  });

  it('a date-time gets the time too, in the reader’s locale', () => {
    expect(formatPublished('2018-08-07T10:31:00+05:00', 'en-GB')).toMatch(/^7 August 2018/);
  });

  it('the day alone, for the popup’s list of other copies', () => {
    expect(formatPublished('2018-08-07', 'en-US', true)).toBe('Aug 7, 2018');
    expect(formatPublished('2018-08-07T10:31:00+05:00', 'en-GB', true)).toBe('7 Aug 2018');
  });

  it('an unreadable value is shown raw rather than lost', () => {
    expect(formatPublished('Tuesday morning', 'en-US')).toBe('Tuesday morning');
  });
});

describe('small labels', () => {
  it('reading time', () => {
    expect(readingTimeLabel(0)).toBe('');
    expect(readingTimeLabel(1)).toBe('1 min read');
    expect(readingTimeLabel(7)).toBe('7 min read');
  });

  it('safe http(s) address', () => {
    expect(safeHttpUrl('https://steemit.com/a?b=1')).toBe('https://steemit.com/a?b=1');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });

  it('display host', () => {
    expect(displayHost('https://www.brecorder.com/news/1')).toBe('brecorder.com');
    expect(displayHost('nonsense')).toBe('nonsense');
  });
});
