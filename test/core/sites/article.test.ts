import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  articlePageSignals,
  classifyArticleUrl,
  isProbablyArticlePage,
  isProbablyArticleUrl,
  jsonLdTypes,
  readsAsTeaser,
} from '../../../src/core/sites/article';

describe('classifyArticleUrl', () => {
  const articles = [
    'https://www.theguardian.com/world/2024/may/01/israel-gaza-war-ceasefire-talks-latest',
    'https://www.bbc.com/news/world-asia-68912345',
    'https://www.bbc.co.uk/news/articles/c4nn5e3wx2eo',
    'https://www.reuters.com/world/europe/eu-leaders-agree-new-sanctions-package-2024-05-01/',
    'https://apnews.com/article/election-2024-biden-trump-debate-8b2f1c0d9e',
    'https://www.nytimes.com/2018/08/07/business/facebook-banks-data.html',
    'https://www.business-standard.com/article/pti-stories/facebook-asks-big-banks-to-share-customer-details-118080700005_1.html',
    'https://www.brecorder.com/news/4614123',
    'https://www.dawn.com/news/1425468/facebook-asks-banks',
    'https://steemit.com/social/@user/facebook-asks-us-banks-to-share-customer-data',
    'https://example.wordpress.com/2018/08/07/facebook-wants-your-financial-data/',
    'https://blog.example.com/?p=1234',
    'https://www.spiegel.de/wirtschaft/unternehmen/facebook-will-bankdaten-seiner-nutzer-a-1222109.html',
    'https://www.lemonde.fr/economie/article/2018/08/07/facebook-veut-les-donnees-bancaires_5339904_3234.html',
    'https://timesofindia.indiatimes.com/business/international-business/facebook-banks/articleshow/65310712.cms',
    'https://www.example.com/2024/05/01/short/',
    'https://www.example.com/news/2024/05/01/budget',
    'https://www.example.com/story.php?story_id=8812',
  ];
  it.each(articles)('%s is an article', (url) => {
    expect(classifyArticleUrl(url).verdict).toBe('article');
    expect(isProbablyArticleUrl(url)).toBe(true);
  });

  const fronts = [
    'https://www.theguardian.com/',
    'https://www.theguardian.com',
    'https://www.bbc.com/news',
    'https://www.bbc.com/news/',
    'https://www.nytimes.com/section/world',
    'https://www.reuters.com/world/europe/',
    'https://www.reuters.com/business/',
    'https://www.example.com/world/',
    'https://www.example.com/us-news',
    'https://www.example.com/index.html',
    'https://www.example.com/news/index.php',
    'https://www.example.com/tag/facebook/',
    'https://www.example.com/tag/facebook-banks-data-privacy-story',
    'https://www.example.com/topics/technology/page/2',
    'https://www.example.com/author/melissa-porter/',
    'https://www.example.com/category/economy',
    'https://www.example.com/search?q=facebook+banks+share+customer+details',
    'https://www.example.com/2024/05/',
    'https://www.example.com/2024/05/01/',
    'https://www.example.com/archive/2024',
    'https://www.spiegel.de/wirtschaft/',
    'https://www.lemonde.fr/economie/',
    'https://www.example.com/?utm_source=newsletter',
  ];
  it('a bare small number after a section is an article id, not a date archive', () => {
    expect(classifyArticleUrl('https://port.example/news/1').verdict).not.toBe('front');
    expect(classifyArticleUrl('https://www.example.com/2024/05/07').verdict).toBe('front');
  });

  it.each(fronts)('%s is a front or listing', (url) => {
    expect(classifyArticleUrl(url).verdict).toBe('front');
    expect(isProbablyArticleUrl(url)).toBe(false);
  });

  it.each([
    'https://www.example.com/about',
    'https://www.example.com/contact-us',
    'https://example.com/podcast-hub/live',
    'not a url',
  ])('%s is left to the document', (url) => {
    expect(classifyArticleUrl(url).verdict).toBe('unknown');
  });

  it('gives its reason', () => {
    expect(classifyArticleUrl('https://www.example.com/tag/facebook/').reason).toBe('a /tag/ listing');
    expect(classifyArticleUrl('https://www.example.com/').reason).toBe('the home page');
    expect(classifyArticleUrl('https://www.example.com/world/').reason).toBe('the /world/ section front');
  });
});

const paragraph = (n: number) =>
  `<p>${'The central bank held its benchmark rate steady on Wednesday, citing persistent inflation in services and a labour market that has cooled only slowly. '.repeat(n)}</p>`;

function page(head: string, body: string): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;
}

const ARTICLE_BODY = `<header><a href="/">Home</a></header><article><h1>Rates held</h1>${paragraph(3)}${paragraph(3)}${paragraph(2)}</article>`;
const FRONT_BODY = Array.from(
  { length: 15 },
  (_, i) =>
    `<section><h3><a href="/world/2024/05/0${(i % 9) + 1}/story-number-${i}-about-the-news">Headline ${i} about the news of the day</a></h3><p>A short teaser about story ${i} that runs to a sentence or two.</p></section>`,
).join('');

describe('isProbablyArticlePage', () => {
  it('accepts an article page with article metadata', () => {
    const doc = page(
      `<meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Rates held"}</script>`,
      ARTICLE_BODY,
    );
    const signals = articlePageSignals(
      doc,
      'https://news.example.com/business/2024/05/01/central-bank-holds-rates',
    );
    expect(signals.isArticle).toBe(true);
    expect(signals.reasons).toEqual(
      expect.arrayContaining([
        '+2 og:type is article',
        '+3 JSON-LD type newsarticle',
        '+2 Readability finds article-length text',
      ]),
    );
  });

  it('accepts an article whose URL says nothing, on its text and metadata', () => {
    const doc = page('<meta property="og:type" content="article">', ARTICLE_BODY);
    expect(isProbablyArticlePage(doc, 'https://news.example.com/p/rates')).toBe(true);
  });

  it('refuses the home page even when it carries long text', () => {
    const doc = page('<meta property="og:type" content="website">', FRONT_BODY + paragraph(4));
    const signals = articlePageSignals(doc, 'https://news.example.com/');
    expect(signals.isArticle).toBe(false);
    expect(signals.reasons).toContain('-3 URL: the home page');
  });

  it('refuses a section front whose URL says nothing, by its teaser grid', () => {
    const doc = page('', FRONT_BODY + paragraph(4));
    const signals = articlePageSignals(doc, 'https://news.example.com/p/latest-stories-hub');
    expect(signals.reasons.some((r) => /headline links/.test(r))).toBe(true);
    expect(signals.isArticle).toBe(false);
  });

  it('refuses a section front even with an article og:type set site-wide', () => {
    const doc = page('<meta property="og:type" content="article">', FRONT_BODY);
    expect(isProbablyArticlePage(doc, 'https://news.example.com/world/')).toBe(false);
  });

  it('does not count a listing of many JSON-LD articles as one article', () => {
    const items = Array.from({ length: 4 }, (_, i) => `{"@type":"NewsArticle","headline":"Story ${i}"}`).join(
      ',',
    );
    const doc = page(`<script type="application/ld+json">[${items}]</script>`, FRONT_BODY);
    const signals = articlePageSignals(doc, 'https://news.example.com/p/hub');
    expect(signals.reasons).toContain('-1 JSON-LD lists 4 articles');
    expect(signals.isArticle).toBe(false);
  });

  it('refuses a short page with nothing to read', () => {
    const doc = page('', '<p>Contact us at the address below.</p>');
    expect(isProbablyArticlePage(doc, 'https://example.com/contact')).toBe(false);
  });
});

describe('jsonLdTypes', () => {
  it('reads top-level and @graph types, ignores broken blocks and nested items', () => {
    const doc = page(
      `<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle","Article"],"author":{"@type":"Person"}}]}</script>
       <script type="application/ld+json">{ not json</script>
       <script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem"}]}</script>`,
      '',
    );
    expect(jsonLdTypes(doc)).toEqual(['website', 'newsarticle', 'article', 'breadcrumblist']);
  });
});

describe('readsAsTeaser', () => {
  const el = (html: string) => new JSDOM(`<div>${html}</div>`).window.document.body.firstElementChild!;
  const prose =
    '<p>' +
    'The council met on Monday to discuss the harbour budget for the coming year. '.repeat(12) +
    '</p>';

  it('reads a short candidate, a headline list and mostly linked text as teasers', () => {
    expect(readsAsTeaser(el('<p>One teaser summary of a story.</p>'))).toBe(true);
    const list = Array.from(
      { length: 6 },
      (_, i) => `<h3><a href="/s/${i}">Story ${i}</a></h3><p>${'Summary words here. '.repeat(8)}</p>`,
    );
    expect(readsAsTeaser(el(list.join('')))).toBe(true);
    const wrapped = Array.from(
      { length: 6 },
      (_, i) => `<a href="/s/${i}"><h3>Story ${i}</h3></a><p>${'Summary words here. '.repeat(8)}</p>`,
    );
    expect(readsAsTeaser(el(wrapped.join('')))).toBe(true);
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/s/${i}">A linked headline number ${i}</a></li>`,
    );
    expect(readsAsTeaser(el(`<ul>${links.join('')}</ul>`))).toBe(true);
  });

  it('reads a body of prose, even with a few linked headings, as an article', () => {
    expect(readsAsTeaser(el(prose))).toBe(false);
    expect(
      readsAsTeaser(
        el(`<h2><a href="#a">Part one</a></h2>${prose}<h2><a href="#b">Part two</a></h2>${prose}`),
      ),
    ).toBe(false);
  });
});
