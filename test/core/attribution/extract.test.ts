import { describe, expect, it } from 'vitest';
import { attributionOf, jsonLd, page, PAGE_URL } from './helpers';

describe('JSON-LD', () => {
  it('reads a NewsArticle: author, publisher, date, url', () => {
    const doc = page(
      jsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Facebook asks banks',
        author: { '@type': 'Person', name: 'Melissa Porter' },
        publisher: { '@type': 'Organization', name: 'Business Recorder' },
        datePublished: '2018-08-07T00:05:00+05:30',
        url: 'https://news.example.com/business/facebook-banks-data?utm_source=feed',
      }),
    );
    const a = attributionOf(doc);
    expect(a.byline).toEqual({ value: 'Melissa Porter', source: 'json-ld' });
    expect(a.siteName).toEqual({ value: 'Business Recorder', source: 'json-ld' });
    expect(a.published).toEqual({ value: '2018-08-07T00:05:00+05:30', source: 'json-ld' });
    expect(a.canonicalUrl).toEqual({
      value: 'https://news.example.com/business/facebook-banks-data',
      source: 'json-ld',
    });
    expect(a.wire).toBeNull();
  });

  it('finds the article inside @graph and follows @id references', () => {
    const doc = page(
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', '@id': '#site', name: 'The Daily Example' },
          { '@type': 'WebPage', '@id': '#page', datePublished: '2001-01-01' },
          { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
          {
            '@type': ['ReportageNewsArticle'],
            author: [{ '@id': '#jane' }, { '@type': 'Person', name: 'John Roe' }],
            datePublished: '2018-08-07',
            isPartOf: { '@id': '#page' },
          },
        ],
      }),
    );
    const a = attributionOf(doc);
    expect(a.byline).toEqual({ value: 'Jane Doe, John Roe', source: 'json-ld' });
    expect(a.published).toEqual({ value: '2018-08-07', source: 'json-ld' });
    expect(a.siteName).toEqual({ value: 'The Daily Example', source: 'json-ld' });
  });

  it.each(['Article', 'BlogPosting', 'http://schema.org/NewsArticle', 'schema:BlogPosting'])(
    'accepts @type %s',
    (type) => {
      const doc = page(jsonLd({ '@type': type, author: 'Jane Doe', datePublished: 'August 7, 2018' }));
      expect(attributionOf(doc).byline).toEqual({ value: 'Jane Doe', source: 'json-ld' });
      expect(attributionOf(doc).published).toEqual({ value: '2018-08-07', source: 'json-ld' });
    },
  );

  it('prefers the news article over other nodes in a list of blocks', () => {
    const doc = page(
      jsonLd([
        { '@type': 'BreadcrumbList', itemListElement: [] },
        { '@type': 'WebPage', author: 'Page Owner' },
        { '@type': 'NewsArticle', author: { name: 'Jane Doe' } },
      ]),
    );
    expect(attributionOf(doc).byline?.value).toBe('Jane Doe');
  });

  it('ignores a malformed block and still reads the good one and the meta tags', () => {
    const doc = page(
      `<script type="application/ld+json">{"@type": "NewsArticle", "author": </script>` +
        `<script type="application/ld+json">not json at all</script>` +
        jsonLd({ '@type': 'NewsArticle', datePublished: '2018-08-07' }) +
        `<meta property="og:site_name" content="Business Standard">`,
    );
    const a = attributionOf(doc);
    expect(a.published).toEqual({ value: '2018-08-07', source: 'json-ld' });
    expect(a.siteName).toEqual({ value: 'Business Standard', source: 'meta' });
  });

  it('reads blocks with the usual publishing mistakes: raw newlines in strings, trailing commas, comment wrappers', () => {
    const doc = page(
      `<script type="application/ld+json"><!--
        {"@type": "NewsArticle", "headline": "Two
        lines", "author": {"name": "Jane Doe",}, "datePublished": "2018-08-07",}
      --></script>`,
    );
    expect(attributionOf(doc).byline?.value).toBe('Jane Doe');
  });

  it('reads a block wrapped in CDATA, as XHTML pages write them', () => {
    const doc = page(
      '<script type="application/ld+json">\n<![CDATA[\n{"@type": "NewsArticle", "datePublished": "2015-10-15T02:19:15.607Z"}\n]]>\n</script>' +
        '<meta property="article:published_time" content="2015-12-11T14:28:34Z">',
    );
    expect(attributionOf(doc).published).toEqual({ value: '2015-10-15T02:19:15Z', source: 'json-ld' });
  });

  it('skips JSON-LD values of the wrong shape without failing', () => {
    const doc = page(
      jsonLd({
        '@type': 'NewsArticle',
        author: 42,
        publisher: [null, { name: ['Daily Example'] }],
        datePublished: { '@value': 'soon' },
      }) +
        jsonLd(null) +
        jsonLd('string') +
        '<meta name="author" content="Meta Author">',
    );
    const a = attributionOf(doc);
    expect(a.byline).toEqual({ value: 'Meta Author', source: 'meta' });
    expect(a.siteName).toEqual({ value: 'Daily Example', source: 'json-ld' });
    expect(a.published).toBeNull();
  });

  it('does not take the publisher itself for the byline when a person is named elsewhere', () => {
    const doc = page(
      jsonLd({
        '@type': 'NewsArticle',
        author: { '@type': 'Organization', name: 'Business Standard' },
        publisher: { name: 'Business Standard' },
      }) + '<meta name="author" content="Jane Doe">',
    );
    expect(attributionOf(doc).byline).toEqual({ value: 'Jane Doe', source: 'meta' });
  });

  it('keeps a byline equal to the site name when nothing else names the author (a personal blog)', () => {
    const doc = page(
      '<meta property="og:site_name" content="Haki Benita"><meta name="author" content="Haki Benita">',
    );
    expect(attributionOf(doc).byline).toEqual({ value: 'Haki Benita', source: 'meta' });
  });

  it('keeps digits inside a user name', () => {
    expect(attributionOf(page(jsonLd({ '@type': 'Article', author: 'CC7567' }))).byline?.value).toBe(
      'CC7567',
    );
  });
});

describe('meta tags', () => {
  it('reads og:site_name, author and article:published_time', () => {
    const doc = page(
      '<meta property="og:site_name" content="Business Recorder">' +
        '<meta name="author" content="By Melissa Porter">' +
        '<meta property="article:published_time" content="2018-08-07T00:05:00+05:30">',
    );
    const a = attributionOf(doc);
    expect(a.siteName).toEqual({ value: 'Business Recorder', source: 'meta' });
    expect(a.byline).toEqual({ value: 'Melissa Porter', source: 'meta' });
    expect(a.published).toEqual({ value: '2018-08-07T00:05:00+05:30', source: 'meta' });
  });

  it('skips an article:author that is a profile link and uses the next name', () => {
    const doc = page(
      '<meta property="article:author" content="https://www.facebook.com/janedoe">' +
        '<meta name="parsely-author" content="Jane Doe">',
    );
    expect(attributionOf(doc).byline).toEqual({ value: 'Jane Doe', source: 'meta' });
  });

  it('reads Dublin Core names written with a colon, in a space-separated property', () => {
    const doc = page('<meta property="dc:creator twitter:site_name" content="Creator Name">');
    expect(attributionOf(doc).byline).toEqual({ value: 'Creator Name', source: 'meta' });
  });

  it('takes one name from a key written twice (name="DC.creator" and property="dc:creator"): the property’s', () => {
    const doc = page(
      '<meta name="DC.creator" content="Jane Doe"><meta property="dc:creator" content="J. Doe">',
    );
    expect(attributionOf(doc).byline?.value).toBe('J. Doe');
  });

  it('joins several article:author names', () => {
    const doc = page(
      '<meta property="article:author" content="Jane Doe"><meta property="article:author" content="John Roe">',
    );
    expect(attributionOf(doc).byline?.value).toBe('Jane Doe, John Roe');
  });

  it.each([
    ['<meta name="parsely-pub-date" content="2018-08-07T00:05:00Z">', '2018-08-07T00:05:00Z'],
    ['<meta name="sailthru.date" content="Tue, 07 Aug 2018 00:05:00 GMT">', '2018-08-07T00:05:00Z'],
    ['<meta name="dc.date" content="2018-08-07">', '2018-08-07'],
    ['<meta name="DC.date.issued" content="2018-08-07">', '2018-08-07'],
    ['<meta itemprop="datePublished" content="2018-08-07">', '2018-08-07'],
    [
      '<meta name="parsely-page" content=\'{"title":"x","pub_date":"2018-08-07T00:05:00Z","author":"Jane Doe"}\'>',
      '2018-08-07T00:05:00Z',
    ],
  ])('reads the date from %s', (head, expected) => {
    expect(attributionOf(page(head)).published).toEqual({ value: expected, source: 'meta' });
  });

  it('prefers a time marked itemprop=datePublished over an earlier one in the article', () => {
    const doc = page(
      '',
      '<article><p>Event on <time datetime="2018-09-01">1 Sept</time></p>' +
        '<time itemprop="datePublished" datetime="2018-08-07">7 Aug</time><p>Text</p></article>',
    );
    expect(attributionOf(doc).published).toEqual({ value: '2018-08-07', source: 'time' });
  });

  it('takes application-name when there is no og:site_name', () => {
    expect(attributionOf(page('<meta name="application-name" content="Dawn">')).siteName).toEqual({
      value: 'Dawn',
      source: 'meta',
    });
  });

  it('skips an unreadable date and uses the next one', () => {
    const doc = page(
      '<meta property="article:published_time" content="yesterday">' +
        '<meta name="dc.date" content="2018-08-07">',
    );
    expect(attributionOf(doc).published).toEqual({ value: '2018-08-07', source: 'meta' });
  });

  it('falls back to an update time only when nothing gives the publication date', () => {
    expect(attributionOf(page('<meta property="og:updated_time" content="2018-08-09">')).published).toEqual({
      value: '2018-08-09',
      source: 'meta',
    });
    const both = page(
      '<meta property="og:updated_time" content="2018-08-09">',
      '<article><time datetime="2018-08-07">7 Aug</time></article>',
    );
    expect(attributionOf(both).published).toEqual({ value: '2018-08-07', source: 'time' });
  });
});

describe('<time>', () => {
  it('reads the datetime of a time in the article header', () => {
    const doc = page(
      '',
      '<header class="site"><time datetime="2023-11-22">Today</time></header>' +
        '<aside><time datetime="2017-01-01">old</time></aside>' +
        '<article><header><h1>T</h1><time datetime="2018-08-07T00:05:00+05:30">7 Aug</time></header><p>Text</p></article>',
    );
    // the page header's clock comes first in the document, but the story's own time wins
    expect(attributionOf(doc).published).toEqual({ value: '2018-08-07T00:05:00+05:30', source: 'time' });
  });

  it('prefers a pubdate time and skips times in comments, sidebars and related lists', () => {
    const doc = page(
      '',
      '<article><div class="comments"><time datetime="2019-01-01">c</time></div>' +
        '<ul class="related-list"><li><time datetime="2017-01-01">r</time></li></ul>' +
        '<p>Text</p><footer><time datetime="2016-01-01">f</time></footer>' +
        '<time pubdate datetime="2018-08-07">7 Aug</time></article>',
    );
    expect(attributionOf(doc).published).toEqual({ value: '2018-08-07', source: 'time' });
  });

  it('reads a time in a block named like a post when the page has no <article>', () => {
    const doc = page(
      '',
      '<div class="PostFull__meta">in social • <span><time datetime="2018-08-07T03:12:54Z">6 years ago</time></span></div>',
    );
    expect(attributionOf(doc).published).toEqual({ value: '2018-08-07T03:12:54Z', source: 'time' });
  });

  it('reads the text of a time without a datetime attribute', () => {
    const doc = page('', '<article><time>August 7, 2018</time><p>Text</p></article>');
    expect(attributionOf(doc).published).toEqual({ value: '2018-08-07', source: 'time' });
  });
});

describe('visible text', () => {
  it('reads "Published:" and "By" lines that the rules removed', () => {
    const a = attributionOf(page(''), {
      removedTexts: ['Published: Wed, August 08, 2018', 'Economy | By Melissa Porter'],
    });
    expect(a.published).toEqual({ value: '2018-08-08', source: 'text' });
    expect(a.byline).toEqual({ value: 'Melissa Porter', source: 'text' });
  });

  it('reads "First Published" with time and zone', () => {
    const a = attributionOf(null, { removedTexts: ['First Published: Tue, August 07 2018. 00:05 IST'] });
    expect(a.published).toEqual({ value: '2018-08-07T00:05:00+05:30', source: 'text' });
  });

  it('reads a byline element and a date element in the story', () => {
    const doc = page(
      '',
      '<article><div class="post-meta"><span class="byline">By <a rel="author" href="/a/jd">Jane Doe</a></span>' +
        '<span class="post-date">August 7, 2018</span></div><p>Text</p></article>',
    );
    const a = attributionOf(doc);
    expect(a.byline).toEqual({ value: 'Jane Doe', source: 'microdata' });
    expect(a.published).toEqual({ value: '2018-08-07', source: 'text' });
  });

  it('takes a user name from a byline element', () => {
    const doc = page(
      '',
      '<div class="PostFull"><span class="author" itemprop="author"><a href="/@marketwatcher">marketwatcher</a></span></div>',
    );
    expect(attributionOf(doc).byline).toEqual({ value: 'marketwatcher', source: 'microdata' });
  });

  it('does not take a user-name-shaped word from visible text that is not a byline element', () => {
    expect(attributionOf(null, { articleText: 'marketwatcher\n\nText.' }).byline).toBeNull();
  });

  it('does not take the masthead clock or a sidebar date for the story date', () => {
    const doc = page(
      '',
      '<div class="masthead"><span class="current-date">Wednesday, November 22, 2023</span></div>' +
        '<aside><span class="date">January 1, 2017</span></aside><article><p>Text</p></article>',
    );
    expect(attributionOf(doc).published).toBeNull();
  });

  it('splits "By … | Published … | Updated …" stamps', () => {
    const a = attributionOf(null, {
      articleText:
        'By Jane Doe | Published: August 7, 2018 | Updated: August 8, 2018\n\nThe story begins here.',
    });
    expect(a.byline).toEqual({ value: 'Jane Doe', source: 'text' });
    expect(a.published).toEqual({ value: '2018-08-07', source: 'text' });
  });

  it('uses an "Updated" stamp only when there is no publication date', () => {
    const a = attributionOf(null, { removedTexts: ['Last Updated: Aug 08, 2018 10:05 IST'] });
    expect(a.published).toEqual({ value: '2018-08-08T10:05:00+05:30', source: 'text' });
  });

  it('does not read an opening sentence that starts with "By" as a byline', () => {
    const a = attributionOf(null, { articleText: 'By the end of the day, banks had said no.\n\nMore text.' });
    expect(a.byline).toBeNull();
  });

  it('reads German and French bylines and dates', () => {
    const de = attributionOf(null, {
      articleText: 'Von Anna Schmidt\n\nVeröffentlicht am 07.08.2018\n\nText.',
    });
    expect(de.byline?.value).toBe('Anna Schmidt');
    expect(de.published?.value).toBe('2018-08-07');
    const fr = attributionOf(null, {
      articleText: 'Par Jeanne Dupont\n\nPublié le 7 août 2018 à 10h05\n\nTexte.',
    });
    expect(fr.byline?.value).toBe('Jeanne Dupont');
    expect(fr.published?.value).toBe('2018-08-07T10:05:00');
  });
});

describe('trust order', () => {
  it('takes each field from the most trusted source that has it', () => {
    const doc = page(
      jsonLd({ '@type': 'NewsArticle', author: 'LD Author' }) +
        '<meta name="author" content="Meta Author"><meta property="og:site_name" content="Meta Site">' +
        '<meta property="article:published_time" content="2018-08-06">',
      '<article><time datetime="2018-08-05">5 Aug</time><p>Text</p></article>',
    );
    const a = attributionOf(doc, {
      readability: {
        byline: 'Readability Author',
        siteName: 'Readability Site',
        publishedTime: '2018-08-01',
      },
      removedTexts: ['Published: August 4, 2018'],
    });
    expect(a.byline).toEqual({ value: 'LD Author', source: 'json-ld' });
    expect(a.siteName).toEqual({ value: 'Meta Site', source: 'meta' });
    expect(a.published).toEqual({ value: '2018-08-06', source: 'meta' });
  });
});

describe('Readability fallback', () => {
  it('uses Readability metadata when the page itself says nothing', () => {
    const a = attributionOf(page(''), {
      readability: {
        byline: 'By Jane Doe | Updated 10:05',
        siteName: 'Daily Example',
        publishedTime: '2018-08-07T00:05:00Z',
      },
    });
    expect(a.byline).toEqual({ value: 'Jane Doe', source: 'readability' });
    expect(a.siteName).toEqual({ value: 'Daily Example', source: 'readability' });
    expect(a.published).toEqual({ value: '2018-08-07T00:05:00Z', source: 'readability' });
  });

  it('ignores an unreadable Readability date rather than passing it on', () => {
    const a = attributionOf(page(''), {
      readability: { byline: null, siteName: null, publishedTime: 'not a date' },
    });
    expect(a.published).toBeNull();
  });

  it('takes the site name from the title when it spells the host name', () => {
    const url = 'https://dailyledger.example/2018/08/08/story/';
    const doc = page('<title>Facebook wants your data &#8211; The Daily Ledger</title>', '<p>x</p>', url);
    expect(attributionOf(doc, { url }).siteName).toEqual({ value: 'The Daily Ledger', source: 'text' });
    const first = page(
      '<title>Business Standard | Banks asked to share data</title>',
      '<p>x</p>',
      'https://www.business-standard.com/a/1',
    );
    expect(attributionOf(first, { url: 'https://www.business-standard.com/a/1' }).siteName?.value).toBe(
      'Business Standard',
    );
  });

  it('does not take a section name at the end of the title for the site', () => {
    const doc = page('<title>Banks asked to share data | Opinion</title>');
    expect(attributionOf(doc).siteName).toEqual({ value: 'news.example.com', source: 'url' });
  });

  it('falls back to the host name for the site', () => {
    expect(attributionOf(page('')).siteName).toEqual({ value: 'news.example.com', source: 'url' });
  });
});

describe('canonical URL', () => {
  it('resolves a relative <link rel=canonical> against the page', () => {
    const doc = page('<link rel="canonical" href="/business/facebook-banks-data-123">');
    expect(attributionOf(doc).canonicalUrl).toEqual({
      value: 'https://news.example.com/business/facebook-banks-data-123',
      source: 'meta',
    });
  });

  it('honours <base href>', () => {
    const doc = page('<base href="https://cdn.example.org/en/"><link rel="canonical" href="story-1">');
    expect(attributionOf(doc).canonicalUrl?.value).toBe('https://cdn.example.org/en/story-1');
  });

  it('uses og:url when there is no canonical link', () => {
    const doc = page(
      '<meta property="og:url" content="https://news.example.com/b/story?id=7&utm_medium=social">',
    );
    expect(attributionOf(doc).canonicalUrl).toEqual({
      value: 'https://news.example.com/b/story?id=7',
      source: 'meta',
    });
  });

  it('ignores a canonical link that points at the home page of a deeper page', () => {
    const doc = page(
      '<link rel="canonical" href="https://news.example.com/"><meta property="og:url" content="/b/story">',
    );
    expect(attributionOf(doc).canonicalUrl?.value).toBe('https://news.example.com/b/story');
  });

  it('ignores non-web canonical links', () => {
    const doc = page('<link rel="canonical" href="javascript:alert(1)">');
    expect(attributionOf(doc).canonicalUrl).toEqual({ value: PAGE_URL, source: 'url' });
  });

  it('falls back to the page URL without tracking parameters or fragment', () => {
    const url =
      'https://news.example.com/b/story?id=7&utm_source=tw&utm_campaign=x&fbclid=abc&gclid=1#comments';
    const a = attributionOf(page('', '<p>x</p>', url), { url });
    expect(a.canonicalUrl).toEqual({ value: 'https://news.example.com/b/story?id=7', source: 'url' });
  });

  it('has no canonical URL for text without a web address', () => {
    expect(attributionOf(null, { url: '' }).canonicalUrl).toBeNull();
    expect(attributionOf(null, { url: 'file:///tmp/page.html' }).canonicalUrl).toBeNull();
  });
});

describe('robustness', () => {
  it('does not change the document it reads', () => {
    const doc = page(
      jsonLd({ '@type': 'NewsArticle', author: 'Jane Doe' }) +
        '<meta property="og:site_name" content="Example"><link rel="canonical" href="/c">',
      '<article><header><span class="byline">AFP | New York</span><time datetime="2018-08-07">x</time></header>' +
        '<p>NEW YORK (AFP) - Text.</p><p>Copyright Agence France-Presse, 2018</p></article>',
    );
    const before = doc.documentElement.outerHTML;
    const a = attributionOf(doc, {
      articleText: 'NEW YORK (AFP) - Text.',
      removedTexts: ['Copyright Agence France-Presse, 2018'],
    });
    expect(a.wire?.agency).toBe('AFP');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('works on an empty document and on no document', () => {
    const empty = new (page('').defaultView!.DOMParser)().parseFromString('', 'text/html');
    expect(() => attributionOf(empty)).not.toThrow();
    const a = attributionOf(null, { url: 'not a url' });
    expect(a).toEqual({ siteName: null, byline: null, published: null, canonicalUrl: null, wire: null });
  });

  it('survives a document whose queries throw', () => {
    const broken = {
      querySelectorAll: () => {
        throw new Error('boom');
      },
      querySelector: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    const a = attributionOf(broken, {
      readability: { byline: 'Jane Doe', siteName: null, publishedTime: null },
    });
    expect(a.byline).toEqual({ value: 'Jane Doe', source: 'readability' });
    expect(a.canonicalUrl).toEqual({ value: PAGE_URL, source: 'url' });
  });
});
