/**
 * Issue 15, item 1: page text that looks like HTML must not come out as live markup. Every payload in
 * test/fixtures/hostile/xss-payloads.txt is put where a page controls the text — the title, the body
 * (as text and as markup), the byline, the site name, the canonical URL, a selection — and exported in
 * every format. Markdown may hold no raw tag and no link to a script URL; HTML, parsed and re-parsed
 * (mutation XSS lives in the difference), may hold nothing that runs, loads a frame or phones home.
 */
import { describe, expect, it } from 'vitest';
import { exportArticle, exportSelection, type ExportFormat } from '../../src/core/export/index';
import { collapse } from '../../src/core/text';
import type { Attribution, CleanResult } from '../../src/core/types';
import { exportDocument, FULL_ATTRIBUTION, resultWith } from '../core/export/helpers';
import { activeContent, CANONICAL, escapeHtml, PAYLOADS, rawMarkdownHtml } from './xss-checks';

const doc = exportDocument();
const BODY = '<p>The harbour reopened to shipping on Tuesday after a three-day closure.</p>';
const ATTRIBUTION: Attribution = {
  ...FULL_ATTRIBUTION,
  canonicalUrl: { value: CANONICAL, source: 'meta' },
};

/** Where the payload is page text (not markup): plain text must carry it exactly as the page wrote it. */
const TEXT_PLACEMENTS = new Set(['title', 'body text', 'byline', 'site name', 'selection text']);

type Placement = (payload: string) => { result: CleanResult; selection: string | null };

const article = (result: CleanResult) => ({ result, selection: null });
const PLACEMENTS: Record<string, Placement> = {
  title: (p) => article(resultWith(BODY, ATTRIBUTION, p)),
  'body text': (p) => article(resultWith(`<p>Before ${escapeHtml(p)} after.</p>`, ATTRIBUTION)),
  'body markup': (p) => article(resultWith(`<p>Before</p>${p}<p>after.</p>`, ATTRIBUTION)),
  byline: (p) => article(resultWith(BODY, { ...ATTRIBUTION, byline: { value: p, source: 'meta' } })),
  'site name': (p) => article(resultWith(BODY, { ...ATTRIBUTION, siteName: { value: p, source: 'meta' } })),
  'canonical URL': (p) =>
    article(resultWith(BODY, { ...ATTRIBUTION, canonicalUrl: { value: p, source: 'meta' } })),
  'selection markup': (p) => ({ result: resultWith(BODY, ATTRIBUTION), selection: `<p>Quote</p>${p}` }),
  'selection text': (p) => ({ result: resultWith(BODY, ATTRIBUTION, p), selection: escapeHtml(p) }),
};

function exported(placement: Placement, payload: string, format: ExportFormat) {
  const { result, selection } = placement(payload);
  return selection === null
    ? exportArticle(result, format, doc)
    : exportSelection(selection, result, format, doc);
}

/** The payloads whose export `check` finds something in, with what it found. */
function failures(placement: Placement, format: ExportFormat, check: (out: string) => string[]) {
  return PAYLOADS.flatMap((payload) => {
    const found = check(exported(placement, payload, format));
    return found.length > 0 ? [{ payload, found }] : [];
  });
}

describe('hostile page text through every export', () => {
  it('the corpus is a real one', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  describe.each(Object.entries(PLACEMENTS))('in the %s', (_where, placement) => {
    it('Markdown holds no raw tag and no script link', () => {
      expect(failures(placement, 'markdown', rawMarkdownHtml)).toEqual([]);
    });

    it('HTML holds nothing active, parsed once or twice', () => {
      expect(failures(placement, 'html', activeContent)).toEqual([]);
    });
  });

  const textPlacements = Object.entries(PLACEMENTS).filter(([where]) => TEXT_PLACEMENTS.has(where));
  it.each(textPlacements)('plain text keeps page text in the %s as typed', (_where, placement) => {
    const missing = (out: string, payload: string) => (out.includes(collapse(payload)) ? [] : [out]);
    expect(PAYLOADS.flatMap((p) => missing(exported(placement, p, 'text'), p))).toEqual([]);
  });
});

describe('Markdown escaping of what looks like HTML', () => {
  const md = (result: CleanResult) => exportArticle(result, 'markdown', doc);

  it('escapes a tag in the title, body text and attribution as an entity, so it reads as typed', () => {
    const out = md(
      resultWith(
        '<p>Use &lt;b&gt; for bold &amp;lt; not &amp;amp;</p>',
        { ...ATTRIBUTION, byline: { value: '<i>Jane</i>', source: 'meta' } },
        '<script>alert(1)</script> news',
      ),
    );
    expect(out.split('\n\n')).toEqual([
      '# &lt;script>alert(1)&lt;/script> news',
      'Use &lt;b> for bold &amp;lt; not &amp;amp;',
      `&lt;script>alert(1)&lt;/script> news · Business Recorder · &lt;i>Jane&lt;/i> · 7 August 2018 · <${CANONICAL}> · via AFP`,
    ]);
  });

  it('keeps link text escaped and a link destination that cannot end early or hide a tag', () => {
    const out = md(
      resultWith(
        '<p><a href="https://ok.example/a b)<img src=x onerror=alert(1)>" title="t&quot;<b>">[x]<i>y</i></a></p>',
        ATTRIBUTION,
        '',
      ),
    );
    expect(out.split('\n\n')[0]).toBe(
      '[\\[x\\]_y_](https://ok.example/a%20b%29%3Cimg%20src=x%20onerror=alert%281%29%3E "t\\"&lt;b>")',
    );
  });

  it('escapes an image alt and title like page text', () => {
    const out = md(
      resultWith(
        '<p><img src="https://ok.example/a.png" alt="](x) <script>" title="<b>"></p>',
        ATTRIBUTION,
        '',
      ),
    );
    expect(out.split('\n\n')[0]).toBe('![\\](x) &lt;script>](https://ok.example/a.png "&lt;b>")');
  });

  it('links the canonical URL only when it is a safe absolute URL; otherwise it stays text', () => {
    const withUrl = (value: string) =>
      md(resultWith(BODY, { ...ATTRIBUTION, canonicalUrl: { value, source: 'meta' } }, 'T')).split('\n\n')[2];
    expect(withUrl('https://news.example/a')).toContain('· <https://news.example/a> ·');
    expect(withUrl('javascript:alert(1)')).toContain('· javascript:alert(1) ·');
    expect(withUrl('data:text/html,x')).toContain('· data:text/html,x ·');
  });
});
