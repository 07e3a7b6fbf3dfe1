import { describe, expect, it } from 'vitest';
import { creditLinesAfterHeadline } from '../../../src/core/attribution/near-headline';
import { attributionOf, page } from './helpers';

describe('"By …" lines under the headline', () => {
  it('reads a byline block that has no byline class', () => {
    const doc = page(
      '',
      `<main><h1>County agrees resort deal</h1>
        <div data-testid="prism-byline"><div><span>By</span><span><a href="/team/jr">J.R. Stone</a></span>
        <span> Wednesday, November 8, 2023</span></div></div>
        <p>${'Story text that goes on. '.repeat(20)}</p></main>`,
    );
    expect(attributionOf(doc).byline).toEqual({ value: 'J.R. Stone', source: 'text' });
  });

  it('stops where the story begins and never reads "By" prose as a byline', () => {
    const doc = page(
      '',
      `<main><h1>Headline</h1><p>${'A long first paragraph of the story. '.repeat(12)}</p>
        <p>By Jane Doe</p></main>`,
    );
    expect(creditLinesAfterHeadline(doc.querySelector('h1'))).toEqual([]);
    const prose = page(
      '',
      '<main><h1>Headline</h1><p>By the end of the day, nothing had changed.</p></main>',
    );
    expect(attributionOf(prose).byline).toBeNull();
  });

  it.each([
    ['<p><em>10.11.2021</em></p>', '2021-11-10'],
    ['<p class="subtitle">Handball Schweiz • 02.02.2022</p>', '2022-02-02'],
    ['<div class="teaser"><p>Pressemitteilung vom 25. Januar 2022 | Berlin</p></div>', '2022-01-25'],
  ])('reads the date line under the headline: %s', (line, day) => {
    const doc = page(
      '',
      `<main><h1>Headline</h1>${line}<p>${'Story text that goes on. '.repeat(20)}</p></main>`,
    );
    expect(attributionOf(doc).published).toEqual({ value: day, source: 'text' });
  });

  it('a date inside the story’s first long paragraph is not its date line', () => {
    const doc = page(
      '',
      `<main><h1>Headline</h1><p>${'Story text that goes on. '.repeat(14)} On 4 February 2022 it ended.</p></main>`,
    );
    expect(attributionOf(doc).published).toBeNull();
  });
});
