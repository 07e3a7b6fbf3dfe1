/**
 * Issue 15, item 3: a large rule list saved, but its own export was refused on import; and settings
 * files with families named after Object.prototype's members were stored without a word; counting a
 * long list's matches on a large page had no end.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  countRuleMatches,
  MAX_IMPORT_CHARS,
  MAX_RULES_CHARS,
  defaultSettings,
  exportSettings,
  importSettings,
  validateSettings,
} from '../../src/core/settings';

describe('a backup the options page writes always imports', () => {
  it('with a 1.1 MB rule list', () => {
    const settings = defaultSettings();
    settings.customRules = Array.from({ length: 40_000 }, (_, i) => `example${i}.com##.promo-${i}`).join(
      '\n',
    );
    expect(settings.customRules.length).toBeGreaterThan(1_100_000);
    const result = importSettings(exportSettings(settings));
    expect(result.ok && result.settings.customRules).toBe(settings.customRules);
  });

  it('with the longest list it saves, written as JSON escapes from end to end', () => {
    const settings = defaultSettings();
    // The worst case for the file's size: every character becomes six in JSON ("\u0001").
    settings.customRules = '\u0001'.repeat(MAX_RULES_CHARS);
    const file = exportSettings(settings);
    expect(file.length).toBeLessThanOrEqual(MAX_IMPORT_CHARS);
    const result = importSettings(file);
    expect(result.ok && result.settings.customRules.length).toBe(MAX_RULES_CHARS);
  });
});

describe('families that are not families', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])(
    'drops "%s" with a repair note, and the families stay plain',
    (name) => {
      const stored = JSON.parse(
        `{"version":4,"families":{"${name}":false,"comments":false},"whitelist":[],"customRules":"","siteExceptions":{},"pageMode":"focus","defaultExportFormat":"text","theme":"system","fontSize":16,"storyMemory":true}`,
      ) as unknown;
      const { settings, repairs } = validateSettings(stored);
      expect(repairs).toEqual([`unknown rule family "${name}" dropped`]);
      expect(Object.hasOwn(settings.families, name)).toBe(false);
      expect(Object.getPrototypeOf(settings.families)).toBe(Object.prototype);
      expect(settings.families.comments).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});

describe('counting matches for the options page keeps to a time budget', () => {
  it('leaves the rules it had no time for uncounted, and says so', () => {
    const doc = new JSDOM('<body><p class="a">x</p></body>').window.document;
    const list = Array.from({ length: 250 }, () => '##.a').join('\n');
    let clock = 0;
    const counts = countRuleMatches(doc, 'https://example.com/', list, 1000, () => (clock += 400));
    expect(counts.slice(0, 200).every((c) => c.count === 1)).toBe(true);
    expect(counts.slice(200)).toEqual(
      Array.from({ length: 50 }, (_, i) => ({
        line: 201 + i,
        count: null,
        note: 'not counted: counting took too long',
      })),
    );
  });
});
