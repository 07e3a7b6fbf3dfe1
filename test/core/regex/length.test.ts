import { describe, expect, it } from 'vitest';
import { maxMatchLength } from '../../../src/core/regex/length';
import { BUILTIN_RULES } from '../../../src/core/rules/compile';

describe('maxMatchLength', () => {
  it('bounds a pattern anchored at both ends', () => {
    expect(maxMatchLength('^(Share|Share this( article| story)?)$', 'i')).toBe(18);
    expect(maxMatchLength('^a{2,3}b?$', '')).toBe(4);
    expect(maxMatchLength('^.{0,10}\\b(x|yz)\\b$', 's')).toBe(12);
    expect(maxMatchLength('(?:^ab$|^c$)', '')).toBe(2);
  });

  it('counts a code point as two units with the u flag', () => {
    expect(maxMatchLength('^\\p{L}{1,3}$', 'u')).toBe(6);
    expect(/^\p{L}{1,3}$/u.test('𝐀𝐁𝐂')).toBe(true); // six UTF-16 units
  });

  it('is Infinity when a longer text could match', () => {
    expect(maxMatchLength('^Share', 'i')).toBe(Infinity); // open end
    expect(maxMatchLength('Share$', 'i')).toBe(Infinity); // open start
    expect(maxMatchLength('^a+$', '')).toBe(Infinity); // unbounded
    expect(maxMatchLength('^ab$|c', '')).toBe(Infinity); // one option unanchored
    expect(maxMatchLength('^ab$', 'm')).toBe(Infinity); // lines, not the text
    expect(maxMatchLength('^(?=a)ab$', '')).toBe(Infinity); // the reader refuses lookahead
  });

  it('is the length of the longest match, not more', () => {
    expect(/^a{2,3}b?$/.test('aaab')).toBe(true);
    expect(maxMatchLength('^a{2,3}b?$', '')).toBe('aaab'.length);
  });

  it('bounds every built-in text rule (an unanchored one would be asked about every div up to the body)', () => {
    const unbounded = BUILTIN_RULES.filter(
      (r) => r.text && maxMatchLength(r.text.source, r.text.flags) === Infinity,
    ).map((r) => r.id);
    expect(unbounded).toEqual([]);
    // …and the build writes each bound into the compiled table the engine reads.
    const written = BUILTIN_RULES.filter((r) => r.text).map((r) => r.text?.maxLength);
    expect(written.every((n) => typeof n === 'number' && n > 0)).toBe(true);
  });
});
