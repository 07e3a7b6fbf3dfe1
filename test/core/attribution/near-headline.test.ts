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
});
