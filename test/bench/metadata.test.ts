import { describe, expect, it } from 'vitest';
import { calendarDay, pageMetadata, sameDay, sameName, scoreMetadata } from '../../bench/lib/metadata';

describe('sameName', () => {
  it('ignores case, a leading "By" and a site-name suffix on a long headline', () => {
    expect(sameName('Jane Doe', 'By JANE DOE')).toBe(true);
    expect(
      sameName(
        'Banks keep funding the oil wells that heat the planet',
        'Banks keep funding the oil wells that heat the planet | The Daily',
      ),
    ).toBe(true);
  });

  it('tells different names and missing values apart', () => {
    expect(sameName('Jane Doe', 'John Doe')).toBe(false);
    expect(sameName('Jane Doe', 'Jane Doe, John Roe and Max Moe')).toBe(false);
    expect(sameName('Jane Doe', null)).toBe(false);
    expect(sameName('Jane Doe', '')).toBe(false);
  });
});

describe('sameDay', () => {
  it('compares the calendar day a value is written for', () => {
    expect(sameDay('2019-10-16', '2019-10-16T23:30:00+02:00')).toBe(true);
    expect(sameDay('2019-10-16', 'October 16, 2019')).toBe(true);
    expect(sameDay('2019-10-16', '2019-10-17')).toBe(false);
    expect(sameDay('2019-10-16', 'not a date')).toBe(false);
    expect(calendarDay(undefined)).toBeNull();
  });
});

describe('scoreMetadata', () => {
  it('counts only pages where the corpus gives a value', () => {
    const pages = [
      pageMetadata(
        { title: 'A headline here', byline: 'Jane Doe', published: '2020-01-02' },
        {
          cleanwire: { title: 'A headline here', byline: 'Jane Doe', published: '2020-01-02T10:00:00Z' },
          readability: { title: 'Other words entirely', byline: null, published: null },
        },
      ),
      pageMetadata(
        { title: 'Second story title', byline: null, published: '' },
        {
          cleanwire: { title: 'Second story title', byline: 'Someone', published: '2020-01-03' },
          readability: { title: 'Second story title', byline: null, published: null },
        },
      ),
    ];
    const s = scoreMetadata(pages, ['cleanwire', 'readability']);
    expect(s.cleanwire).toEqual({
      title: { n: 2, agree: 2 },
      byline: { n: 1, agree: 1 },
      published: { n: 1, agree: 1 },
    });
    expect(s.readability).toEqual({
      title: { n: 2, agree: 1 },
      byline: { n: 1, agree: 0 },
      published: { n: 1, agree: 0 },
    });
  });
});
