import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  chooseArticle,
  commentThreadShare,
  commentUnits,
  type CandidateSummary,
} from '../../../src/core/article/choose';

const fixture = (name: string) =>
  new JSDOM(readFileSync(new URL(`../../fixtures/article/${name}`, import.meta.url), 'utf8')).window.document;
const body = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

const readability = (chars: number, threadShare = 0): CandidateSummary => ({
  source: 'readability',
  chars,
  threadShare,
});

describe('chooseArticle()', () => {
  it('takes a post body, however short, over a comment thread', () => {
    const post: CandidateSummary = { source: 'without-thread', chars: 150, threadShare: 0 };
    expect(chooseArticle(readability(6000, 0.9), [post])).toBe(post);
  });

  it('keeps the thread when no post body exists', () => {
    const pick = readability(6000, 0.9);
    expect(chooseArticle(pick, [])).toBe(pick);
    expect(chooseArticle(pick, [{ source: 'without-thread', chars: 30, threadShare: 0 }])).toBe(pick);
    expect(chooseArticle(pick, [{ source: 'declared', chars: 4000, threadShare: 0.8 }])).toBe(pick);
  });

  it('keeps a long article with a short comment section', () => {
    const pick = readability(5000, 0.1);
    expect(chooseArticle(pick, [{ source: 'without-thread', chars: 4500, threadShare: 0 }])).toBe(pick);
  });

  it('takes a declared body longer than the pick, and JSON-LD only at twice the best so far', () => {
    const declared: CandidateSummary = { source: 'declared', chars: 3000, threadShare: 0 };
    expect(chooseArticle(readability(1000), [declared])).toBe(declared);
    const pick = readability(1000);
    expect(chooseArticle(pick, [{ source: 'json-ld', chars: 1900, threadShare: 0 }])).toBe(pick);
    const jsonLd: CandidateSummary = { source: 'json-ld', chars: 2100, threadShare: 0 };
    expect(chooseArticle(pick, [jsonLd])).toBe(jsonLd);
    // Once the declared body won, JSON-LD must be twice that.
    expect(chooseArticle(pick, [declared, jsonLd])).toBe(declared);
  });
});

describe('commentThreadShare()', () => {
  it('recognises a thread marked as schema.org Comments', () => {
    const doc = fixture('short-post-long-thread.html');
    expect(commentThreadShare(doc.body)).toBeGreaterThan(0.8);
    expect(commentUnits(doc.body)).toHaveLength(20);
  });

  it('recognises a thread whose markup names nothing: repeated units with a date and a Reply link', () => {
    const doc = fixture('short-post-long-thread-unmarked.html');
    expect(commentThreadShare(doc.body)).toBeGreaterThan(0.8);
    expect(commentUnits(doc.body)).toHaveLength(20);
  });

  it('counts a short comment section under a long article as a small share', () => {
    expect(commentThreadShare(fixture('long-post-short-thread.html').body)).toBeLessThan(0.3);
  });

  it('recognises comment classes and ids, not post states', () => {
    const text = '<p>' + 'Words of the post itself. '.repeat(10) + '</p>';
    expect(commentThreadShare(body(`<div class="comment-list">${text}</div>`))).toBe(1);
    expect(commentThreadShare(body(`<section id="comments">${text}</section>`))).toBe(1);
    expect(commentThreadShare(body(`<article class="post comments-open">${text}</article>`))).toBe(0);
    expect(commentThreadShare(body(`<div class="comment-count">${text}</div>`))).toBe(0);
    // Dated units without a Reply link are a list of posts, not a thread.
    const posts = Array.from({ length: 5 }, () => `<li><time datetime="2024-01-01">Jan 1</time>${text}</li>`);
    expect(commentThreadShare(body(`<ul>${posts.join('')}</ul>`))).toBe(0);
  });
});
