import { describe, expect, it } from 'vitest';
import { attributionOf, page } from './helpers';

describe('author markup (microdata, rel=author)', () => {
  it('a Person item marked itemprop="author" gives its name, not its job title', () => {
    const doc = page(
      '',
      `<article><h1>Headline</h1>
        <div itemprop="author" itemscope itemtype="https://schema.org/Person">
          <img itemprop="image" src="/a.jpg" alt=""><span itemprop="name">Alex Perry</span>
          <span itemprop="jobTitle">Tech Insider</span>
        </div><p>Story text.</p></article>`,
    );
    expect(attributionOf(doc).byline).toEqual({ value: 'Alex Perry', source: 'microdata' });
  });

  it('several authors in order, each once; a rel=author link counts when it reads as a name', () => {
    const doc = page(
      '',
      `<article><p>By <a rel="author" href="/u/jane">Jane Doe</a> and <a rel="author" href="/u/john">John Roe</a></p>
        <p>Story text.</p><footer><a rel="author" href="/u/jane">Jane Doe</a></footer>
        <a rel="author" href="/authors">View all posts</a></article>`,
    );
    expect(attributionOf(doc).byline).toEqual({ value: 'Jane Doe, John Roe', source: 'microdata' });
  });

  it('an author inside a comment item or comment block is not the story’s', () => {
    const doc = page(
      '',
      `<article><p>Story text.</p>
        <div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Troll Person</span></div>
        <div class="comments"><a rel="author" href="/u/x">Other Reader</a></div></article>`,
    );
    expect(attributionOf(doc).byline).toBeNull();
  });

  it('JSON-LD and meta authors still come first', () => {
    const doc = page(
      '<meta name="author" content="Melissa Porter">',
      '<article><span itemprop="author">Someone Else</span><p>Story text.</p></article>',
    );
    expect(attributionOf(doc).byline).toEqual({ value: 'Melissa Porter', source: 'meta' });
  });

  it('a Person item that gives no name property is read by its text, when that is a name', () => {
    const doc = page(
      '',
      `<article><h1>Headline</h1>
        <span itemprop="author" itemscope itemtype="https://schema.org/Person">J. Doe</span>
        <p>Story text.</p></article>`,
    );
    expect(attributionOf(doc).byline).toEqual({ value: 'J. Doe', source: 'microdata' });
  });

  it('an author property wins over rel=author links to teasers’ authors', () => {
    const doc = page(
      '',
      `<article><h1>Headline</h1>
        <div itemprop="author" itemscope itemtype="http://schema.org/Person">
          <a rel="author" href="/profiles/sm/"><span itemprop="name">Steven Marsh</span></a></div>
        <p>Story text.</p></article>
        <section class="promo"><h3>Another story</h3><span>by <a rel="author" href="/p/sb">Sam Byrne</a></span>
        <h3>A third story</h3><span>by <a rel="author" href="/p/st">Shara Tell</a></span></section>`,
    );
    expect(attributionOf(doc).byline).toEqual({ value: 'Steven Marsh', source: 'microdata' });
  });
});
