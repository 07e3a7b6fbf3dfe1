import { describe, expect, it } from 'vitest';
import {
  cleanInPlace,
  elementForBlock,
  hideElement,
  restore,
  restoreOne,
} from '../../../src/core/inpage/clean-in-place';
import { HIDDEN_ATTR, installStyle, MARKER_CSS, STYLE_ATTR } from '../../../src/core/inpage/css';
import { retainsAtLeast, retention, retentionReport } from '../../../src/core/inpage/retention';
import { clean } from '../../../src/core/clean';
import { matchPage } from '../../../src/core/rules/match';
import { rulesForHost } from '../../../src/core/rules/remove';
import { articleTextOf, FIXTURE_URL, HOST, livePage, rulesFor, serialize, userRule } from './helpers';

function cleanedFixture(extra: { articleText?: boolean } = {}) {
  const { doc } = livePage();
  const rules = rulesFor(doc);
  const articleText = articleTextOf(doc);
  const before = serialize(doc);
  const count = doc.getElementsByTagName('*').length;
  const result = cleanInPlace(doc, {
    rules,
    hostname: HOST,
    articleText: extra.articleText === false ? null : articleText,
  });
  return { doc, rules, articleText, before, count, result };
}

const hiddenEls = (doc: Document) => Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`));

describe('cleanInPlace', () => {
  it("with clean()'s match of the page, hides exactly what it hides on its own", () => {
    const run = (shared: boolean) => {
      const { doc } = livePage();
      const rules = rulesFor(doc);
      const match = matchPage(doc.body, rulesForHost(rules, HOST));
      const articleText = clean(doc, { url: FIXTURE_URL, ...(shared ? { match } : { rules }) }).article!.text;
      const result = cleanInPlace(
        doc,
        shared ? { match, hostname: HOST, articleText } : { rules, hostname: HOST, articleText },
      );
      return { result, html: serialize(doc) };
    };
    const alone = run(false);
    const shared = run(true);
    expect(alone.result.blocks.length).toBeGreaterThan(5);
    expect(shared.result).toEqual(alone.result);
    expect(shared.html).toBe(alone.html);
  });

  it('refuses a match made on another page', () => {
    const rules = rulesFor(livePage().doc);
    const match = matchPage(livePage().doc.body, rulesForHost(rules, HOST));
    expect(() => cleanInPlace(livePage().doc, { match, hostname: HOST })).toThrow(/not of this page/);
  });

  it('hides the clutter blocks and records each with its rule, family and preview', () => {
    const { result } = cleanedFixture();
    expect(result.blocks.map((b) => [b.id, b.ruleId, b.family, b.preview])).toEqual([
      [
        'cw1',
        'tickers.widget',
        'tickers',
        'AIRLINK 212.82 Increased By ▲ 3.27 (1.56%) KSE100 114,148 Decreased By -1904.2…',
      ],
      ['cw2', 'share.jetpack', 'share', 'Share this: Twitter Facebook'],
      ['cw3', 'related.label', 'related', 'Related news:'],
      [
        'cw4',
        'newsletters.newsletter',
        'newsletters',
        "Get the Ledger's morning briefing in your inbox. Sign up",
      ],
      ['cw5', 'newsletters.ad-label', 'newsletters', 'Advertisement'],
      [
        'cw6',
        'comments.wordpress',
        'comments',
        'Comments Finally! About time the council did something. Who pays for the upkeep…',
      ],
      ['cw7', 'related.widget', 'related', 'Most read Ferry strike called off New bridge opens'],
      // Disclaimers go in place too: the site's copyright line.
      ['cw8', 'disclaimers.rights', 'disclaimers', '© 2024 The Coastal Ledger'],
      [
        'cw9',
        'engine.link-list',
        'related',
        'Tide tables for March Interactive flood map A short history of the walls',
      ],
    ]);
    expect(result.blocks.every((b) => b.stage === 'dom' && b.textLength > 0)).toBe(true);
  });

  it('hides by marking, never by removing, and keeps what is not clutter on the live page', () => {
    const { doc, count, result } = cleanedFixture();
    expect(doc.getElementsByTagName('*').length).toBe(count + 1); // + the marker stylesheet
    expect(
      hiddenEls(doc)
        .map((el) => el.getAttribute(HIDDEN_ATTR))
        .sort(),
    ).toEqual(result.blocks.map((b) => b.id).sort());
    expect(doc.querySelector(`style[${STYLE_ATTR}="marks"]`)?.textContent).toBe(MARKER_CSS);
    // In place, the story's own byline (under its headline) and the skip link stay.
    expect(doc.querySelector('.byline')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(result.kept).toContainEqual({
      ruleId: 'disclaimers.byline-line',
      reason: 'story-line',
      preview: 'By Ana Ribeiro',
    });
    expect(doc.querySelector('a.skip')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(doc.querySelector('nav')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('keeps every sentence of the article visible, including those that mention comments and share', () => {
    const { doc, articleText } = cleanedFixture();
    expect(retentionReport(doc, articleText)).toEqual({
      retention: 1,
      pageMatch: 1,
      total: expect.any(Number),
      lostBlocks: [],
    });
    const visible = Array.from(doc.querySelectorAll('.story-body p')).filter(
      (p) => !p.closest(`[${HIDDEN_ATTR}]`),
    );
    expect(visible.map((p) => p.textContent)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/left comments on the council's consultation page/),
        expect.stringMatching(/the share of the budget/),
      ]),
    );
  });

  it('swaps the early stylesheet for the marker sheet in the same call', () => {
    const { doc } = livePage();
    installStyle(doc, 'early', '.ticker-bar { display: none !important; }');
    cleanInPlace(doc, { rules: rulesFor(doc), hostname: HOST });
    expect(
      Array.from(doc.querySelectorAll(`style[${STYLE_ATTR}]`)).map((s) => s.getAttribute(STYLE_ATTR)),
    ).toEqual(['marks']);
  });

  it('leaves stylesheets to the shell when asked', () => {
    const { doc } = livePage();
    installStyle(doc, 'early', '.x {}');
    cleanInPlace(doc, { rules: rulesFor(doc), hostname: HOST, manageStyles: false });
    expect(
      Array.from(doc.querySelectorAll(`style[${STYLE_ATTR}]`)).map((s) => s.getAttribute(STYLE_ATTR)),
    ).toEqual(['early']);
  });

  it('is idempotent: a second pass over the same record hides nothing twice', () => {
    const { doc, rules, articleText, result } = cleanedFixture();
    const n = result.blocks.length;
    cleanInPlace(doc, { rules, hostname: HOST, articleText, result });
    expect(result.blocks).toHaveLength(n);
    expect(hiddenEls(doc)).toHaveLength(n);
  });

  it('honours the reader’s site exceptions, by rule and by element', () => {
    const { doc } = livePage();
    const result = cleanInPlace(doc, {
      rules: rulesFor(doc),
      hostname: HOST,
      siteExceptions: {
        ruleIds: ['comments.wordpress', 'comments.generic', 'comments.heading'],
        selectors: ['.related-stories'],
      },
    });
    const ids = result.blocks.map((b) => b.ruleId);
    expect(ids).not.toContain('comments.wordpress');
    expect(ids).not.toContain('related.widget');
    expect(doc.getElementById('comments')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(result.kept).toContainEqual({
      ruleId: 'related.widget',
      reason: 'site-exception',
      preview: 'Most read Ferry strike called off New bridge opens',
    });
  });

  it('applies user rules, scoped by domain', () => {
    const { doc } = livePage();
    const rules = [
      userRule(doc, 'coastal-ledger.example##.site-footer', 1),
      userRule(doc, 'other.example##.main-nav', 2),
    ];
    const result = cleanInPlace(doc, { rules, hostname: HOST });
    expect(result.blocks.map((b) => [b.ruleId, b.family])).toEqual([['user:1', 'user']]);
  });
});

describe('the article-text guard', () => {
  const greedy = (doc: Document) => [
    ...rulesFor(doc),
    userRule(doc, '##.story-body', 1),
    userRule(doc, '##.story-body > p', 2),
    userRule(doc, '##li', 3),
  ];

  it('spares every element holding article text, whatever rule matched it, and still hides clutter inside', () => {
    const { doc } = livePage();
    const articleText = articleTextOf(doc);
    const result = cleanInPlace(doc, { rules: greedy(doc), hostname: HOST, articleText });
    expect(retention(doc, articleText)).toBe(1);
    // The article container is larger than the size guard allows; its paragraphs are spared as article.
    expect(result.kept).toContainEqual(expect.objectContaining({ ruleId: 'user:1', reason: 'too-large' }));
    const spared = result.kept.filter((k) => k.reason === 'article-text').map((k) => k.ruleId);
    expect(spared.filter((id) => id === 'user:2').length).toBeGreaterThanOrEqual(5);
    // Inside the spared container, the share block and the newsletter box still go.
    expect(result.blocks.map((b) => b.ruleId)).toEqual(
      expect.arrayContaining(['share.jetpack', 'newsletters.newsletter']),
    );
    // List items that are article text stay.
    const bullets = Array.from(doc.querySelectorAll('.story-body li')).filter((li) =>
      /fish market|progress reports/.test(li.textContent!),
    );
    expect(bullets.map((li) => li.closest(`[${HIDDEN_ATTR}]`))).toEqual([null, null]);
    expect(spared.filter((id) => id === 'user:3').length).toBeGreaterThanOrEqual(2);
  });

  it('spares a block holding a whole short line of the article (a tag line), and hides it when the article has no such line', () => {
    const story = [
      'The harbour city council voted on Tuesday to rebuild the flood walls along the old port.',
      'Work starts in spring and is expected to take four years, the mayor told reporters.',
      'Residents of the lower town will be moved while the walls go up.',
    ];
    const page = `<!doctype html><html><body><main>${story.map((p) => `<p>${p}</p>`).join('')}
      <div class="share-buttons"><p>Tags: <a href="/t/1">Harbour</a><a href="/t/2">Floods</a></p>
      <p>Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Print</a></p></div>
      </main></body></html>`;
    const withTags = [...story, 'Tags: HarbourFloods'].join('\n\n');
    for (const [articleText, hidden] of [
      [withTags, false],
      [story.join('\n\n'), true],
    ] as const) {
      const { doc } = livePage(page);
      const result = cleanInPlace(doc, { rules: rulesFor(doc), hostname: HOST, articleText });
      expect(doc.querySelector('.share-buttons')!.hasAttribute(HIDDEN_ATTR)).toBe(hidden);
      if (!hidden) {
        expect(result.kept).toContainEqual(
          expect.objectContaining({ ruleId: 'share.social-bar', reason: 'article-text' }),
        );
        expect(retention(doc, articleText)).toBe(1);
      }
    }
  });

  it("reads what the page hides itself off the page's match as it would match it again", () => {
    const { doc } = livePage();
    const articleText = articleTextOf(doc);
    const paragraphs = Array.from(doc.querySelectorAll('.story-body p')).slice(0, 2);
    // A copy of the first paragraphs that the page hides itself ([hidden], inline display:none): it
    // must count for nothing once those paragraphs are hidden.
    doc.body.insertAdjacentHTML(
      'afterbegin',
      `<div hidden><p>${paragraphs[0]!.textContent}</p></div><p style="display:none">${paragraphs[1]!.textContent}</p>`,
    );
    const match = matchPage(doc.body, rulesForHost(rulesFor(doc), HOST));
    paragraphs.forEach((p, i) => p.setAttribute(HIDDEN_ATTR, `cw${i + 1}`));
    const fresh = retentionReport(doc, articleText);
    expect(fresh.retention).toBeLessThan(1);
    expect(fresh.lostBlocks).toHaveLength(2);
    expect(retentionReport(doc, articleText, match)).toEqual(fresh);
  });

  it('answers "retains at least" as retention does, also where some of the article is not on the page', () => {
    const { doc } = livePage();
    const onPage = articleTextOf(doc);
    // A line the page does not have: retention counts only what is on the page, the quick bound all.
    const articleText = `${onPage}\n\nA closing paragraph that this page never printed anywhere at all, in any form.`;
    const first = doc.querySelector('.story-body p')!;
    for (const hidden of [false, true]) {
      if (hidden) first.setAttribute(HIDDEN_ATTR, 'cw1');
      const r = retention(doc, articleText);
      if (hidden) expect(r).toBeLessThan(1);
      else expect(r).toBe(1);
      for (const min of [0.5, r - 1e-9, r, r + 1e-9, 0.995, 1])
        expect(retainsAtLeast(doc, articleText, min), `min ${min}, retention ${r}`).toBe(r >= min);
    }
  });

  it('is what keeps the article: without the article text, the same rules hide it', () => {
    const { doc } = livePage();
    const articleText = articleTextOf(doc);
    cleanInPlace(doc, { rules: greedy(doc), hostname: HOST, articleText: null });
    expect(retention(doc, articleText)).toBeLessThan(0.5);
  });

  it('never hides an element with more than half the page’s text, even without article text', () => {
    const { doc } = livePage();
    const result = cleanInPlace(doc, { rules: [userRule(doc, '##main')], hostname: HOST });
    expect(result.blocks).toEqual([]);
    expect(result.kept).toEqual([
      { ruleId: 'user:1', reason: 'too-large', preview: expect.stringMatching(/^Harbour city votes/) },
    ]);
  });
});

describe('restore', () => {
  it('puts the page back byte for byte', () => {
    const { doc, before, result } = cleanedFixture();
    expect(serialize(doc)).not.toBe(before);
    restore(doc, result);
    expect(serialize(doc)).toBe(before);
    expect(result.blocks).toEqual([]);
  });

  it('keeps the page’s own attributes exactly, style attributes with odd spacing included', () => {
    const { doc, result } = cleanedFixture();
    const ticker = doc.getElementById('market-ticker')!;
    expect(ticker.getAttribute('style')).toBe('color: red;  font-weight:bold');
    restore(doc, result);
    expect(
      ticker.outerHTML.startsWith(
        '<div class="ticker-bar" id="market-ticker" style="color: red;  font-weight:bold">',
      ),
    ).toBe(true);
  });

  it('does not touch an attribute of ours that the page set itself', () => {
    const { doc } = livePage();
    const own = doc.querySelector('footer')!;
    own.setAttribute(HIDDEN_ATTR, 'cw1');
    const before = serialize(doc);
    const result = cleanInPlace(doc, { rules: rulesFor(doc), hostname: HOST });
    expect(result.blocks[0]!.id).toBe('cw2');
    restore(doc, result);
    expect(own.getAttribute(HIDDEN_ATTR)).toBe('cw1');
    expect(serialize(doc).replace(/ data-cleanwire-hidden="cw1"/g, '')).toBe(
      before.replace(/ data-cleanwire-hidden="cw1"/g, ''),
    );
  });
});

describe('restoreOne', () => {
  it('shows one block exactly as it was and leaves the others hidden', () => {
    const { doc, result } = cleanedFixture();
    const share = result.blocks.find((b) => b.ruleId === 'share.jetpack')!;
    const el = elementForBlock(doc, share.id)!;
    const original = el.outerHTML.replace(` ${HIDDEN_ATTR}="${share.id}"`, '');
    const others = result.blocks.length - 1;
    expect(restoreOne(doc, result, share.id)).toEqual(share);
    expect(el.outerHTML).toBe(original);
    expect(result.blocks).toHaveLength(others);
    expect(hiddenEls(doc)).toHaveLength(others);
    expect(restoreOne(doc, result, share.id)).toBeNull();
    expect(restoreOne(doc, result, 'cw"]; body')).toBeNull();
  });

  it('then restore brings back the rest, to the original bytes', () => {
    const { doc, before, result } = cleanedFixture();
    restoreOne(doc, result, 'cw3');
    restore(doc, result);
    expect(serialize(doc)).toBe(before);
  });
});

describe('hideElement (zapper)', () => {
  it('hides a picked element as a restorable block, adding the marker sheet if needed', () => {
    const { doc } = livePage();
    const before = serialize(doc);
    const result = cleanInPlace(doc, { rules: [], hostname: HOST });
    const footer = doc.querySelector('footer')!;
    const block = hideElement(doc, result, footer)!;
    expect(block).toMatchObject({
      id: 'cw1',
      ruleId: 'user:zap',
      family: 'user',
      stage: 'zap',
      preview: '© 2024 The Coastal Ledger',
    });
    expect(hideElement(doc, result, footer)).toBeNull();
    expect(hideElement(doc, result, doc.body)).toBeNull();
    restore(doc, result);
    expect(serialize(doc)).toBe(before);
  });

  it('installs the marker sheet on a page that was never cleaned', () => {
    const { doc } = livePage();
    hideElement(doc, { blocks: [], kept: [], maxHiddenChars: 1000, nextId: 1 }, doc.querySelector('footer')!);
    expect(doc.querySelectorAll(`style[${STYLE_ATTR}="marks"]`)).toHaveLength(1);
  });
});

describe('the engine’s judgement: link lists inside the article', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the report explains in some detail how the survey of the walls was carried out and by whom.</p>`;
  const article = [1, 2, 3, 4].map(
    (n) =>
      `Paragraph ${n} of the report explains in some detail how the survey of the walls was carried out and by whom.`,
  );
  const page = (inside: string, outside = '') =>
    livePage(`<!doctype html><body><nav><a href="/a">World</a> <a href="/b">Business</a> <a href="/c">Sport</a></nav>
      <div class="content"><div class="text">${para(1)}${para(2)}${inside}${para(3)}${para(4)}</div></div>${outside}</body>`)
      .doc;

  it('hides a block of links inside the article container that is not article text', () => {
    const doc = page(
      '<div class="more"><a href="/x">Tide tables</a> <a href="/y">Flood map</a> <a href="/z">Wall history</a></div>',
    );
    const result = cleanInPlace(doc, { rules: [], hostname: HOST, articleText: article.join('\n\n') });
    expect(result.blocks.map((b) => [b.ruleId, b.preview])).toEqual([
      ['engine.link-list', 'Tide tables Flood map Wall history'],
    ]);
    expect(doc.querySelector('nav')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('keeps a list of links that is article text, however the engine nested its lines', () => {
    const doc = page(
      '<div><ul><li><a href="/b1">Bagging</a></li><li><a href="/b2">Boosting</a></li><li><a href="/r">Random forest</a></li></ul></div>',
    );
    const text = [
      article[0],
      article[1],
      '- Ensembles\n  - Bagging\n  - Boosting\n  - Random forest',
      article[2],
      article[3],
    ].join('\n\n');
    const result = cleanInPlace(doc, { rules: [], hostname: HOST, articleText: text });
    expect(result.blocks).toEqual([]);
  });

  it('judges nothing without the article text, or when switched off', () => {
    const inside =
      '<div class="more"><a href="/x">Tide tables</a> <a href="/y">Flood map</a> <a href="/z">Wall history</a></div>';
    expect(cleanInPlace(page(inside), { rules: [], hostname: HOST }).blocks).toEqual([]);
    expect(
      cleanInPlace(page(inside), {
        rules: [],
        hostname: HOST,
        articleText: article.join('\n\n'),
        judgeLinkLists: false,
      }).blocks,
    ).toEqual([]);
  });
});
