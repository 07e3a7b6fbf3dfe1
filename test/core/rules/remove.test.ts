import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { matchPage } from '../../../src/core/rules/match';
import { planRemovals, removeMatches } from '../../../src/core/rules/remove';
import { userRule } from '../inpage/helpers';

const STORY =
  '<p>The harbour city voted on Tuesday to rebuild its flood walls, at a cost of forty million.</p>';
const page = (html: string) => new JSDOM(`<body>${html}</body>`).window.document;

describe('planRemovals / removeMatches', () => {
  it('removes the outermost match only and records it once, with its rule and text', () => {
    const doc = page(`<div class="promo"><p class="promo">Partner offer</p></div>${STORY}`);
    const plan = removeMatches(doc.body, [userRule(doc, '##.promo', 1)], 'pre');
    expect(plan.removals).toEqual([
      { ruleId: 'user:1', family: 'user', stage: 'pre', preview: 'Partner offer', textLength: 13 },
    ]);
    expect(plan.removedTexts).toEqual(['Partner offer']);
    expect(doc.querySelector('.promo')).toBeNull();
  });

  it('is a plan on the match: nothing changes until it is carried out', () => {
    const doc = page(`<aside class="promo">Ad</aside>${STORY}`);
    const plan = planRemovals(matchPage(doc.body, [userRule(doc, '##.promo', 1)]), 'pre');
    expect(plan.picks).toEqual([0]);
    expect(doc.querySelector('.promo')).not.toBeNull();
  });

  it('spares an element holding more than the allowed share of the text, and looks inside it', () => {
    const doc = page(`<div class="x">${STORY}<p class="x">Ad</p></div><p>Footer</p>`);
    const plan = planRemovals(matchPage(doc.body, [userRule(doc, '##.x', 1)]), 'pre', {
      maxRemovedShare: 0.5,
    });
    expect(plan.removedTexts).toEqual(['Ad']);
  });

  it('spares the article core when asked to, and passes over rules the caller does not accept', () => {
    const doc = page(`<div class="share">${STORY.repeat(4)}</div><p class="share">Share</p>`);
    const match = matchPage(doc.body, [userRule(doc, '##.share', 1)]);
    expect(planRemovals(match, 'pre', { protectArticle: true }).removedTexts).toEqual(['Share']);
    expect(planRemovals(match, 'pre', {}, (r) => r.id !== 'user:1').picks).toEqual([]);
  });
});
