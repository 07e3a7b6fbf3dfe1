import { describe, expect, it } from 'vitest';
import { attributionLine, attributionParts, formatDate } from '../../../src/core/export/index';
import type { Attribution } from '../../../src/core/types';
import { FULL_ATTRIBUTION, NO_ATTRIBUTION } from './helpers';

const TITLE = 'Facebook asks US banks to share customer data';

describe('formatDate', () => {
  it.each([
    ['2018-08-07', '7 August 2018'],
    ['2018-08-07T19:05:00Z', '7 August 2018'],
    // the publisher's calendar date, never shifted to another zone: 00:05 in Karachi is still 7 August
    ['2018-08-07T00:05:00+05:30', '7 August 2018'],
    ['2018-12-31T23:59:59-10:00', '31 December 2018'],
    ['2018-08', 'August 2018'],
    ['2018', '2018'],
    ['2024-02-29', '29 February 2024'],
  ])('%s → %s', (iso, readable) => {
    expect(formatDate(iso)).toBe(readable);
  });

  it.each([['Wed, August 08, 2018'], ['2018-13-01'], ['2023-02-29'], ['2018-08-00'], ['20180807']])(
    'keeps %s as written rather than inventing or losing a date',
    (value) => {
      expect(formatDate(value)).toBe(value);
    },
  );
});

describe('attributionLine', () => {
  it('joins title, site, byline, readable date, canonical URL and the wire agency with middle dots', () => {
    expect(attributionLine({ title: TITLE, attribution: FULL_ATTRIBUTION })).toBe(
      'Facebook asks US banks to share customer data · Business Recorder · Melissa Porter · 7 August 2018 · ' +
        'https://www.brecorder.com/news/4602512 · via AFP',
    );
  });

  it.each<[string, Partial<Attribution>, string]>([
    [
      'site',
      { siteName: null },
      `${TITLE} · Melissa Porter · 7 August 2018 · https://www.brecorder.com/news/4602512 · via AFP`,
    ],
    [
      'byline',
      { byline: null },
      `${TITLE} · Business Recorder · 7 August 2018 · https://www.brecorder.com/news/4602512 · via AFP`,
    ],
    [
      'date',
      { published: null },
      `${TITLE} · Business Recorder · Melissa Porter · https://www.brecorder.com/news/4602512 · via AFP`,
    ],
    [
      'URL',
      { canonicalUrl: null },
      `${TITLE} · Business Recorder · Melissa Porter · 7 August 2018 · via AFP`,
    ],
    [
      'wire agency',
      { wire: null },
      `${TITLE} · Business Recorder · Melissa Porter · 7 August 2018 · https://www.brecorder.com/news/4602512`,
    ],
  ])('leaves out a missing %s without an empty slot', (_name, missing, line) => {
    expect(attributionLine({ title: TITLE, attribution: { ...FULL_ATTRIBUTION, ...missing } })).toBe(line);
  });

  it('is only the title when nothing else is known, and empty when not even that is', () => {
    expect(attributionLine({ title: TITLE, attribution: NO_ATTRIBUTION })).toBe(TITLE);
    expect(attributionLine({ title: '  ', attribution: NO_ATTRIBUTION })).toBe('');
  });

  it('drops a byline that only names the wire agency, which "via AFP" already says', () => {
    for (const byline of ['AFP', 'By AFP', 'Agence France-Presse']) {
      const attribution = { ...FULL_ATTRIBUTION, byline: { value: byline, source: 'meta' as const } };
      expect(attributionLine({ title: TITLE, attribution })).toBe(
        `${TITLE} · Business Recorder · 7 August 2018 · https://www.brecorder.com/news/4602512 · via AFP`,
      );
    }
  });

  it('drops "via …" when the site is the agency itself, and a byline that repeats the site', () => {
    const attribution: Attribution = {
      ...FULL_ATTRIBUTION,
      siteName: { value: 'Reuters', source: 'meta' },
      byline: { value: 'Reuters', source: 'meta' },
      wire: { agency: 'Reuters', name: 'Reuters', evidence: [] },
    };
    expect(attributionLine({ title: TITLE, attribution })).toBe(
      `${TITLE} · Reuters · 7 August 2018 · https://www.brecorder.com/news/4602512`,
    );
  });

  it('tags each part so formats can link the URL and mark up the date', () => {
    const parts = attributionParts({ title: TITLE, attribution: FULL_ATTRIBUTION });
    expect(parts.map((p) => p.kind)).toEqual(['title', 'site', 'byline', 'date', 'url', 'wire']);
    expect(parts[3]).toEqual({ kind: 'date', text: '7 August 2018', iso: '2018-08-07T00:05:00+05:30' });
    expect(parts[4]).toEqual({
      kind: 'url',
      text: 'https://www.brecorder.com/news/4602512',
      href: 'https://www.brecorder.com/news/4602512',
    });
  });
});
