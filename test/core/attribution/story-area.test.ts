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
});
