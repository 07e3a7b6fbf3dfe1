import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { countRuleMatches } from '../../../src/core/settings';

const page = new JSDOM(`<!doctype html><body>
  <article><p>First paragraph of the story.</p><p>Second   paragraph.</p>
    <div class="promo">Subscribe now</div><p>Sponsored</p></article>
  <aside class="promo">Another promo</aside>
  <p>Related news:</p>
  <script>var x = "Sponsored";</script>
</body>`).window.document;

const URL = 'https://www.example.com/news/2024/01/02/story';

describe('countRuleMatches', () => {
  it('counts the elements each valid rule line matches, by line number', () => {
    const rules = [
      '! my rules',
      '##.promo',
      '',
      'not a rule',
      '##p:has-text(/^Sponsored$/)',
      '##p:has-text(paragraph)',
      '##.nothing-here',
    ].join('\n');
    expect(countRuleMatches(page, URL, rules)).toEqual([
      { line: 2, count: 2, note: null },
      { line: 5, count: 1, note: null },
      { line: 6, count: 2, note: null },
      { line: 7, count: 0, note: null },
    ]);
  });

  it('compares text with whitespace collapsed, as the engine does', () => {
    expect(countRuleMatches(page, URL, '##p:has-text(/^Second paragraph\\.$/)')[0]?.count).toBe(1);
  });

  it('says when a rule is for other sites, and honours ~negated domains and subdomains', () => {
    const rules = 'other.org##.promo\nexample.com##.promo\n~www.example.com##.promo\n*.example.com##aside';
    expect(countRuleMatches(page, URL, rules)).toEqual([
      { line: 1, count: null, note: 'not for www.example.com' },
      { line: 2, count: 2, note: null },
      { line: 3, count: null, note: 'not for www.example.com' },
      { line: 4, count: 1, note: null },
    ]);
  });

  it('marks exception rules', () => {
    expect(countRuleMatches(page, URL, 'example.com#@#.promo')).toEqual([
      { line: 1, count: 2, note: 'exception: keeps what the same rule would hide' },
    ]);
  });

  it('has nothing to count for a list without valid rules', () => {
    expect(countRuleMatches(page, URL, '')).toEqual([]);
    expect(countRuleMatches(page, URL, '##div[\n||ads.example.com^')).toEqual([]);
  });
});
