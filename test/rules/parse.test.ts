import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { rulesForHost } from '../../src/core/rules/remove';
import { selectorCheckFor } from '../../src/core/rules/compile';
import { formatRuleList, parseRuleLine, parseRuleList, type ParsedLine } from '../../src/core/rules/parse';
import type { CompiledRule } from '../../src/core/types';

const isValidSelector = selectorCheckFor(new JSDOM('<!doctype html><p>x</p>').window.document);
const parse = (source: string) => parseRuleList(source, isValidSelector);

function rule(line: string): CompiledRule {
  const parsed = parseRuleLine(line, { id: 'test:1', family: 'user', line: 1, isValidSelector });
  if (parsed.kind !== 'rule')
    throw new Error(`expected a rule, got ${parsed.kind}: ${JSON.stringify(parsed)}`);
  return parsed.rule;
}

function invalid(line: string): Extract<ParsedLine, { kind: 'invalid' }> {
  const [parsed] = parse(line);
  if (parsed?.kind !== 'invalid') throw new Error(`expected invalid, got ${JSON.stringify(parsed)}`);
  return parsed;
}

describe('rule list round trip', () => {
  const list = [
    '! Cleanwire rules',
    '##.share-buttons',
    '',
    'example.com,~m.example.com##div.promo:has-text(/^Sponsored$/i)',
    '   ##p:has-text(Share this)   ',
    '||ads.example.com^',
    'example.com##+js(set-constant, x, 1)',
    '##p:has-text(/[unclosed/)',
    'example.com#@#.share-buttons',
    '# a comment in hosts-file style',
    '##div:-abp-contains(Like this)',
    'bad domain!##.x',
  ].join('\n');

  it('gives back exactly what was written, invalid lines and blanks included', () => {
    expect(formatRuleList(parse(list))).toBe(list);
  });

  it('keeps CRLF lists line by line', () => {
    const crlf = '##.a\r\n##.b\r\n';
    const lines = parse(crlf);
    expect(lines.map((l) => l.kind)).toEqual(['rule', 'rule', 'blank']);
    expect(formatRuleList(lines)).toBe('##.a\n##.b\n');
  });

  it('numbers lines from 1 and names user rules by line', () => {
    const lines = parse('! c\n\n##.x');
    expect(lines.map((l) => [l.line, l.kind])).toEqual([
      [1, 'comment'],
      [2, 'blank'],
      [3, 'rule'],
    ]);
    const third = lines[2]!;
    expect(third.kind === 'rule' && third.rule.id).toBe('user:3');
  });
});

describe('what a rule line means', () => {
  it('a plain selector', () => {
    const r = rule('##.share-buttons, #comments');
    expect(r).toMatchObject({ selector: '.share-buttons, #comments', text: null, exception: false });
    expect(r.includeDomains).toEqual([]);
  });

  it(':has-text(/regex/flags) and plain-text :has-text', () => {
    expect(rule('##p:has-text(/^Related news:?$/i)').text).toEqual({
      source: '^Related news:?$',
      flags: 'i',
    });
    const plain = rule('##p:has-text(Share this (now))').text!;
    expect(new RegExp(plain.source, plain.flags).test('Please Share this (now) please')).toBe(true);
    expect(new RegExp(plain.source, plain.flags).test('Share this now')).toBe(false);
  });

  it(':-abp-contains is an alias, and a bare :has-text applies to any element', () => {
    const r = rule('##:-abp-contains(Like this)');
    expect(r.selector).toBe('*');
    expect(r.text).not.toBeNull();
  });

  it('domains, subdomain wildcards and negations', () => {
    const r = rule('Example.com, *.news.org ,~m.example.com##.x');
    expect(r.includeDomains).toEqual(['example.com', 'news.org']);
    expect(r.excludeDomains).toEqual(['m.example.com']);
  });

  it('#@# makes an exception', () => {
    expect(rule('example.com#@#.x').exception).toBe(true);
  });
});

describe('invalid lines are kept with their line number and a reason', () => {
  it.each([
    ['||ads.example.com^', /network filters are not supported/],
    ['@@||example.com^$document', /network filters/],
    ['/banner/*/img$image', /network filters/],
    ['example.com##+js(set-constant, x, 1)', /scriptlets/],
    ['example.com##^script:has-text(x)', /HTML filters/],
    ['example.com#$#.x { display: none }', /not supported/],
    ['example.com#?#.x:-abp-has(.y)', /not supported/],
    ['##p:has-text(/[unclosed/)', /invalid regular expression/],
    ['##div[', /invalid CSS selector/],
    ['##', /missing selector/],
    ['bad domain!##.x', /invalid domain "bad domain!"/],
    ['.example.com##.x', /invalid domain/],
    ['##div:upward(2)', /unsupported operator :upward\(/],
    ['##div:matches-css(display: block)', /unsupported operator :matches-css\(/],
    ['##div:has-text(a):has-text(b)', /unsupported operator :has-text\(/],
    ['##div:has-text(/x/) span', /must close the rule/],
    ['just some words', /not a cosmetic rule/],
  ])('%s', (line, reason) => {
    const bad = invalid(line);
    expect(bad.error).toMatch(reason);
    expect(bad.raw).toBe(line);
    expect(bad.line).toBe(1);
  });

  it('reports the line where the error is', () => {
    const lines = parse('##.ok\n! fine\n##p:has-text(/(/)');
    expect(lines[2]).toMatchObject({ kind: 'invalid', line: 3 });
  });
});

describe('domain scoping (rulesForHost)', () => {
  const list = parse(
    [
      '##.everywhere',
      'example.com##.only-example',
      'example.com,~m.example.com##.not-mobile',
      '~example.com##.not-example',
      'example.com#@#.everywhere',
      'news.org##p:has-text(/^Ad$/)',
      'news.org#@#p:has-text(/^Ad$/)',
    ].join('\n'),
  ).flatMap((l) => (l.kind === 'rule' ? [l.rule] : []));
  const selectorsOn = (host: string) => rulesForHost(list, host).map((r) => r.selector);

  it('applies unscoped rules everywhere, scoped ones on the host and its subdomains', () => {
    expect(selectorsOn('other.net')).toEqual(['.everywhere', '.not-example']);
    expect(selectorsOn('www.example.com')).toEqual(['.only-example', '.not-mobile']);
  });

  it('~negation excludes a host and its subdomains', () => {
    expect(selectorsOn('m.example.com')).toEqual(['.only-example']);
    expect(selectorsOn('example.com')).not.toContain('.not-example');
  });

  it('#@# cancels the same rule (selector and text test) on its hosts only', () => {
    expect(selectorsOn('example.com')).not.toContain('.everywhere');
    expect(selectorsOn('news.org')).toEqual(['.everywhere', '.not-example']);
  });

  it('does not take a look-alike host for a subdomain', () => {
    expect(selectorsOn('notexample.com')).toEqual(['.everywhere', '.not-example']);
  });

  it('scopes by host case-insensitively', () => {
    expect(rulesForHost(list, 'WWW.example.com')).toEqual(rulesForHost(list, 'www.example.com'));
  });
});
