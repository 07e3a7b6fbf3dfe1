/**
 * Issue 15, item 2: regex flags are honoured or flagged, never silently changed (`/x/gi` used to become
 * the literal text "/x/gi"), and rule domains are checked as a browser checks a host name
 * (`example..com`, `-bad.com`, a label over 63 characters are invalid).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { formatRuleList, parseRuleList, selectorCheckFor, type ParsedLine } from '../../src/core';
import { countRuleMatches } from '../../src/core/settings';

const check = selectorCheckFor(new JSDOM('').window.document);
const parse = (list: string) => parseRuleList(list, check);
const errorOf = (line: ParsedLine) => (line.kind === 'invalid' ? line.error : `accepted as ${line.kind}`);

describe('flags on regex rules', () => {
  it('honours i, m, s and u', () => {
    const doc = new JSDOM('<body><p>SPONSORED</p><p>Ünïcode</p><div>a\nb</div></body>').window.document;
    const counts = countRuleMatches(
      doc,
      'https://example.com/',
      '##p:has-text(/^sponsored$/i)\n##p:has-text(/^\\p{Lu}\\p{Ll}/u)\n##p:has-text(/^sponsored$/)',
    );
    expect(counts.map((c) => c.count)).toEqual([1, 1, 0]);
  });

  it.each([
    ['##p:has-text(/x/gi)', /flag "g" .*global/],
    ['##p:has-text(/x/y)', /flag "y" .*sticky/],
    ['##p:has-text(/x/d)', /flag "d"/],
    ['##p:has-text(/x/v)', /flag "v" .*use u/],
    ['##p:has-text(/x/q)', /flag "q" .*not a regular-expression flag/],
    ['##p:has-text(/x/ii)', /invalid regular expression/],
  ])('flags %s', (line, reason) => {
    const [parsed] = parse(line);
    expect(errorOf(parsed!)).toMatch(reason);
  });
});

describe('rule domains are host names a browser could have', () => {
  it.each([
    ['example..com##.ad', /empty label/],
    ['.example.com##.ad', /empty label/],
    ['-bad.com##.ad', /"-bad" starts or ends with a hyphen/],
    ['bad-.com##.ad', /"bad-" starts or ends with a hyphen/],
    [`${'a'.repeat(64)}.com##.ad`, /longer than 63 characters/],
    [`${'abcdefghi.'.repeat(26)}com##.ad`, /longer than 253 characters/],
    ['exa_mple.com##.ad', /other than letters, digits and hyphens/],
    ['example.123##.ad', /ends in a number/],
    ['300.1.1.1##.ad', /not a valid IP address/],
    ['bücher.de##.ad', /xn--bcher-kva\.de/],
    ['~-bad.com##.ad', /starts or ends with a hyphen/],
  ])('flags %s', (line, reason) => {
    const [parsed] = parse(line);
    expect(errorOf(parsed!)).toMatch(reason);
  });

  it.each([
    'example.com##.ad',
    'a.b-c.example.co.uk##.ad',
    '*.example.com##.ad',
    '192.168.0.1##.ad',
    'localhost##.ad',
    `${'a'.repeat(63)}.com##.ad`,
    'xn--bcher-kva.de,~m.example.com##.ad',
  ])('accepts %s', (line) => {
    expect(parse(line)[0]!.kind).toBe('rule');
  });
});

/** One hundred malformed lines, ten of each kind; every one must be flagged and kept. */
export function malformedRules(): string[] {
  const kinds: ((i: number) => string)[] = [
    (i) => `example${i}..com##.ad`,
    (i) => `-bad${i}.com##.ad`,
    (i) => `${'x'.repeat(64 + i)}.com##.ad`,
    (i) => `##p:has-text(/sponsored ${i}/g)`,
    (i) => `##p:has-text(/sponsored ${i}/gi)`,
    (i) => `##p:has-text(/(a)\\1 ${i}/)`,
    (i) => `##p:has-text(/ad(?=${i})/)`,
    (i) => `##p:has-text(/ad ${i}/y)`,
    (i) => `bad_${i}.example.com##.ad`,
    (i) => `example.${i}##.ad`,
  ];
  return kinds.flatMap((make) => Array.from({ length: 10 }, (_, i) => make(i + 1)));
}

describe('a hundred malformed rules', () => {
  it('are all flagged, with a reason, and kept as typed', () => {
    const list = malformedRules().join('\n');
    const lines = parse(list);
    expect(lines).toHaveLength(100);
    expect(lines.filter((l) => l.kind === 'invalid')).toHaveLength(100);
    expect(formatRuleList(lines)).toBe(list);
  });
});
