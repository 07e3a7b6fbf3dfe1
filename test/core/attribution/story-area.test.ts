import { describe, expect, it } from 'vitest';
import { attributionOf, page } from './helpers';

describe('story area', () => {
  it('a layout class on <body> ("has-sidebar") does not put the byline outside the story', () => {
    const body =
      '<article class="post"><h1>Headline</h1><span class="byline author">von <a href="/author/pa">Peter Addor</a></span><p>Story text.</p></article>';
    const doc = page('', body);
    doc.body.className = 'single-post has-sidebar comments-open';
    expect(attributionOf(doc).byline).toEqual({ value: 'Peter Addor', source: 'text' });
  });

  it('a byline inside a sidebar block is still another story’s', () => {
    const doc = page(
      '',
      '<div class="sidebar"><span class="byline">By Jane Doe</span></div><article><p>Story text.</p></article>',
    );
    expect(attributionOf(doc).byline).toBeNull();
  });

  it('a wrapper named like a sidebar that holds the headline is the page layout, not furniture', () => {
    const doc = page(
      '',
      `<div class="layoutTwoColumnsRightSidebar"><article><h1>Headline</h1>
        <time datetime="2021-11-25 16:11">25. November 2021</time><p>Story text.</p></article>
        <div class="sidebar"><time datetime="2021-12-01">1. Dezember 2021</time></div></div>`,
    );
    expect(attributionOf(doc).published).toEqual({ value: '2021-11-25T16:11:00', source: 'time' });
  });

  it('an article’s own <footer> holds its date; the page footer does not', () => {
    const doc = page(
      '',
      `<article><h1>Headline</h1><p>Story text.</p><footer class="entry-footer">Posted on
        <time class="entry-date published" datetime="2019-08-02T15:57:41+00:00">August 2, 2019</time></footer></article>
        <footer><time datetime="2024-01-01">1 January 2024</time></footer>`,
    );
    expect(attributionOf(doc).published).toEqual({ value: '2019-08-02T15:57:41Z', source: 'time' });
    const pageFooter = page(
      '',
      '<article><h1>Headline</h1><p>Story text.</p></article><footer><time datetime="2024-01-01">1 January 2024</time></footer>',
    );
    expect(attributionOf(pageFooter).published).toBeNull();
  });

  it('an element marked itemprop="datePublished" gives its datetime or content', () => {
    const doc = page(
      '',
      '<article><h1>Headline</h1><div class="kicker" itemprop="datePublished" datetime="2022-02-04"> 04. Februar 2022 </div><p>Story text.</p></article>',
    );
    expect(attributionOf(doc).published).toEqual({ value: '2022-02-04', source: 'time' });
  });
});
