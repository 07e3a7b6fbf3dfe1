import { describe, expect, it } from 'vitest';
import { compileLinear, MAX_PROGRAM_SIZE } from '../../../src/core/regex/linear';

/** The linear matcher must say what V8 says, for every pattern it accepts. */
function agrees(source: string, flags: string, texts: readonly string[]): void {
  const compiled = compileLinear(source, flags);
  if (!compiled.ok) throw new Error(`/${source}/${flags} refused: ${compiled.reason}`);
  const native = new RegExp(source, flags);
  for (const text of texts)
    expect(compiled.pattern.test(text), `/${source}/${flags} on ${JSON.stringify(text)}`).toBe(
      native.test(text),
    );
}

const TEXTS = [
  '',
  'a',
  'Related news:',
  'related NEWS',
  'Share this',
  'Share\u00a0this',
  'foo bar baz',
  'line one\nline two',
  'x\r\ny',
  'KELVIN \u212a',
  'ſtraße',
  'aaaa',
  'abcabc',
  '123-456',
  'Émile Zola à Paris',
  '😀 emoji 😀😀',
  '\ud83d lone',
  'Advertisement',
  'The {brace} and [bracket] and a\\b',
  'tab\there',
  '--',
  'word_1 word-2',
];

describe('compileLinear agrees with V8', () => {
  const cases: [string, string][] = [
    ['^Related news:?$', 'i'],
    ['Share this', ''],
    ['^Share\\sthis$', ''],
    ['^(\\w+\\s?)*$', ''],
    ['^(a+)+$', ''],
    ['(a|aa)*b', ''],
    ['a{2,3}', ''],
    ['^a{2}$', ''],
    ['a{2,}', ''],
    ['\\bword\\b', ''],
    ['\\Bor', ''],
    ['^line two$', 'm'],
    ['^line two$', ''],
    ['one$', 'm'],
    ['x.y', ''],
    ['x.y', 's'],
    ['x\\r?\\ny', ''],
    ['kelvin k', 'i'],
    ['kelvin k', 'iu'],
    ['\\w+ \\u212a', 'iu'],
    ['^ſ', 'i'],
    ['^S', 'iu'],
    ['\\p{Lu}\\p{Ll}+', 'u'],
    ['\\p{L}', ''],
    ['^.$', 'u'],
    ['😀+', 'u'],
    ['😀+', ''],
    ['[😀]', 'u'],
    ['\\u{1F600}', 'u'],
    ['\\u{2}', ''],
    ['\\uD83D\\uDE00', 'u'],
    ['\\ud83d', ''],
    ['[^a-z ]+', 'i'],
    ['[]', ''],
    ['[^]', ''],
    ['[\\]x]', ''],
    ['{brace}', ''],
    ['a{,2}', ''],
    ['\\{brace\\}', 'u'],
    ['\\[bracket]', ''],
    ['a\\\\b', ''],
    ['\\x41dvert', 'i'],
    ['\\cI', ''],
    ['\\0', ''],
    ['(?:ab|a)(?:c|bc)', ''],
    ['(?<year>\\d{3})-', ''],
    ['^$', ''],
    ['(?:)', ''],
    ['a|', ''],
    ['|b', ''],
    ['(a*)*$', ''],
    ['(^|x)a', ''],
    ['(a|$)+', ''],
    ['\\b', ''],
    ['^\\B', ''],
    ['é', 'i'],
    ['É', 'i'],
    ['\\d+-\\d+$', ''],
    ['a+?b*?', ''],
    ['--', ''],
    ['\\/', ''],
    ['word[_-]\\d', ''],
    ['\\s', ''],
    ['\\S\\t\\S', ''],
  ];
  for (const [source, flags] of cases) it(`/${source}/${flags}`, () => agrees(source, flags, TEXTS));

  it('agrees on random patterns over a small alphabet', () => {
    // A seeded generator, so a failure names a pattern that fails again.
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['a', 'b', '.', '\\w', '\\s', '[ab]', '[^a]', '^', '$', '\\b', ' '];
    const quants = ['', '', '*', '+', '?', '{2}', '{1,2}', '*?'];
    const pattern = (depth: number): string => {
      let out = '';
      const length = 1 + rand(4);
      for (let i = 0; i < length; i++) {
        let piece =
          depth > 0 && rand(4) === 0
            ? `(${pattern(depth - 1)}|${pattern(depth - 1)})`
            : pieces[rand(pieces.length)]!;
        if (!['^', '$', '\\b'].includes(piece)) piece += quants[rand(quants.length)];
        out += piece;
      }
      return out;
    };
    const texts = Array.from({ length: 40 }, () =>
      Array.from({ length: rand(8) }, () => 'ab \n'[rand(4)]).join(''),
    );
    for (let i = 0; i < 400; i++) {
      const flags = ['', 'i', 'm', 's', 'u', 'ms'][rand(6)]!;
      agrees(pattern(2), flags, texts);
    }
  });
});

describe('compileLinear refuses what it cannot run, with the reason', () => {
  const refused: [string, string, RegExp][] = [
    ['(a)\\1', '', /backreference/],
    ['(?<x>a)\\k<x>', '', /backreference/],
    ['a(?=b)', '', /lookahead/],
    ['a(?!b)', '', /lookahead/],
    ['(?<=a)b', '', /lookbehind/],
    ['(?<!a)b', '', /lookbehind/],
    ['\\012', '', /octal/],
    ['(a{1000}){1000}', '', /too large/],
    ['a', 'g', /flags/],
    ['(', '', /Invalid|Unterminated/],
  ];
  for (const [source, flags, reason] of refused)
    it(`/${source}/${flags}`, () => {
      const compiled = compileLinear(source, flags);
      expect(compiled.ok).toBe(false);
      if (!compiled.ok) expect(compiled.reason).toMatch(reason);
    });

  it('accepts a program right at the size limit', () => {
    expect(compileLinear(`a{${MAX_PROGRAM_SIZE / 3 - 1}}`, '').ok).toBe(true);
  });
});

describe('compileLinear is linear', () => {
  it('answers catastrophic patterns on long texts', () => {
    const text = 'word '.repeat(20_000) + '!';
    for (const source of ['^(\\w+\\s?)*$', '^(a+)+$', '(x+x+)+y', '^(\\s*\\S*)*!!$', '(.*a){12}']) {
      const compiled = compileLinear(source, '');
      expect(compiled.ok).toBe(true);
      if (compiled.ok) expect(compiled.pattern.test(text)).toBe(false);
    }
  });
});
