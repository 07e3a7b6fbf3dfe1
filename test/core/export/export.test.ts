import { describe, expect, it } from 'vitest';
import { exportArticle, exportSelection } from '../../../src/core/export/index';
import type { CleanResult } from '../../../src/core/types';
import { exportDocument, FULL_ATTRIBUTION, NO_ATTRIBUTION, resultWith } from './helpers';

const ARTICLE = `<div id="readability-page-1" class="page"><p>Facebook has asked <a href="https://www.jpmorganchase.com/">JPMorgan Chase</a> and Citibank to share data.</p>
<p>The banks were asked about:</p>
<ul><li>card transactions,</li><li>account balances.</li></ul>
<ol start="3"><li>third</li><li>fourth<ul><li>nested</li></ul></li></ol>
<p>Reporting by Jane Doe<br>Editing by John Roe</p></div>`;

const TITLE = 'Facebook asks US banks to share customer data';
const LINE = `${TITLE} · Business Recorder · Melissa Porter · 7 August 2018 · https://www.brecorder.com/news/4602512 · via AFP`;

describe('plain text export', () => {
  it('is title, blank line, body with "- " and numbered items, link text kept, then the attribution line', () => {
    expect(exportArticle(resultWith(ARTICLE), 'text', exportDocument())).toBe(
      [
        TITLE,
        '',
        'Facebook has asked JPMorgan Chase and Citibank to share data.',
        '',
        'The banks were asked about:',
        '',
        '- card transactions,',
        '- account balances.',
        '',
        '3. third',
        '4. fourth',
        '  - nested',
        '',
        'Reporting by Jane Doe',
        'Editing by John Roe',
        '',
        LINE,
      ].join('\n'),
    );
  });

  it('keeps the text of every link and never prints its address', () => {
    const out = exportArticle(
      resultWith(
        '<p><a href="https://a.example/x">Chase</a>, <a href="/y">JPMorgan</a> and <a>Citibank</a></p>',
        NO_ATTRIBUTION,
      ),
      'text',
      exportDocument(),
    );
    expect(out).toBe(`${TITLE}\n\nChase, JPMorgan and Citibank\n\n${TITLE}`);
  });

  it('writes table rows as lines of cells and leaves out script and style text', () => {
    const out = exportArticle(
      resultWith(
        '<table><tr><th>Bank</th><th>Users</th></tr><tr><td>Citi</td><td>200m</td></tr></table><script>track()</script><style>p{}</style>',
        NO_ATTRIBUTION,
        '',
      ),
      'text',
      exportDocument(),
    );
    expect(out).toBe('Bank | Users\nCiti | 200m');
  });
});

describe('Markdown export', () => {
  it('is "# Title", the body with inline links and tight lists, then the line with the URL as an autolink', () => {
    expect(exportArticle(resultWith(ARTICLE), 'markdown', exportDocument())).toBe(
      [
        `# ${TITLE}`,
        '',
        'Facebook has asked [JPMorgan Chase](https://www.jpmorganchase.com/) and Citibank to share data.',
        '',
        'The banks were asked about:',
        '',
        '- card transactions,',
        '- account balances.',
        '',
        '3. third',
        '4. fourth',
        '   - nested',
        '',
        'Reporting by Jane Doe  ',
        'Editing by John Roe',
        '',
        `${TITLE} · Business Recorder · Melissa Porter · 7 August 2018 · <https://www.brecorder.com/news/4602512> · via AFP`,
      ].join('\n'),
    );
  });

  it('escapes Markdown syntax in page text, the title and the attribution', () => {
    const result = resultWith(
      '<p>*Not* emphasis, 1. not a list, [not] a link</p>',
      {
        ...NO_ATTRIBUTION,
        siteName: { value: 'Site_Name', source: 'meta' },
      },
      'Why *this* matters',
    );
    expect(exportArticle(result, 'markdown', exportDocument())).toBe(
      '# Why \\*this\\* matters\n\n\\*Not\\* emphasis, 1. not a list, \\[not\\] a link\n\nWhy \\*this\\* matters · Site\\_Name',
    );
  });

  it('writes GFM tables (first row as header, pipes escaped) and strikethrough', () => {
    const out = exportArticle(
      resultWith(
        '<table><caption>Users by bank</caption><tr><td>Bank</td><td>Users</td></tr><tr><td>Citi | US</td><td>200m</td></tr>' +
          '<tr><td colspan="2">Source: the banks</td></tr></table><p><del>was 180m</del> now 200m</p>',
        NO_ATTRIBUTION,
        '',
      ),
      'markdown',
      exportDocument(),
    );
    expect(out).toBe(
      [
        'Users by bank',
        '',
        '| Bank | Users |',
        '| --- | --- |',
        '| Citi \\| US | 200m |',
        '| Source: the banks | |',
        '',
        '~~was 180m~~ now 200m',
      ].join('\n'),
    );
  });

  it('writes a one-column (layout) table as paragraphs, not as a pipe table', () => {
    const out = exportArticle(
      resultWith('<table><tr><td>First</td></tr><tr><td>Second</td></tr></table>', NO_ATTRIBUTION, ''),
      'markdown',
      exportDocument(),
    );
    expect(out).toBe('First\n\nSecond');
  });

  it('drops links and images whose URL could run code, keeping their text', () => {
    const out = exportArticle(
      resultWith(
        '<p><a href="javascript:alert(1)">Click</a> <img src="data:text/html,x" alt="pic"> <a href=" JaVa\tscript:x">here</a></p>',
        NO_ATTRIBUTION,
        '',
      ),
      'markdown',
      exportDocument(),
    );
    // turndown writes no image without a source; the alt text was never article text
    expect(out).toBe('Click  here');
  });
});

describe('HTML export', () => {
  it('is an <article> with <h1>, the body, and a <footer> line linking the canonical URL', () => {
    expect(exportArticle(resultWith(ARTICLE), 'html', exportDocument())).toBe(
      `<article lang="en"><h1>${TITLE}</h1>${ARTICLE}<footer><p>${TITLE} · Business Recorder · Melissa Porter · ` +
        '<time datetime="2018-08-07T00:05:00+05:30">7 August 2018</time> · ' +
        '<a href="https://www.brecorder.com/news/4602512">https://www.brecorder.com/news/4602512</a> · via AFP</p></footer></article>',
    );
  });

  it('drops scripts, frames, forms, event handlers, inline styles and javascript: URLs', () => {
    const hostile =
      '<p onclick="steal()" style="display:none">Kept <a href="javascript:alert(1)" onmouseover="x()">text</a>' +
      '<img src="x.jpg" onerror="alert(1)" srcset="javascript:alert(1) 2x"></p><script>alert(1)</script>' +
      '<iframe src="https://evil.example"></iframe><form action="https://evil.example"><input name="q"></form>' +
      '<svg><a href="javascript:alert(1)"><text>svg</text></a></svg><p>end</p>';
    const out = exportArticle(resultWith(hostile, NO_ATTRIBUTION, ''), 'html', exportDocument());
    expect(out).toBe('<article lang="en"><p>Kept <a>text</a><img src="x.jpg"></p><p>end</p></article>');
  });

  it('escapes page text in the title and attribution instead of reading it as markup', () => {
    const result = resultWith(
      '<p>Body</p>',
      { ...NO_ATTRIBUTION, byline: { value: '<b onmouseover=x>Jane</b>', source: 'meta' } },
      'A <script>alert(1)</script> & B',
    );
    expect(exportArticle(result, 'html', exportDocument())).toBe(
      '<article lang="en"><h1>A &lt;script&gt;alert(1)&lt;/script&gt; &amp; B</h1><p>Body</p>' +
        '<footer><p>A &lt;script&gt;alert(1)&lt;/script&gt; &amp; B · &lt;b onmouseover=x&gt;Jane&lt;/b&gt;</p></footer></article>',
    );
  });

  it('carries the article direction and language, and a date that is not ISO stays plain text', () => {
    const result: CleanResult = {
      ...resultWith(
        '<p>نص</p>',
        { ...NO_ATTRIBUTION, published: { value: 'Wed, August 08, 2018', source: 'text' } },
        'عنوان',
      ),
    };
    result.article = { ...result.article!, lang: 'ar', dir: 'rtl' };
    expect(exportArticle(result, 'html', exportDocument())).toBe(
      '<article lang="ar" dir="rtl"><h1>عنوان</h1><p>نص</p><footer><p>عنوان · Wed, August 08, 2018</p></footer></article>',
    );
  });
});

describe('selection export', () => {
  const SELECTION =
    '<p>Facebook had discussions with <a href="https://www.chase.com/">Chase</a>.</p><ul><li>one</li></ul>';

  it('is the selection then the attribution line, without a heading, in all three formats', () => {
    const result = resultWith(ARTICLE);
    const doc = exportDocument();
    expect(exportSelection(SELECTION, result, 'text', doc)).toBe(
      `Facebook had discussions with Chase.\n\n- one\n\n${LINE}`,
    );
    expect(exportSelection(SELECTION, result, 'markdown', doc)).toBe(
      `Facebook had discussions with [Chase](https://www.chase.com/).\n\n- one\n\n${LINE.replace(
        'https://www.brecorder.com/news/4602512',
        '<https://www.brecorder.com/news/4602512>',
      )}`,
    );
    expect(exportSelection(SELECTION, result, 'html', doc)).toBe(
      `<article lang="en">${SELECTION}<footer><p>${TITLE} · Business Recorder · Melissa Porter · ` +
        '<time datetime="2018-08-07T00:05:00+05:30">7 August 2018</time> · ' +
        '<a href="https://www.brecorder.com/news/4602512">https://www.brecorder.com/news/4602512</a> · via AFP</p></footer></article>',
    );
  });

  it('still attributes a selection when the result has no article title', () => {
    const result = { article: null, attribution: FULL_ATTRIBUTION };
    expect(exportSelection('<p>Quote.</p>', result, 'text', exportDocument())).toBe(
      'Quote.\n\nBusiness Recorder · Melissa Porter · 7 August 2018 · https://www.brecorder.com/news/4602512 · via AFP',
    );
  });
});

describe('export contract', () => {
  it('throws the result’s own reason when there is no article to export', () => {
    const refused: CleanResult = {
      ...resultWith(''),
      status: 'too-large',
      message: 'This page has 9 elements.',
      article: null,
    };
    expect(() => exportArticle(refused, 'text', exportDocument())).toThrow('This page has 9 elements.');
  });

  it('never touches the document it is given', () => {
    const doc = exportDocument();
    const before = doc.documentElement.outerHTML;
    for (const format of ['text', 'markdown', 'html'] as const) {
      exportArticle(resultWith(ARTICLE), format, doc);
      exportSelection('<p>x</p>', resultWith(ARTICLE), format, doc);
    }
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
