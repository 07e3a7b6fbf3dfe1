import { describe, expect, it } from 'vitest';
import { inPageZone } from '../../../src/core/attribution/page-zone';
import { attributionOf, jsonLd, page } from './helpers';

describe('inPageZone', () => {
  it('gives a UTC stamp in the offset the page writes the same instant with', () => {
    expect(inPageZone('2020-02-25T02:25:54Z', ['2020-02-24T21:25:54-05:00'])).toBe(
      '2020-02-24T21:25:54-05:00',
    );
    expect(inPageZone('2021-11-04T23:00:00+00:00', [null, '2021-11-05T00:00:00+01:00'])).toBe(
      '2021-11-05T00:00:00+01:00',
    );
  });

  it('keeps the stamp when no other date is the same instant', () => {
    // another time of the page (an update, a teaser) is not this one
    expect(inPageZone('2020-02-25T02:25:54Z', ['2020-02-24T22:25:54-05:00'])).toBe('2020-02-25T02:25:54Z');
    expect(inPageZone('2020-02-25T02:25:54Z', ['2020-02-25T02:25:54Z', null])).toBe('2020-02-25T02:25:54Z');
  });

  it('leaves dates that already carry an offset, and days without a clock, as they are', () => {
    expect(inPageZone('2020-02-25T04:25:54+02:00', ['2020-02-24T21:25:54-05:00'])).toBe(
      '2020-02-25T04:25:54+02:00',
    );
    expect(inPageZone('2020-02-25', ['2020-02-24T21:25:54-05:00'])).toBe('2020-02-25');
  });
});

describe('published date in the page zone', () => {
  it('reads a JSON-LD UTC stamp as the <time> element of the page writes it', () => {
    const doc = page(
      jsonLd({ '@type': 'NewsArticle', datePublished: '2020-02-25T02:25:54Z' }),
      '<article><time datetime="2020-02-24T21:25:54-05:00">Feb 24, 2020</time><p>Story.</p></article>',
    );
    expect(attributionOf(doc).published).toEqual({ value: '2020-02-24T21:25:54-05:00', source: 'json-ld' });
  });

  it('keeps the UTC stamp when the page states no local form of it', () => {
    const doc = page(
      `<meta property="article:published_time" content="2020-02-25T02:25:54+00:00">` +
        `<meta property="article:modified_time" content="2020-02-26T09:00:00-05:00">`,
    );
    expect(attributionOf(doc).published).toEqual({ value: '2020-02-25T02:25:54Z', source: 'meta' });
  });
});
