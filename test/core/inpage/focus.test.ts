import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/core/clean';
import { cleanInPlace, restore, restoreOne } from '../../../src/core/inpage/clean-in-place';
import { FOCUS_ATTR, HIDDEN_ATTR, MARKER_CSS } from '../../../src/core/inpage/css';
import { planFocus } from '../../../src/core/inpage/focus';
import { createLateWidgetCleaner } from '../../../src/core/inpage/late';
import { buildArticleIndex } from '../../../src/core/inpage/article-index';
import { retentionReport } from '../../../src/core/inpage/retention';
import { findMasthead, mapStory } from '../../../src/core/inpage/story-map';
import type { InPageMode } from '../../../src/core/inpage/hide';
import { FIXTURE_URL, fixtureHtml, HOST, livePage, rulesFor, serialize } from './helpers';

const shown = (el: Element | null) => {
  if (!el) throw new Error('no such element');
  return el.closest(`[${HIDDEN_ATTR}]`) === null;
};

/** The content script's path: clean() for the article, then the in-place pass in `mode`. */
function cleanPage(html: string, mode: InPageMode, article?: { text: string; title: string }) {
  const { doc } = livePage(html);
  const before = serialize(doc);
  const extracted = article ?? clean(doc, { url: FIXTURE_URL, rules: rulesFor(doc) }).article;
  if (!extracted) throw new Error('no article');
  const result = cleanInPlace(doc, {
    rules: rulesFor(doc),
    hostname: HOST,
    articleText: extracted.text,
    title: extracted.title,
    mode,
  });
  const $ = (selector: string) => doc.querySelector(selector);
  return { doc, before, result, articleText: extracted.text, $ };
}

const para = (topic: string) =>
  `The ${topic} was discussed at length by the committee on Thursday evening, and members agreed to publish a full account of their findings before the end of the month.`;

describe('Focus on a news page with furniture', () => {
  const page = () => cleanPage(fixtureHtml('focus-page.html'), 'focus');

  it('hides the site around the story: link bar, section menu, market strip, sidebar, sign-up row, footer', () => {
    const { $, result } = page();
    expect(result.focus).toEqual({ mode: 'focus', fallback: null, layoutMarks: true });
    for (const selector of [
      '.top-links',
      'nav.sections',
      '.quote-strip',
      '.sidebar',
      '.payout-row',
      'footer',
    ])
      expect(shown($(selector)), selector).toBe(false);
    // Blocks no rule names are recorded as the site around the story, each one restorable.
    const furniture = result.blocks.filter((b) => b.family === 'furniture');
    expect(furniture.map((b) => b.preview)).toEqual([
      'About us Contact E-paper Advertise',
      'World Business Sport Opinion',
      'BRENT 82.10 +0.4 GOLD 2,031.50 -3.2 EUR/USD 1.0843',
      expect.stringMatching(/^Popular Posts Ferry strike/),
      'Write for us and earn up to 200 euros for every story we publish. Apply today.',
    ]);
    expect(furniture.every((b) => b.ruleId === 'focus:not-story' && b.stage === 'dom')).toBe(true);
  });

  it('keeps the story: its header outside the body container, every paragraph, its pictures, and the logo', () => {
    const { $, doc, result, articleText } = page();
    for (const selector of [
      'h1.headline',
      '.standfirst',
      '.meta',
      'figure.lead img',
      'figure.lead figcaption',
      'figure.inline img',
      'a.brand img',
    ])
      expect(shown($(selector)), selector).toBe(true);
    for (const p of Array.from(doc.querySelectorAll('.text p')).slice(0, 5)) expect(shown(p)).toBe(true);
    expect(retentionReport(doc, articleText)).toMatchObject({ retention: 1, lostBlocks: [] });
    // The story's own date and byline line stays (the rules' byline/date guard), a sidebar's chance
    // match ("Local" is both the story's section label and a category) does not keep the sidebar.
    expect(result.kept).toContainEqual(
      expect.objectContaining({ ruleId: 'disclaimers.first-published', reason: 'story-line' }),
    );
    expect(shown($('.sidebar li a[href="/local/"]'))).toBe(false);
  });

  it('lets the rules act inside the story as in the popup: promo box, syndication note, "First Published" stamp', () => {
    const { $, result } = page();
    expect(shown($('.promo-box'))).toBe(false);
    expect(shown($('.stamp'))).toBe(false);
    expect(result.blocks.map((b) => b.ruleId)).toEqual(
      expect.arrayContaining([
        'newsletters.channel-promo',
        'disclaimers.syndicated-feed',
        'disclaimers.first-published',
      ]),
    );
  });

  it('marks the layout for the stylesheet: the story column, the elements around it, the logo', () => {
    const { doc } = page();
    const marks = Array.from(doc.querySelectorAll(`[${FOCUS_ATTR}]`)).map((el) => [
      el.localName + (el.className ? `.${el.className.split(' ')[0]}` : ''),
      el.getAttribute(FOCUS_ATTR),
    ]);
    expect(marks).toEqual([
      ['html', 'page'],
      ['body.single', 'page'],
      ['header.site-header', 'masthead-path'],
      ['a.brand', 'masthead'],
      ['div.page', 'path'],
      ['div.columns', 'path'],
      ['div.main-col', 'path'],
      ['div.text', 'story'],
    ]);
  });

  it('restore gives back the page byte for byte, and one block can be shown alone', () => {
    const { doc, before, result } = page();
    expect(serialize(doc)).not.toBe(before);
    const sidebar = result.blocks.find((b) => b.preview.startsWith('Popular Posts'))!;
    expect(restoreOne(doc, result, sidebar.id)).toEqual(sidebar);
    expect(shown(doc.querySelector('.sidebar'))).toBe(true);
    restore(doc, result);
    expect(serialize(doc)).toBe(before);
    expect(result.focus).toBeUndefined();
  });
});

describe('Tidy on the same page', () => {
  it('keeps the site’s layout and hides only known clutter; disclaimers go, the story’s own byline/date line stays', () => {
    const { $, result } = cleanPage(fixtureHtml('focus-page.html'), 'tidy');
    expect(result.focus).toEqual({ mode: 'tidy', fallback: null, layoutMarks: false });
    expect(result.blocks.some((b) => b.family === 'furniture')).toBe(false);
    for (const selector of ['.top-links', 'nav.sections', '.sidebar', '.payout-row', '.meta'])
      expect(shown($(selector)), selector).toBe(true);
    for (const selector of ['.stamp', '.promo-box', 'footer'])
      expect(shown($(selector)), selector).toBe(false);
    expect(result.blocks.map((b) => b.ruleId)).toContain('disclaimers.syndicated-feed');
  });
});

describe('mapping the article onto the page', () => {
  it('finds a story written as <br>-separated text, which has no paragraphs', () => {
    const lines = ['quota rules', 'harbour dredging', 'fleet subsidies', 'market hours'].map(para);
    const html = `<!doctype html><title>Fishermen protest new quota rules</title><body>
      <div class="bar"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/weather/">Weather</a></div>
      <div id="wrap"><div id="content"><h1>Fishermen protest new quota rules</h1>${lines.join('<br><br>\n')}</div>
      <div id="side"><div class="box">Popular Posts<br><a href="/a">Ferry strike called off</a><br><a href="/b">New bridge opens</a></div></div></div>
      <div id="foot">Harbour Times, 12 Quay Street. Letters to the editor welcome.</div></body>`;
    const { $, doc, result, articleText } = cleanPage(html, 'focus', {
      title: 'Fishermen protest new quota rules',
      text: lines.join('\n\n'),
    });
    expect(result.focus?.fallback).toBeNull();
    expect(shown($('#content'))).toBe(true);
    for (const selector of ['.bar', '#side', '#foot']) expect(shown($(selector)), selector).toBe(false);
    expect(retentionReport(doc, articleText).retention).toBe(1);
  });

  it('finds a story split over sibling containers, and hides what sits between and around them', () => {
    const parts = ['first', 'second', 'third', 'fourth'].map((n) => para(`${n} report`));
    const html = `<!doctype html><body><main>
      <h1>Committee publishes its four reports</h1>
      <div class="part"><p>${parts[0]}</p><p>${parts[1]}</p></div>
      <div class="more"><button>Continue reading</button> <span>Story continues below</span></div>
      <div class="part"><p>${parts[2]}</p><p>${parts[3]}</p></div>
      <div class="trending">Trending now: ferry strike, bridge opening, market hours, tide tables and more.</div>
      </main><aside><h3>Latest</h3><p>Council meets again next week to discuss the harbour.</p></aside></body>`;
    const { $, doc, result, articleText } = cleanPage(html, 'focus', {
      title: 'Committee publishes its four reports',
      text: parts.join('\n\n'),
    });
    expect(result.focus?.fallback).toBeNull();
    for (const part of Array.from(doc.querySelectorAll('.part'))) expect(shown(part)).toBe(true);
    for (const selector of ['.more', '.trending', 'aside']) expect(shown($(selector)), selector).toBe(false);
    expect(shown($('h1'))).toBe(true);
    expect(retentionReport(doc, articleText).retention).toBe(1);
  });

  it('plans without touching the page: the plan is a value', () => {
    const { doc } = livePage(fixtureHtml('focus-page.html'));
    const article = clean(doc, { url: FIXTURE_URL, rules: rulesFor(doc) }).article!;
    const before = serialize(doc);
    const story = mapStory(doc.body, buildArticleIndex(article.text), article.title)!;
    const plan = planFocus(doc.body, story, findMasthead(doc.body, story));
    expect(serialize(doc)).toBe(before);
    expect(story.headline).toBe(doc.querySelector('h1'));
    expect(story.column).toBe(doc.querySelector('.text'));
    expect(plan.masthead).toBe(doc.querySelector('a.brand'));
    expect(plan.hide.map((el) => el.className)).toEqual([
      'top-links',
      'sections',
      'quote-strip',
      'promo-box',
      '', // the syndication note, not article text
      'stamp',
      'tags',
      'sidebar',
      'payout-row',
      'site-footer',
    ]);
  });

  it('keeps "Skip to content", which only keyboard users see', () => {
    const { $, result } = cleanPage(fixtureHtml(), 'focus');
    expect(result.focus?.mode).toBe('focus');
    expect(shown($('a.skip'))).toBe(true);
    // The menu's "Home" link is not the site's name: the menu goes.
    expect(shown($('nav.main-nav'))).toBe(false);
  });

  it('keeps an element the reader chose to always show on the site', () => {
    const { doc } = livePage(fixtureHtml('focus-page.html'));
    const article = clean(doc, { url: FIXTURE_URL, rules: rulesFor(doc) }).article!;
    const result = cleanInPlace(doc, {
      rules: rulesFor(doc),
      hostname: HOST,
      articleText: article.text,
      title: article.title,
      mode: 'focus',
      siteExceptions: { ruleIds: [], selectors: ['aside.sidebar'] },
    });
    expect(result.focus?.mode).toBe('focus');
    expect(shown(doc.querySelector('.sidebar'))).toBe(true);
  });
});

describe('falling back to Tidy', () => {
  const story = ['walls', 'drains', 'pumps'].map(para);
  // The engine's article holds a short line (two grams) that the page shows only inside a longer promo
  // in the sidebar: Focus would hide it with the sidebar.
  const line = 'Full report at the town library';
  const html = `<!doctype html><body><header><a href="/">Ledger</a> <a href="/news/">News</a> <a href="/sport/">Sport</a></header>
    <article><h1>Council reports on the walls</h1>${story.map((p) => `<p>${p}</p>`).join('')}</article>
    <aside><p>Events this week: ${line} — and much more for families, children and visitors every day until Sunday afternoon.</p></aside>
    <footer>Ledger Media Group</footer></body>`;
  const article = { title: 'Council reports on the walls', text: [...story, line].join('\n\n') };

  it('when hiding around the story would hide article text: the page is tidied, and the result says why', () => {
    const tidy = cleanPage(html, 'tidy', article);
    const focus = cleanPage(html, 'focus', article);
    expect(focus.result.focus).toEqual({ mode: 'tidy', fallback: 'story-text-lost', layoutMarks: false });
    expect(serialize(focus.doc)).toBe(serialize(tidy.doc));
    expect(focus.result.blocks).toEqual(tidy.result.blocks);
    expect(shown(focus.$('aside'))).toBe(true);
    expect(retentionReport(focus.doc, article.text).retention).toBe(1);
    restore(focus.doc, focus.result);
    expect(serialize(focus.doc)).toBe(focus.before);
  });

  it('when there is no article, or its text is nowhere on the page', () => {
    const { doc } = livePage(html);
    const none = cleanInPlace(doc, { rules: rulesFor(doc), hostname: HOST, mode: 'focus' });
    expect(none.focus).toEqual({ mode: 'tidy', fallback: 'no-article', layoutMarks: false });
    const other = cleanPage(html, 'focus', {
      title: 'Elsewhere',
      text: 'Zebras escaped from the zoo overnight and wandered through three villages before keepers caught them.',
    });
    expect(other.result.focus?.fallback).toBe('story-not-found');
    expect(other.result.blocks.some((b) => b.family === 'furniture')).toBe(false);
  });
});

describe('layout marks', () => {
  it('are left out on a page that carries the attribute itself, whose own value restore keeps', () => {
    const html = fixtureHtml('focus-page.html').replace(
      '<div class="page">',
      `<div class="page" ${FOCUS_ATTR}="x">`,
    );
    const { doc, before, result } = cleanPage(html, 'focus');
    expect(result.focus).toEqual({ mode: 'focus', fallback: null, layoutMarks: false });
    expect(doc.querySelectorAll(`[${FOCUS_ATTR}]`)).toHaveLength(1);
    restore(doc, result);
    expect(serialize(doc)).toBe(before);
  });
});

describe('the marker stylesheet after Focus', () => {
  const styled = (mode: InPageMode) => {
    // The site's layout: a scroll lock left by a consent overlay, a sticky banner, a story column
    // floated beside the sidebar. (jsdom does not weigh !important against inline styles: a sheet.)
    const siteCss = `body.single { overflow: hidden; position: fixed; top: -300px }
      header.site-header { position: sticky; top: 0 } div.main-col { float: left; width: 66% }`;
    const html = fixtureHtml('focus-page.html').replace('</head>', `<style>${siteCss}</style></head>`);
    const page = cleanPage(html, mode);
    const style = (selector: string, property: string) =>
      page.doc.defaultView!.getComputedStyle(page.$(selector)!).getPropertyValue(property);
    return { ...page, style };
  };

  it('undoes a scroll lock, a sticky banner and the sidebar layout on the marked elements', () => {
    const { style } = styled('focus');
    expect([style('body', 'overflow'), style('body', 'position')]).toEqual(['visible', 'static']);
    expect(style('header.site-header', 'position')).toBe('relative');
    expect([style('.main-col', 'float'), style('.main-col', 'margin-left')]).toEqual(['none', 'auto']);
    // The site's own width and fonts stay.
    expect(style('.main-col', 'width')).toBe('66%');
  });

  it('does nothing to a page cleaned in Tidy, or restored', () => {
    const tidy = styled('tidy');
    expect([tidy.style('body', 'overflow'), tidy.style('header.site-header', 'position')]).toEqual([
      'hidden',
      'sticky',
    ]);
    const focus = styled('focus');
    restore(focus.doc, focus.result);
    // The shell may keep the sheet as a registered file: without the marks it matches nothing.
    const sheet = focus.doc.createElement('style');
    sheet.textContent = MARKER_CSS;
    focus.doc.head.append(sheet);
    expect(focus.style('.main-col', 'float')).toBe('left');
    expect(focus.style('body', 'position')).toBe('fixed');
  });
});

describe('late arrivals after Focus', () => {
  it('hides what arrives beside the story, unless it holds article text; inside the story only rules act', async () => {
    const { dom } = livePage(fixtureHtml('focus-page.html'));
    const doc = dom.window.document;
    const before = serialize(doc);
    const article = clean(doc, { url: FIXTURE_URL, rules: rulesFor(doc) }).article!;
    const rules = rulesFor(doc);
    const result = cleanInPlace(doc, {
      rules,
      hostname: HOST,
      articleText: article.text,
      title: article.title,
      mode: 'focus',
    });
    const cleaner = createLateWidgetCleaner(doc, rules, {
      hostname: HOST,
      result,
      articleText: article.text,
      focus: true,
      now: () => 0,
      schedule: () => {},
    });
    const observer = new dom.window.MutationObserver((records) =>
      cleaner.add(records.flatMap((r) => Array.from(r.addedNodes))),
    );
    observer.observe(doc.body, { childList: true, subtree: true });
    const add = (parent: Element, markup: string) => {
      parent.insertAdjacentHTML('beforeend', markup);
      return parent.lastElementChild!;
    };
    const overlay = add(doc.body, '<div class="overlay">You have 2 free articles left this month.</div>');
    const script = add(doc.body, '<script>window.x = 1</script>');
    const rail = add(doc.querySelector('.columns')!, '<div class="rail">More from the Ledger today</div>');
    // A page that renders the story again beside the old one keeps it on screen.
    const copy = add(
      doc.querySelector('.columns')!,
      `<div class="copy"><p>${doc.querySelector('.text p')!.textContent}</p></div>`,
    );
    const note = add(
      doc.querySelector('.text')!,
      '<p class="aside">Editor’s note: figures updated at noon.</p>',
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    cleaner.flush();
    expect([overlay, rail].map(shown)).toEqual([false, false]);
    expect([script, copy, note].map(shown)).toEqual([true, true, true]);
    expect(result.blocks.filter((b) => b.stage === 'late').map((b) => [b.family, b.preview])).toEqual([
      ['furniture', 'You have 2 free articles left this month.'],
      ['furniture', 'More from the Ledger today'],
    ]);
    observer.disconnect();
    cleaner.stop();
    for (const el of [overlay, script, rail, copy, note]) el.remove();
    restore(doc, result);
    expect(serialize(doc)).toBe(before);
  });
});
