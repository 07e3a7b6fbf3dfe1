import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseRuleList } from '../../../src/core/rules/parse';
import { selectorCheckFor } from '../../../src/core/rules/compile';
import {
  MAX_IMPORT_CHARS,
  SETTINGS_VERSION,
  addSiteException,
  autoCleanDecision,
  defaultSettings,
  exceptionForBlock,
  exportSettings,
  importSettings,
  rulesFromSettings,
  siteExceptionsFor,
  type Settings,
} from '../../../src/core/settings';
import { fingerprintStory, toStoryRecord } from '../../../src/core/story';

const isValidSelector = selectorCheckFor(new JSDOM('').window.document);

const sample = (): Settings => ({
  ...defaultSettings(),
  whitelist: [
    { pattern: 'example.com', cleanFrontPages: false, mode: 'focus' },
    { pattern: '*.news.org', cleanFrontPages: true, mode: 'tidy' },
  ],
  families: { ...defaultSettings().families, related: false },
  customRules: '! mine\nexample.com##.promo-box\nnot a rule at all\n##p:has-text(/^Sponsored$/)',
  siteExceptions: { 'example.com': { ruleIds: ['comments.disqus'], selectors: ['aside.sidebar'] } },
  defaultExportFormat: 'html',
  theme: 'dark',
  fontSize: 19,
});

const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'cleanwire-settings', version: SETTINGS_VERSION, settings, ...extra });

describe('exportSettings / importSettings', () => {
  it('round-trips every setting, custom rule text byte for byte', () => {
    const s = sample();
    const text = exportSettings(s);
    expect(JSON.parse(text)).toMatchObject({ format: 'cleanwire-settings', version: SETTINGS_VERSION });
    expect(importSettings(text)).toEqual({ ok: true, settings: s, repairs: [], stories: null });
  });

  it('imports a version-1 file through the migrations', () => {
    const text = JSON.stringify({
      format: 'cleanwire-settings',
      version: 1,
      settings: { fontSize: 22, theme: 'light' },
    });
    const r = importSettings(text);
    expect(r).toEqual({
      ok: true,
      settings: { ...defaultSettings(), fontSize: 22, theme: 'light' },
      repairs: [
        'settings upgraded from version 1 to 2 (whitelist, rule families, custom rules and export format added)',
        'settings upgraded from version 2 to 3 (page modes added: sites already in the list keep Tidy, new ones start in Focus)',
        'settings upgraded from version 3 to 4 (story memory added, on)',
      ],
      stories: null,
    });
  });

  it('imports a version-2 backup: its sites keep Tidy, their other settings as they were', () => {
    const { mode: _mode, ...site } = sample().whitelist[0]!;
    const { pageMode: _pageMode, ...v2 } = { ...sample(), whitelist: [site] };
    const r = importSettings(JSON.stringify({ format: 'cleanwire-settings', version: 2, settings: v2 }));
    expect(r).toEqual({
      ok: true,
      settings: { ...sample(), whitelist: [{ ...site, mode: 'tidy' }] },
      repairs: [
        'settings upgraded from version 2 to 3 (page modes added: sites already in the list keep Tidy, new ones start in Focus)',
        'settings upgraded from version 3 to 4 (story memory added, on)',
      ],
      stories: null,
    });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(importSettings('\uFEFF' + exportSettings(sample())).ok).toBe(true);
  });

  it.each([
    ['', /The file is empty\. Nothing was imported\./],
    ['{"format": "cleanwire-settings", ', /not valid JSON \(.+\)\. Nothing was imported\./],
    ['<html>settings</html>', /not valid JSON/],
    ['[1,2,3]', /holds no settings object/],
    ['"cleanwire"', /holds no settings object/],
    [JSON.stringify({ version: 2, settings: {} }), /has no "format": "cleanwire-settings"/],
    [JSON.stringify({ format: 'ublock-backup', version: 2, settings: {} }), /its format is "ublock-backup"/],
    [JSON.stringify({ format: 'cleanwire-settings', settings: {} }), /version .*is not a version number/],
    [
      JSON.stringify({ format: 'cleanwire-settings', version: '2', settings: {} }),
      /version "2" is not a version number/,
    ],
    [
      JSON.stringify({ format: 'cleanwire-settings', version: 1.5, settings: {} }),
      /version 1.5 is not a version number/,
    ],
    [
      JSON.stringify({ format: 'cleanwire-settings', version: 0, settings: {} }),
      /version 0 is not a version number/,
    ],
    [
      JSON.stringify({ format: 'cleanwire-settings', version: 99, settings: {} }),
      /made by a newer Cleanwire \(settings version 99; this one reads up to 4\)\. Update Cleanwire/,
    ],
    [JSON.stringify({ format: 'cleanwire-settings', version: 2 }), /has no "settings" object/],
    [
      JSON.stringify({ format: 'cleanwire-settings', version: 2, settings: ['a'] }),
      /has no "settings" object/,
    ],
  ])('refuses %j with its reason', (text, reason) => {
    const r = importSettings(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });

  it.each([
    ['whitelist', 42, /its whitelist was 42, not a list\. Nothing was imported\./],
    ['whitelist', 'example.com', /its whitelist was "example\.com", not a list/],
    ['families', ['comments'], /its rule families were a list, not an object/],
    ['customRules', { text: '##.a' }, /its custom rules were an object, not text/],
    ['siteExceptions', [], /its site exceptions were a list, not an object/],
  ])(
    'refuses a file whose %s has the wrong type (it would erase the reader’s list)',
    (field, value, reason) => {
      const r = importSettings(file({ ...sample(), version: undefined, [field]: value }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(reason);
    },
  );

  it('repairs and reports what it can: bad items, bad preferences, unknown and missing fields', () => {
    const { version: _v, whitelist: _w, ...rest } = sample();
    const r = importSettings(
      file({
        ...rest,
        siteExceptions: {
          'example.com': { ruleIds: ['comments.disqus'], selectors: [] },
          '*.x.com': { ruleIds: [] },
        },
        theme: 'sepia',
        fontSize: 99,
        sync: true,
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.whitelist).toEqual([]);
    expect(r.settings.theme).toBe('system');
    expect(r.settings.fontSize).toBe(26);
    expect(r.settings.customRules).toBe(sample().customRules);
    expect(r.repairs).toEqual([
      'unknown setting "sync" dropped',
      'whitelist was missing; set to its default',
      'site exceptions for "*.x.com" dropped: exceptions belong to one site, not a wildcard',
      'theme "sepia" is not system, light or dark; set to system',
      'font size 99 is not a whole number from 12 to 26; set to 26',
    ]);
  });

  it('refuses a file far larger than any settings file', () => {
    const r = importSettings(file({ customRules: 'x'.repeat(MAX_IMPORT_CHARS) }));
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/characters long; a Cleanwire settings file is far smaller/),
    });
  });
});

describe('rules from settings', () => {
  it('leaves out switched-off families and keeps the page-hidden family', () => {
    const { rules } = rulesFromSettings(sample(), isValidSelector);
    const families = new Set(rules.map((r) => r.family));
    expect(families.has('related')).toBe(false);
    expect(families.has('comments')).toBe(true);
    expect(families.has('hidden')).toBe(true);
  });

  it('adds the reader’s valid rules and reports every line, invalid ones included', () => {
    const { rules, userLines } = rulesFromSettings(sample(), isValidSelector);
    const user = rules.filter((r) => r.family === 'user');
    expect(user.map((r) => [r.id, r.selector])).toEqual([
      ['user:2', '.promo-box'],
      ['user:4', 'p'],
    ]);
    expect(userLines.map((l) => l.kind)).toEqual(['comment', 'rule', 'invalid', 'rule']);
    expect(userLines.map((l) => l.raw).join('\n')).toBe(sample().customRules);
  });

  it('looks up and adds site exceptions with www. ignored', () => {
    const s = sample();
    expect(siteExceptionsFor(s, 'www.example.com').ruleIds).toEqual(['comments.disqus']);
    expect(siteExceptionsFor(s, 'other.org')).toEqual({ ruleIds: [], selectors: [] });
    const t = addSiteException(s, 'WWW.Example.com', { selector: '#newsletter' });
    expect(t.siteExceptions['example.com']).toEqual({
      ruleIds: ['comments.disqus'],
      selectors: ['aside.sidebar', '#newsletter'],
    });
    expect(s.siteExceptions['example.com']!.selectors).toEqual(['aside.sidebar']);
    expect(addSiteException(t, 'example.com', { selector: '#newsletter' })).toBe(t);
    const u = addSiteException(s, 'blog.net', { ruleId: 'share.jetpack' });
    expect(u.siteExceptions['blog.net']).toEqual({ ruleIds: ['share.jetpack'], selectors: [] });
  });

  it('excepts built-in rules by id and the reader’s own rules by element', () => {
    expect(exceptionForBlock({ ruleId: 'comments.disqus' }, 'div#x')).toEqual({ ruleId: 'comments.disqus' });
    expect(exceptionForBlock({ ruleId: 'user:4' }, 'div#x')).toEqual({ selector: 'div#x' });
    expect(exceptionForBlock({ ruleId: 'engine.link-list' }, 'ul.more')).toEqual({
      ruleId: 'engine.link-list',
    });
  });

  it('exported exceptions and custom rules parse back after an import', () => {
    const r = importSettings(exportSettings(sample()), { isValidSelector });
    expect(
      r.ok &&
        parseRuleList(r.settings.customRules, isValidSelector).filter((l) => l.kind === 'invalid').length,
    ).toBe(1);
  });
});

describe('the story memory in a backup', () => {
  const story = (url: string, seen: number) => ({
    ...toStoryRecord(
      fingerprintStory({
        title: 'Ferry crews strike',
        site: null,
        url,
        published: null,
        wire: 'AFP',
        text: 'Crews on the coastal ferries of western Norway walked out on Monday over a winter timetable.',
        seen,
      }),
    ),
  });

  it('is left out unless asked for', () => {
    const text = exportSettings(sample());
    expect(JSON.parse(text)).not.toHaveProperty('stories');
    expect(importSettings(text)).toMatchObject({ ok: true, stories: null });
  });

  it('goes in when asked, one record a line, and comes back out of an import', () => {
    const stories = [story('https://a.example/1', 1), story('https://b.example/2', 2)];
    const text = exportSettings(sample(), stories);
    expect(text.split('\n').filter((line) => line.includes('"minhash"'))).toHaveLength(2);
    expect(importSettings(text)).toEqual({ ok: true, settings: sample(), repairs: [], stories });
    // An empty memory is an empty list, not "none".
    expect(importSettings(exportSettings(sample(), []))).toMatchObject({ ok: true, stories: [] });
  });

  it('loses damaged records and records of another version, not the settings', () => {
    const good = story('https://a.example/1', 1);
    const text = file(sample(), { stories: [good, { ...good, v: 99 }, 'junk', { ...good, paragraphs: 5 }] });
    expect(importSettings(text)).toMatchObject({ ok: true, settings: sample(), stories: [good] });
  });
});

describe('autoCleanDecision', () => {
  const s = sample();
  it('cleans article pages of whitelisted sites only', () => {
    expect(autoCleanDecision(s, 'https://www.example.com/2024/05/01/a-story', () => true)).toMatchObject({
      clean: true,
    });
    expect(autoCleanDecision(s, 'https://evil.com/?example.com', () => true)).toEqual({
      clean: false,
      reason: 'not-whitelisted',
      entry: null,
    });
  });
  it('skips front pages unless the site asks for them', () => {
    expect(autoCleanDecision(s, 'https://example.com/', () => false)).toMatchObject({
      clean: false,
      reason: 'front-page',
    });
    expect(autoCleanDecision(s, 'https://live.news.org/', () => false)).toMatchObject({ clean: true });
  });
  it('does not read the document when the site is not whitelisted or cleans fronts anyway', () => {
    let asked = 0;
    const ask = () => (asked++, true);
    autoCleanDecision(s, 'https://other.org/story', ask);
    autoCleanDecision(s, 'https://a.news.org/', ask);
    expect(asked).toBe(0);
  });
});
