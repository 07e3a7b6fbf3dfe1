import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/core/clean';
import { matchPage } from '../../src/core/rules/match';
import { rulesForHost } from '../../src/core/rules/remove';
import { BUILTIN_RULES } from '../../src/core/rules/compile';
import { userRule } from './inpage/helpers';
import { readFileSync } from 'node:fs';
import { useStandardMatches } from '../../src/cli/standard-matches';

const BLOG_URL = 'https://crumb.example/2024/03/weekend-sourdough-notes';
function blog(name: string): Document {
  const html = readFileSync(new URL(`../fixtures/article/${name}`, import.meta.url), 'utf8');
  const dom = new JSDOM(html, { url: BLOG_URL });
  useStandardMatches(dom.window);
  return dom.window.document;
}

const PARAS = [
  'Facebook has asked major US banks to share customer data to allow it to develop new services on the social network, a banking source told AFP on Monday.',
  'Facebook had discussions with Chase, JPMorgan, Citibank, and Wells Fargo several months ago, said the source, who asked to remain anonymous to the press.',
  'The Silicon Valley-based social network also contacted US Bancorp, according to the Wall Street Journal, which first reported the news about the plans.',
  'Shares in the social network have regained some ground, and were trading up 3.3 percent in afternoon trading on Monday, with comments from analysts upbeat.',
];

function page(
  inner: string,
  url = 'https://news.example/2018/08/07/facebook-banks',
): { doc: Document; url: string } {
  const html = `<!doctype html><html><head><title>Facebook asks banks</title></head><body>${inner}</body></html>`;
  return { doc: new JSDOM(html, { url }).window.document, url };
}
const article = (extra = '') =>
  `<article><h1>Facebook asks banks</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}${extra}</article>`;

describe('clean()', () => {
  it('never mutates the document it is given', () => {
    const { doc, url } = page(
      `<div class="ticker">KSE100 114,148 Decreased By -1904.2 (-1.64%)</div>${article('<div class="sharedaddy"><h3>Share this:</h3></div>')}<div id="comments"><h2>Comments</h2></div>`,
    );
    const before = doc.documentElement.outerHTML;
    const r = clean(doc, { url });
    expect(r.removals.length).toBeGreaterThan(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('removes junk inside the article container and keeps every paragraph', () => {
    const { doc, url } = page(
      article(
        '<p>Like this:</p><div class="sharedaddy"><h3>Share this:</h3><ul><li>Twitter</li></ul></div><p>Related news:</p>',
      ),
    );
    const r = clean(doc, { url });
    for (const p of PARAS) expect(r.article!.text).toContain(p);
    expect(r.article!.text).not.toMatch(/Share this:|Like this:|Related news:/);
  });

  it('matches its rules on the page as served, not on a copy the rules have already cut', () => {
    const { doc, url } = page(
      article('<div class="promo">Partner offer</div><p class="note">Brought to you by our partner.</p>'),
    );
    // The first rule removes .promo; the second names what follows it, on the page the reader sees.
    const rules = [...BUILTIN_RULES, userRule(doc, '##.promo', 1), userRule(doc, '##.promo + p', 2)];
    const r = clean(doc, { url, rules });
    expect(r.removals.map((x) => x.ruleId)).toEqual(expect.arrayContaining(['user:1', 'user:2']));
    expect(r.article!.text).not.toMatch(/Partner offer|Brought to you/);
    for (const p of PARAS) expect(r.article!.text).toContain(p);
  });

  it('reads a match of the page it is given, as it would match the page itself', () => {
    const rules = rulesForHost([...BUILTIN_RULES], 'news.example');
    const alone = page(article());
    const shared = page(article());
    const match = matchPage(shared.doc.body, rules);
    const before = shared.doc.documentElement.outerHTML;
    expect(clean(shared.doc, { url: shared.url, match })).toEqual(clean(alone.doc, { url: alone.url }));
    expect(shared.doc.documentElement.outerHTML).toBe(before); // the match's walk and the removals touch only the copy

    // A match of another document is not this page's: clean() matches the page itself.
    const other = page(article()).doc;
    expect(clean(other, { url: alone.url, match })).toEqual(clean(alone.doc, { url: alone.url }));
  });

  it('keeps MathJax formulas, which raw Readability deletes as a "menu"', () => {
    const formula = (mml: string) =>
      `<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-math class="MJX-TEX" aria-hidden="true"><mjx-mi><mjx-c></mjx-c></mjx-mi></mjx-math>` +
      `<mjx-assistive-mml display="inline"><math xmlns="http://www.w3.org/1998/Math/MathML">${mml}</math></mjx-assistive-mml></mjx-container>`;
    const { doc, url } = page(
      article(
        `<p>When ${formula('<mi>a</mi><mo>≠</mo><mn>0</mn>')}, there are two solutions to ${formula('<mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>c</mi><mo>=</mo><mn>0</mn>')} and the harbour model uses both of them every day.</p>`,
      ),
    );
    const raw = new Readability(doc.cloneNode(true) as Document).parse()!;
    expect(raw.textContent).not.toContain('≠'); // what this guards against
    const r = clean(doc, { url });
    expect(r.article!.text).toMatch(/a ?≠ ?0 ?, there are two solutions to a ?x ?2 ?\+ ?c ?= ?0 and/);
    for (const p of PARAS) expect(r.article!.text).toContain(p);
  });

  it('takes an accented byline line out of the body', () => {
    const { doc, url } = page(article().replace('</h1>', '</h1><p>By Léa Martin</p>'));
    const r = clean(doc, { url });
    expect(r.article!.text).not.toContain('By Léa Martin');
    expect(r.removals.map((x) => x.ruleId)).toContain('disclaimers.byline-line');
  });

  it('says a section front is not an article, and still offers the best candidate', () => {
    const teasers = Array.from(
      { length: 14 },
      (_, i) =>
        `<h3><a href="/2018/08/0${(i % 9) + 1}/story-${i}">Story ${i} headline</a></h3><p>${PARAS[i % 4]}</p>`,
    ).join('');
    const { doc, url } = page(`<main>${teasers}</main>`, 'https://news.example/business');
    const r = clean(doc, { url });
    expect(r.status).toBe('no-article');
    expect(r.message).toMatch(/section front/);
    expect(r.article!.text.length).toBeGreaterThan(100);
  });

  it('says a front whose best candidate is one short teaser is not an article', () => {
    const teasers = Array.from(
      { length: 14 },
      (_, i) => `<div><h3><a href="/2018/08/0${(i % 9) + 1}/story-${i}">Story ${i} headline</a></h3></div>`,
    ).join('');
    const { doc, url } = page(
      `<main>${teasers}</main><div class="lead"><p>${PARAS[0]}</p></div>`,
      'https://news.example/',
    );
    expect(clean(doc, { url }).status).toBe('no-article');
  });

  it("treats a home page's body of prose as its article", () => {
    const links = Array.from({ length: 14 }, (_, i) => `<h3><a href="/gallery/${i}">Gallery ${i}</a></h3>`);
    const { doc, url } = page(
      `<nav>${links.join('')}</nav><div class="welcome"><h1>Welcome</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`,
      'https://gallery.example/',
    );
    const r = clean(doc, { url });
    expect(r.status).toBe('ok');
    for (const p of PARAS) expect(r.article!.text).toContain(p);
  });

  it('takes a short post body over the long comment thread under it', () => {
    for (const name of ['short-post-long-thread.html', 'short-post-long-thread-unmarked.html']) {
      const r = clean(blog(name), { url: BLOG_URL });
      expect(r.status).toBe('ok');
      expect(r.article!.text).toContain('This weekend I finally baked the sourdough loaf');
      expect(r.article!.text).toContain('the notes are below.');
      expect(r.article!.text).not.toMatch(/Mara Lind|Reply|the dough rose far more/);
    }
  });

  it('keeps a long article with a short comment section as Readability picks it', () => {
    const doc = blog('long-post-short-thread.html');
    const raw = new Readability(doc.cloneNode(true) as Document).parse()!;
    const r = clean(doc, { url: BLOG_URL });
    expect(r.article!.text).toContain('Paragraph 1 of the guide.');
    expect(r.article!.text).toContain('Paragraph 10 of the guide.');
    expect(r.article!.text.includes('Mara Lind')).toBe(raw.textContent!.includes('Mara Lind'));
  });

  it('says a page whose scripts write its text is a shell, not a page without an article', () => {
    const { doc, url } = page(
      '<gg-app><header class="skeleton"></header><main><div class="loader"></div></main></gg-app>',
    );
    const r = clean(doc, { url });
    expect(r.status).toBe('no-article');
    expect(r.message).toMatch(/its scripts write it/);
  });

  it('treats the same article at an article URL as an article', () => {
    const { doc, url } = page(article());
    expect(clean(doc, { url }).status).toBe('ok');
  });

  it('refuses a frameset and a page over the element budget with a reason', () => {
    const fs = new JSDOM('<html><frameset><frame src="a.html"></frameset></html>', {
      url: 'https://x.example/',
    }).window.document;
    expect(clean(fs, { url: 'https://x.example/' }).status).toBe('unsupported');
    const { doc, url } = page(article());
    const r = clean(doc, { url, maxElements: 5 });
    expect(r.status).toBe('too-large');
    expect(r.message).toMatch(/elements/);
  });

  it('refuses a page over the text budget, and reads nothing of a refused page', () => {
    const { doc, url } = page(
      article(`<p>${'word '.repeat(2000)}</p>`).replace(
        '<article>',
        '<article><p class="byline">By Ada Lovelace</p>',
      ),
    );
    doc.head.insertAdjacentHTML('beforeend', '<meta property="og:site_name" content="Northbridge Courier">');
    expect(clean(doc, { url, maxTextChars: 100_000 }).status).toBe('ok');
    const r = clean(doc, { url, maxTextChars: 10_000 });
    expect(r).toMatchObject({ status: 'too-large', article: null, removals: [] });
    expect(r.message).toMatch(
      /^This page has \d+ characters of text, more than the 10000 Cleanwire reads\.$/,
    );
    // Attribution from the URL alone: the page's own site name and byline are not read.
    expect(r.attribution.siteName?.source).toBe('url');
    expect(r.attribution.byline).toBeNull();
  });
});
