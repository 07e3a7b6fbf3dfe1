import { describe, expect, it } from 'vitest';
import { cachedRuleListParser } from '../../../src/core/rules/parse-cache';
import { parseRuleList } from '../../../src/core/rules/parse';

describe('cachedRuleListParser', () => {
  it('gives what parseRuleList gives, edit after edit', () => {
    const check = (s: string) => !s.includes('!!');
    const parse = cachedRuleListParser(check);
    const edits = [
      '##.a\n##.b\nnot a rule',
      '##.a\n##.b\nnot a rule\n##p:has-text(/x/i)',
      '! moved\n##.a\n##.b\nnot a rule\n##p:has-text(/x/i)',
      '##.a\n##.a\n##.b!!\r\n##p:has-text(/(a)\\1/)',
      '',
    ];
    for (const text of edits) expect(parse(text)).toEqual(parseRuleList(text, check));
  });

  it('checks an unchanged line once', () => {
    let checks = 0;
    const parse = cachedRuleListParser(() => (checks++, true));
    const list = Array.from({ length: 100 }, (_, i) => `##.r${i}`).join('\n');
    parse(list);
    parse(list + 'x');
    parse('##.new\n' + list + 'x');
    expect(checks).toBe(102);
  });
});
