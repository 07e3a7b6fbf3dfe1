/**
 * Issue 15, item 1: one custom rule froze every page. `##p:has-text(/^(\w+\s?)*$/)` backtracks
 * exponentially in V8 on a paragraph that ends in punctuation; the popup, the options page's match
 * counts and auto-clean all ran it. The reader's patterns now run on a linear-time matcher: the same
 * rule finishes on a long page and removes exactly what its safe twin removes. Patterns that need
 * backtracking (backreferences, lookaround) are flagged with the reason and kept as typed.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES, clean, cleanText, formatRuleList, parseRuleList } from '../../src/core';
import { countRuleMatches } from '../../src/core/settings';
import { EVIL_RULE, SAFE_RULE, SPONSOR_LINE, longStoryPage } from './rules-pages';

const URL = 'https://harbour.example/news/reopens';
const anySelector = () => true;

function userRules(list: string) {
  return parseRuleList(list, anySelector).flatMap((l) => (l.kind === 'rule' ? [l.rule] : []));
}

function cleanWith(list: string) {
  const doc = new JSDOM(longStoryPage(60), { url: URL }).window.document;
  return clean(doc, { url: URL, rules: [...BUILTIN_RULES, ...userRules(list)] });
}

describe('a catastrophic user pattern cannot hang cleaning', () => {
  it('is accepted, finishes on a long page and removes what its safe twin removes', () => {
    const evil = cleanWith(EVIL_RULE);
    const safe = cleanWith(SAFE_RULE);
    expect(evil.status).toBe('ok');
    const removed = (r: typeof evil) => r.removals.filter((x) => x.family === 'user').map((x) => x.preview);
    expect(removed(evil)).toEqual([SPONSOR_LINE]);
    expect(removed(evil)).toEqual(removed(safe));
    expect(evil.article!.text).not.toContain(SPONSOR_LINE);
    expect(evil.article!.text).toContain('Paragraph 60 ends here.');
  });

  it('finishes in text mode on long lines', () => {
    const dump = [
      'Harbour reopens after storm',
      SPONSOR_LINE,
      ...Array(40).fill('word '.repeat(60) + 'end.'),
    ].join('\n');
    const result = cleanText(dump, { rules: [...BUILTIN_RULES, ...userRules(EVIL_RULE)] });
    expect(result.removals.map((r) => r.preview)).toContain(SPONSOR_LINE);
  });

  it('finishes when the options page counts its matches', () => {
    const doc = new JSDOM(longStoryPage(60), { url: URL }).window.document;
    expect(countRuleMatches(doc, URL, `${EVIL_RULE}\n${SAFE_RULE}`)).toEqual([
      { line: 1, count: 1, note: null },
      { line: 2, count: 1, note: null },
    ]);
  });
});

describe('patterns the linear matcher cannot run are flagged, with the reason, and kept', () => {
  const list = [
    '##p:has-text(/(\\w)\\1/)',
    '##p:has-text(/Sponsored(?= by)/)',
    '##p:has-text(/(?<!not )sponsored/i)',
    '##p:has-text(/(?<w>a)\\k<w>/)',
    '##p:has-text(/(?i:sponsored)/)',
    '##p:has-text(/(a{100}){100}/)',
  ].join('\n');
  const lines = parseRuleList(list, anySelector);

  it('flags each line', () => {
    const errors = lines.map((l) => (l.kind === 'invalid' ? l.error : l.kind));
    expect(errors).toEqual([
      expect.stringMatching(/cannot be run safely: backreferences/),
      expect.stringMatching(/cannot be run safely: lookahead and lookbehind/),
      expect.stringMatching(/cannot be run safely: lookahead and lookbehind/),
      expect.stringMatching(/cannot be run safely: backreferences/),
      // V8 in Node 22 has no modifiers yet; browsers that read them get the linear matcher's reason
      expect.stringMatching(/cannot be run safely: inline modifiers|Invalid group/),
      expect.stringMatching(/cannot be run safely: the pattern is too large/),
    ]);
  });

  it('keeps the text exactly as typed', () => {
    expect(formatRuleList(lines)).toBe(list);
  });

  it('leaves built-in rules on V8: they may use what user rules may not', () => {
    const builtin = BUILTIN_RULES.filter((r) => r.text);
    expect(builtin.length).toBeGreaterThan(10);
  });
});
