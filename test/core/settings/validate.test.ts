import { describe, expect, it } from 'vitest';
import { BUILTIN_FAMILIES } from '../../../src/core/rules/compile';
import {
  DEFAULTS,
  MIGRATIONS,
  SETTINGS_VERSION,
  SWITCHABLE_FAMILIES,
  defaultSettings,
  validateDetailed,
  validateSettings,
  type Settings,
} from '../../../src/core/settings';

const current = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

describe('the settings model', () => {
  it('has a switch for every built-in family but the page-hidden one, read from the rule data', () => {
    const families = BUILTIN_FAMILIES.map((f) => f.family).filter((f) => f !== 'hidden');
    expect(SWITCHABLE_FAMILIES.map((f) => f.family)).toEqual(families);
    expect(Object.keys(DEFAULTS.families)).toEqual(families);
    expect(Object.values(DEFAULTS.families).every((on) => on === true)).toBe(true);
  });

  it('keeps DEFAULTS frozen and hands out independent copies', () => {
    expect(() => (DEFAULTS.whitelist as unknown[]).push('x')).toThrow();
    const a = defaultSettings();
    a.whitelist.push({ pattern: 'example.com', cleanFrontPages: false, mode: 'focus' });
    expect(defaultSettings().whitelist).toEqual([]);
  });

  it('has a migration chain from version 1 up to the current version', () => {
    let v = 1;
    for (const m of MIGRATIONS) {
      expect(m.from).toBe(v);
      v = m.to;
    }
    expect(v).toBe(SETTINGS_VERSION);
  });
});

describe('validateSettings', () => {
  it('gives the defaults for a fresh install, with nothing to report', () => {
    expect(validateSettings(undefined)).toEqual({ settings: defaultSettings(), repairs: [] });
  });

  it('leaves valid current settings untouched and reports nothing', () => {
    const s = current({
      whitelist: [
        { pattern: 'example.com', cleanFrontPages: false, mode: 'focus' },
        { pattern: '*.news.org', cleanFrontPages: true, mode: 'tidy' },
      ],
      families: { ...defaultSettings().families, comments: false },
      customRules: 'example.com##.promo\n##p:has-text(/^Sponsored$/)\nthis line is invalid\n',
      siteExceptions: { 'example.com': { ruleIds: ['comments.disqus'], selectors: ['#comments'] } },
      defaultExportFormat: 'markdown',
      theme: 'dark',
      fontSize: 20,
    });
    expect(validateSettings(JSON.parse(JSON.stringify(s)))).toEqual({ settings: s, repairs: [] });
  });

  it('never throws, whatever storage holds', () => {
    for (const junk of [
      null,
      42,
      'settings',
      [],
      [1, 2],
      true,
      { version: {} },
      { whitelist: { length: 3 } },
      Object.create(null),
    ]) {
      expect(() => validateSettings(junk)).not.toThrow();
    }
    expect(validateSettings(null).repairs).toEqual([
      'settings were null, not an object; all reset to defaults',
    ]);
    expect(validateSettings([1]).settings).toEqual(defaultSettings());
  });

  it('migrates what the popup stored as version 1, keeping its values', () => {
    const { settings, repairs } = validateSettings({ version: 1, fontSize: 18, theme: 'light' });
    expect(settings).toEqual(current({ fontSize: 18, theme: 'light' }));
    expect(repairs).toEqual([
      'settings upgraded from version 1 to 2 (whitelist, rule families, custom rules and export format added)',
      'settings upgraded from version 2 to 3 (page modes added: sites already in the list keep Tidy, new ones start in Focus)',
      'settings upgraded from version 3 to 4 (story memory added, on)',
    ]);
  });

  it('migrates version 2: sites already cleaned keep Tidy, "Clean this page" and new sites use Focus', () => {
    const v2 = {
      version: 2,
      whitelist: [
        { pattern: 'example.com', cleanFrontPages: false },
        { pattern: 'news.org', cleanFrontPages: true },
      ],
      families: defaultSettings().families,
      customRules: '',
      siteExceptions: {},
      defaultExportFormat: 'text',
      theme: 'system',
      fontSize: 16,
    };
    const { settings, repairs } = validateSettings(v2);
    expect(settings.pageMode).toBe('focus');
    expect(settings.whitelist).toEqual([
      { pattern: 'example.com', cleanFrontPages: false, mode: 'tidy' },
      { pattern: 'news.org', cleanFrontPages: true, mode: 'tidy' },
    ]);
    expect(repairs).toEqual([
      'settings upgraded from version 2 to 3 (page modes added: sites already in the list keep Tidy, new ones start in Focus)',
      'settings upgraded from version 3 to 4 (story memory added, on)',
    ]);
  });

  it('migrates version 3: story memory on, the rest as it was; a switch that is not one is repaired', () => {
    const { storyMemory: _memory, ...v3 } = { ...current(), version: 3, theme: 'dark' as const };
    const { settings, repairs } = validateSettings(v3);
    expect(settings).toEqual(current({ theme: 'dark', storyMemory: true }));
    expect(repairs).toEqual(['settings upgraded from version 3 to 4 (story memory added, on)']);
    expect(validateSettings({ ...current(), storyMemory: false }).settings.storyMemory).toBe(false);
    const damaged = validateSettings({ ...current(), storyMemory: 'yes' });
    expect(damaged.settings.storyMemory).toBe(true);
    expect(damaged.repairs).toEqual(['story memory was "yes", not on/off; set to on']);
  });

  it('repairs a page mode that is not one', () => {
    const { settings, repairs } = validateSettings({ ...current(), pageMode: 'zen' });
    expect(settings.pageMode).toBe('focus');
    expect(repairs).toEqual(['page mode "zen" is not focus or tidy; set to focus']);
    expect(validateSettings({ ...current(), pageMode: 'tidy' }).settings.pageMode).toBe('tidy');
  });

  it('reads settings without a version as version 1', () => {
    const { settings, repairs } = validateSettings({ fontSize: 14 });
    expect(settings.fontSize).toBe(14);
    expect(repairs[0]).toBe('settings had no version number; read as version 1');
  });

  it('reads settings from a newer version as far as it can, and says so', () => {
    const { settings, repairs } = validateSettings({
      ...current({ theme: 'dark' }),
      version: 7,
      readingRuler: true,
    });
    expect(settings.theme).toBe('dark');
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(repairs).toEqual([
      `settings were written by a newer Cleanwire (version 7); read as version ${SETTINGS_VERSION}, settings this version does not know are dropped`,
      'unknown setting "readingRuler" dropped',
    ]);
  });

  it('repairs every bad scalar to its default and says what it did', () => {
    const { settings, repairs } = validateSettings({
      ...current(),
      defaultExportFormat: 'pdf',
      theme: 'blue',
      fontSize: 'huge',
    });
    expect(settings.defaultExportFormat).toBe('text');
    expect(settings.theme).toBe('system');
    expect(settings.fontSize).toBe(16);
    expect(repairs).toEqual([
      'export format "pdf" is not text, markdown or html; set to text',
      'theme "blue" is not system, light or dark; set to system',
      'font size "huge" is not a number; set to 16',
    ]);
  });

  it('clamps and rounds the font size', () => {
    expect(validateSettings({ ...current(), fontSize: 400 }).settings.fontSize).toBe(26);
    expect(validateSettings({ ...current(), fontSize: 3 }).settings.fontSize).toBe(12);
    expect(validateSettings({ ...current(), fontSize: 17.4 }).settings.fontSize).toBe(17);
    expect(validateSettings({ ...current(), fontSize: '18px' }).settings.fontSize).toBe(18);
    expect(validateSettings({ ...current(), fontSize: 400 }).repairs).toEqual([
      'font size 400 is not a whole number from 12 to 26; set to 26',
    ]);
    expect(validateSettings({ ...current(), fontSize: NaN }).settings.fontSize).toBe(16);
  });

  it('repairs whitelist items one by one, keeping the good ones', () => {
    const { settings, repairs } = validateSettings({
      ...current(),
      whitelist: [
        { pattern: 'example.com', cleanFrontPages: false, mode: 'focus' },
        'news.org',
        { pattern: 'https://www.Paper.co.uk/world/', cleanFrontPages: true, mode: 'tidy' },
        { pattern: '*.com', cleanFrontPages: false },
        { pattern: 'example.com', cleanFrontPages: true },
        { pattern: 'blog.net', cleanFrontPages: 'yes', mode: 'zen' },
        { pattern: 'daily.org', cleanFrontPages: false },
        { cleanFrontPages: true },
        42,
      ],
    });
    expect(settings.whitelist).toEqual([
      { pattern: 'example.com', cleanFrontPages: false, mode: 'focus' },
      { pattern: 'news.org', cleanFrontPages: false, mode: 'focus' },
      { pattern: 'paper.co.uk', cleanFrontPages: true, mode: 'tidy' },
      { pattern: 'blog.net', cleanFrontPages: false, mode: 'focus' },
      { pattern: 'daily.org', cleanFrontPages: false, mode: 'focus' },
    ]);
    expect(repairs).toEqual([
      'whitelist entry 2 ("news.org") was a bare site name; kept as a site that is cleaned on article pages',
      'whitelist entry 3 "https://www.Paper.co.uk/world/" normalized to "paper.co.uk"',
      'whitelist entry 4 ("*.com") dropped: *.com would cover every site under .com; enter the site itself.',
      'whitelist entry 5 ("example.com") is listed twice; the copy was dropped',
      'whitelist entry 6 ("blog.net"): "clean front pages" was "yes"; switched off',
      'whitelist entry 6 ("blog.net"): page mode was "zen"; set to focus',
      'whitelist entry 7 ("daily.org"): had no page mode; set to focus',
      'whitelist entry 8 has no site name; dropped',
      'whitelist entry 9 was 42, not a site; dropped',
    ]);
  });

  it('repairs rule family switches and keeps the page-hidden family on', () => {
    const { settings, repairs } = validateSettings({
      ...current(),
      families: { comments: false, share: 'no', hidden: false, astrology: true },
    });
    expect(settings.families.comments).toBe(false);
    expect(settings.families.share).toBe(true);
    expect(settings.families.tickers).toBe(true);
    expect('hidden' in settings.families).toBe(false);
    expect(repairs).toEqual([
      'rule family "share" was "no", not on/off; switched on',
      'rule family "hidden" cannot be switched off; setting dropped',
      'unknown rule family "astrology" dropped',
    ]);
  });

  it('keeps custom rules verbatim, invalid lines and all', () => {
    const text = '! my rules\r\nexample.com##.promo\n\n   broken [[[ line\n##p:has-text(/^Ad$/)';
    const { settings, repairs } = validateSettings({ ...current(), customRules: text });
    expect(settings.customRules).toBe(text);
    expect(repairs).toEqual([]);
  });

  it('joins custom rules given as a list of lines', () => {
    const { settings, repairs } = validateSettings({ ...current(), customRules: ['##.a', 'bad line'] });
    expect(settings.customRules).toBe('##.a\nbad line');
    expect(repairs).toEqual(['custom rules were a list of lines; joined into one text']);
  });

  it('repairs site exceptions item by item', () => {
    const isValidSelector = (s: string) => !s.includes('[[');
    const { settings, repairs } = validateSettings(
      {
        ...current(),
        siteExceptions: {
          'www.example.com': {
            ruleIds: ['comments.disqus', 'comments.disqus', 'Not An Id'],
            selectors: ['#comments', 'div[[', 7],
          },
          '*.example.org': { ruleIds: ['share.jetpack'], selectors: [] },
          'news.net': 'everything',
          'blog.net': { ruleIds: 'share.jetpack' },
        },
      },
      { isValidSelector },
    );
    expect(settings.siteExceptions).toEqual({
      'example.com': { ruleIds: ['comments.disqus'], selectors: ['#comments'] },
    });
    expect(repairs).toEqual([
      'site exceptions for example.com: "Not An Id" is not a built-in rule id; dropped',
      'site exceptions for example.com: "div[[" is not a valid CSS selector; dropped',
      'site exceptions for example.com: 7 is not a selector; dropped',
      'site exceptions for "*.example.org" dropped: exceptions belong to one site, not a wildcard',
      'site exceptions for news.net were "everything"; dropped',
      'site exceptions for blog.net: ruleIds were "share.jetpack", not a list; dropped',
    ]);
  });

  it('reports fields missing from current-version settings', () => {
    const { fontSize: _f, whitelist: _w, ...rest } = current({ theme: 'dark' });
    const { settings, repairs } = validateSettings(rest);
    expect(settings.theme).toBe('dark');
    expect(repairs).toEqual([
      'whitelist was missing; set to its default',
      'fontSize was missing; set to its default',
    ]);
  });

  it('marks repairs that replace a whole list of the reader’s as dropping user data', () => {
    const { repairs } = validateDetailed({
      ...current(),
      whitelist: 'example.com',
      customRules: 5,
      theme: 'neon',
    });
    expect(repairs.filter((r) => r.dropsUserData).map((r) => r.field)).toEqual(['whitelist', 'customRules']);
    expect(repairs.find((r) => r.field === 'theme')?.dropsUserData).toBe(false);
  });
});
