import { describe, expect, it } from 'vitest';
import {
  buildArticleIndex,
  blockGrams,
  holdsArticleText,
  words,
} from '../../../src/core/inpage/article-index';
import { HIDDEN_ATTR } from '../../../src/core/inpage/css';
import { measureInPageCleaning } from '../../../src/core/inpage/measure';
import { retentionReport } from '../../../src/core/inpage/retention';
import { articleTextOf, FIXTURE_URL, fixtureHtml, livePage } from './helpers';

/** A detached <div> holding `html`. */
function el(html: string): HTMLDivElement {
  const div = livePage('<body></body>').doc.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('article grams', () => {
  it('reads words case- and punctuation-blind, and CJK characters one by one', () => {
    expect(words('The “Harbour” city’s walls — rebuilt, 2029!')).toEqual([
      'the',
      'harbour',
      'city',
      's',
      'walls',
      'rebuilt',
      '2029',
    ]);
    expect(words('东京电力公司 said')).toEqual(['东', '京', '电', '力', '公', '司', 'said']);
    expect(blockGrams('one two three')).toEqual(['one two three']);
    expect(blockGrams('a b c d e f')).toEqual(['a b c d e', 'b c d e f']);
    expect(blockGrams('  ,  ')).toEqual([]);
  });

  it('protects an element that holds a run of article text, not one that shares a phrase by chance', () => {
    const index = buildArticleIndex(
      'The council voted on Tuesday to rebuild the flood walls that failed last winter.\n\nWork starts in March.',
    );
    expect(
      holdsArticleText(
        index,
        el('<p>The council voted on Tuesday to rebuild the flood walls</p><p>Sign up now</p>'),
      ),
    ).toBe(true);
    expect(holdsArticleText(index, el('<p>Work starts in March.</p>'))).toBe(true);
    expect(holdsArticleText(index, el('<ul><li>Council voted on Tuesday to rebuild</li></ul>'))).toBe(true);
    expect(
      holdsArticleText(
        index,
        el(
          '<ul><li>Engineers say the flood walls that failed need a new design and far more money from the state</li></ul>',
        ),
      ),
    ).toBe(false);
    expect(
      holdsArticleText(
        index,
        el(
          `<p>${'Readers react to the news of the day in our daily comment thread here. '.repeat(20)} the flood walls that failed last</p>`,
        ),
      ),
    ).toBe(false);
  });
});

describe('short article lines', () => {
  it('protect the element holding them, unless they are numbers alone (a slide counter "1 / 5")', () => {
    const index = buildArticleIndex(
      'The council voted on Tuesday to rebuild the flood walls that failed last winter.\n\n1 / 5\n\nPhoto: City Hall',
    );
    // A comment's byline, "Reader 1 5 March 2024", holds the run "1 5": it is not article for that.
    expect(
      holdsArticleText(
        index,
        el('<p><b>Reader 1</b> <time>5 March 2024</time>: I agree with the mayor.</p>'),
      ),
    ).toBe(false);
    expect(holdsArticleText(index, el('<figure><figcaption>Photo: City Hall</figcaption></figure>'))).toBe(
      true,
    );
  });
});

describe('retentionReport', () => {
  it('is 1 on the untouched page and falls by the share of each hidden paragraph', () => {
    const { doc } = livePage();
    const text = articleTextOf(doc);
    const full = retentionReport(doc, text);
    expect(full).toEqual({ retention: 1, pageMatch: 1, total: expect.any(Number), lostBlocks: [] });

    const paragraph = doc.querySelector('.story-body p')!;
    const share = buildArticleIndex(paragraph.textContent!).total / full.total;
    paragraph.setAttribute(HIDDEN_ATTR, 'cw1');
    const after = retentionReport(doc, text);
    expect(after.retention).toBeCloseTo(1 - share, 2);
    expect(after.lostBlocks).toEqual([expect.stringMatching(/^The harbour city council voted on Tuesday/)]);
  });

  it('counts text the page hides itself as neither visible nor on the page', () => {
    const { doc } = livePage();
    const text = articleTextOf(doc);
    doc.querySelector('.story-body p')!.setAttribute('hidden', '');
    const report = retentionReport(doc, text);
    expect(report.retention).toBe(1);
    expect(report.pageMatch).toBeLessThan(0.9);
  });

  it('measures over the article text that is on the page at all, and says how much that is', () => {
    const { doc } = livePage();
    const text =
      articleTextOf(doc) + '\n\nA sentence that Readability invented and the page never showed anyone.';
    const report = retentionReport(doc, text);
    expect(report.retention).toBe(1);
    expect(report.pageMatch).toBeLessThan(1);
    expect(report.pageMatch).toBeGreaterThan(0.9);
  });

  it('is 1 for an empty article', () => {
    expect(retentionReport(livePage().doc, '').retention).toBe(1);
  });
});

describe('measureInPageCleaning', () => {
  it('runs the whole in-page path on a page and reports the figures', () => {
    const m = measureInPageCleaning(livePage(fixtureHtml()).doc, { url: FIXTURE_URL });
    expect(m).toEqual({
      status: 'ok',
      articleChars: expect.any(Number),
      pageMatch: 1,
      retention: 1,
      hiddenBlocks: 9,
      sparedForArticle: 0,
      lostBlocks: [],
      mode: 'tidy',
      fallback: null,
      visibleNonStory: expect.any(Number),
    });
    expect(m.articleChars).toBeGreaterThan(1000);
  });

  it('reports the text left on screen that is not the story: less in Focus than in Tidy', () => {
    const tidy = measureInPageCleaning(livePage(fixtureHtml('focus-page.html')).doc, { url: FIXTURE_URL });
    const focus = measureInPageCleaning(livePage(fixtureHtml('focus-page.html')).doc, {
      url: FIXTURE_URL,
      mode: 'focus',
    });
    expect(focus).toMatchObject({ mode: 'focus', fallback: null, retention: 1 });
    // Tidy leaves the link bar, the menu, the strip, the sidebar and the sign-up row (27% of the
    // page's words); Focus only the story's headline and date/byline line, which the engine's text
    // does not hold (5%).
    expect(tidy.visibleNonStory).toBeGreaterThan(0.2);
    expect(focus.visibleNonStory).toBeLessThan(0.1);
  });
});
