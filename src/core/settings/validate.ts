import type { SelectorCheck } from '../rules/parse';
import { normalizeSitePattern, withoutWww } from '../sites/patterns';
import { migrate } from './migrations';
import {
  ALWAYS_ON_FAMILIES,
  EXPORT_FORMATS,
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  PAGE_MODES,
  SETTINGS_VERSION,
  THEMES,
  defaultSettings,
  type PageMode,
  type Settings,
  type SiteExceptions,
  type WhitelistEntry,
} from './model';

/**
 * One repair, in words. `dropsUserData` marks a repair that replaced a whole list or text of the
 * reader's (whitelist, rule families, custom rules, site exceptions) with its default because it had
 * the wrong type: fine for a damaged store (the alternative is a crash), but a reason to refuse an
 * import (accepting it would erase the reader's current data).
 */
export interface Repair {
  field: string;
  /** What was wrong and what was done, e.g. `theme "blue" is not system, light or dark; set to system`. */
  message: string;
  /** What was wrong, without the action (for an import's refusal). */
  problem: string;
  dropsUserData: boolean;
}

export interface ValidateOptions {
  /** When given, site-exception selectors that this DOM rejects are dropped (reported). */
  isValidSelector?: SelectorCheck;
}

export interface Validated {
  settings: Settings;
  repairs: string[];
}

/**
 * Turns whatever storage holds into valid settings. Never throws: every bad or outdated value is
 * replaced by its default (or the bad item dropped from its list) and reported in words. `undefined`
 * (nothing stored yet) gives the defaults with nothing to report.
 */
export function validateSettings(stored: unknown, options: ValidateOptions = {}): Validated {
  const { settings, repairs } = validateDetailed(stored, options);
  return { settings, repairs: repairs.map((r) => r.message) };
}

export function validateDetailed(
  stored: unknown,
  options: ValidateOptions = {},
): { settings: Settings; repairs: Repair[] } {
  const settings = defaultSettings();
  const repairs: Repair[] = [];
  const repair: RepairFn = (field, problem, action, dropsUserData = false) =>
    repairs.push({ field, problem, message: action ? `${problem}; ${action}` : problem, dropsUserData });
  if (stored === undefined) return { settings, repairs };
  if (!isPlainObject(stored)) {
    repair('settings', `settings were ${describe(stored)}, not an object`, 'all reset to defaults', true);
    return { settings, repairs };
  }

  let raw: Record<string, unknown> = stored;
  const version = raw.version;
  let from: number;
  if (version === undefined) {
    from = 1;
    repair('version', 'settings had no version number; read as version 1');
  } else if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    from = SETTINGS_VERSION;
    repair(
      'version',
      `settings version ${describe(version)} is not a version number; read as version ${SETTINGS_VERSION}`,
    );
  } else if (version > SETTINGS_VERSION) {
    from = SETTINGS_VERSION;
    repair(
      'version',
      `settings were written by a newer Cleanwire (version ${version}); read as version ${SETTINGS_VERSION}, settings this version does not know are dropped`,
    );
  } else from = version;
  if (from < SETTINGS_VERSION) {
    const migrated = migrate(raw, from);
    raw = migrated.stored;
    for (const step of migrated.steps) repair('version', step);
  }

  const known = new Set<string>(Object.keys(settings));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) repair(key, `unknown setting "${key}" dropped`);
  }
  // A field missing from a current-version object is reported; an import that lacks one takes the default.
  const missing = (field: string) => repair(field, `${field} was missing; set to its default`);

  // whitelist ---------------------------------------------------------------------------------------
  if (!('whitelist' in raw)) missing('whitelist');
  else if (!Array.isArray(raw.whitelist))
    repair('whitelist', `whitelist was ${describe(raw.whitelist)}, not a list`, 'emptied', true);
  else settings.whitelist = validateWhitelist(raw.whitelist, repair);

  // families ----------------------------------------------------------------------------------------
  if (!('families' in raw)) missing('families');
  else if (!isPlainObject(raw.families))
    repair(
      'families',
      `rule families were ${describe(raw.families)}, not an object`,
      'all switched on',
      true,
    );
  else {
    for (const [family, on] of Object.entries(raw.families)) {
      if (ALWAYS_ON_FAMILIES.includes(family))
        repair('families', `rule family "${family}" cannot be switched off; setting dropped`);
      // Own keys only: "constructor" or "__proto__" must not pass for a family through the prototype.
      else if (!Object.hasOwn(settings.families, family))
        repair('families', `unknown rule family "${family}" dropped`);
      else if (typeof on !== 'boolean')
        repair('families', `rule family "${family}" was ${describe(on)}, not on/off; switched on`);
      else settings.families[family] = on;
    }
    // A family this version added is simply on: not a repair (older settings cannot know it).
  }

  // customRules: kept verbatim, invalid lines included — the options page flags them -----------------
  if (!('customRules' in raw)) missing('customRules');
  else if (typeof raw.customRules === 'string') settings.customRules = raw.customRules;
  else if (Array.isArray(raw.customRules) && raw.customRules.every((l) => typeof l === 'string')) {
    settings.customRules = raw.customRules.join('\n');
    repair('customRules', 'custom rules were a list of lines; joined into one text');
  } else repair('customRules', `custom rules were ${describe(raw.customRules)}, not text`, 'emptied', true);

  // siteExceptions ----------------------------------------------------------------------------------
  if (!('siteExceptions' in raw)) missing('siteExceptions');
  else if (!isPlainObject(raw.siteExceptions))
    repair(
      'siteExceptions',
      `site exceptions were ${describe(raw.siteExceptions)}, not an object`,
      'emptied',
      true,
    );
  else settings.siteExceptions = validateSiteExceptions(raw.siteExceptions, repair, options);

  // scalar preferences ------------------------------------------------------------------------------
  if (!('defaultExportFormat' in raw)) missing('defaultExportFormat');
  else if (EXPORT_FORMATS.includes(raw.defaultExportFormat as never))
    settings.defaultExportFormat = raw.defaultExportFormat as Settings['defaultExportFormat'];
  else
    repair(
      'defaultExportFormat',
      `export format ${describe(raw.defaultExportFormat)} is not text, markdown or html; set to text`,
    );

  if (!('pageMode' in raw)) missing('pageMode');
  else if (PAGE_MODES.includes(raw.pageMode as never)) settings.pageMode = raw.pageMode as PageMode;
  else repair('pageMode', `page mode ${describe(raw.pageMode)} is not focus or tidy; set to focus`);

  if (!('theme' in raw)) missing('theme');
  else if (THEMES.includes(raw.theme as never)) settings.theme = raw.theme as Settings['theme'];
  else repair('theme', `theme ${describe(raw.theme)} is not system, light or dark; set to system`);

  if (!('fontSize' in raw)) missing('fontSize');
  else {
    const px =
      typeof raw.fontSize === 'number'
        ? raw.fontSize
        : typeof raw.fontSize === 'string'
          ? Number.parseFloat(raw.fontSize)
          : NaN;
    if (!Number.isFinite(px))
      repair('fontSize', `font size ${describe(raw.fontSize)} is not a number; set to ${settings.fontSize}`);
    else {
      settings.fontSize = Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, Math.round(px)));
      if (settings.fontSize !== raw.fontSize)
        repair(
          'fontSize',
          `font size ${describe(raw.fontSize)} is not a whole number from ${FONT_SIZE_MIN} to ${FONT_SIZE_MAX}; set to ${settings.fontSize}`,
        );
    }
  }

  if (!('storyMemory' in raw)) missing('storyMemory');
  else if (typeof raw.storyMemory === 'boolean') settings.storyMemory = raw.storyMemory;
  else
    repair(
      'storyMemory',
      `story memory was ${describe(raw.storyMemory)}, not on/off; set to ${settings.storyMemory ? 'on' : 'off'}`,
    );
  return { settings, repairs };
}

type RepairFn = (field: string, problem: string, action?: string, dropsUserData?: boolean) => void;

function validateWhitelist(list: unknown[], repair: RepairFn): WhitelistEntry[] {
  const out: WhitelistEntry[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const where = `whitelist entry ${i + 1}`;
    let pattern: unknown;
    let cleanFrontPages: unknown = false;
    let mode: unknown = DEFAULT_SITE_MODE;
    if (typeof item === 'string') {
      pattern = item;
      repair(
        'whitelist',
        `${where} ("${item}") was a bare site name; kept as a site that is cleaned on article pages`,
      );
    } else if (isPlainObject(item)) {
      pattern = item.pattern;
      cleanFrontPages = item.cleanFrontPages ?? false;
      mode = item.mode;
    } else {
      repair('whitelist', `${where} was ${describe(item)}, not a site; dropped`);
      return;
    }
    if (typeof pattern !== 'string') {
      repair('whitelist', `${where} has no site name; dropped`);
      return;
    }
    const site = normalizeSitePattern(pattern);
    if (!site.ok) {
      repair('whitelist', `${where} ("${pattern}") dropped: ${site.error}`);
      return;
    }
    if (site.pattern !== pattern)
      repair('whitelist', `${where} "${pattern}" normalized to "${site.pattern}"`);
    if (seen.has(site.pattern)) {
      repair('whitelist', `${where} ("${site.pattern}") is listed twice; the copy was dropped`);
      return;
    }
    if (typeof cleanFrontPages !== 'boolean') {
      repair(
        'whitelist',
        `${where} ("${site.pattern}"): "clean front pages" was ${describe(cleanFrontPages)}; switched off`,
      );
      cleanFrontPages = false;
    }
    if (!PAGE_MODES.includes(mode as never)) {
      const problem = mode === undefined ? 'had no page mode' : `page mode was ${describe(mode)}`;
      repair('whitelist', `${where} ("${site.pattern}"): ${problem}; set to ${DEFAULT_SITE_MODE}`);
      mode = DEFAULT_SITE_MODE;
    }
    seen.add(site.pattern);
    out.push({ pattern: site.pattern, cleanFrontPages: cleanFrontPages as boolean, mode: mode as PageMode });
  });
  return out;
}

/** A site entry whose mode is missing or damaged gets the default's mode. */
const DEFAULT_SITE_MODE: PageMode = defaultSettings().pageMode;

/** Built-in rule ids are `family.key`; user rules are excepted by selector, since their ids follow line numbers. */
const RULE_ID = /^[a-z]+\.[a-z0-9-]+$/;

function validateSiteExceptions(
  raw: Record<string, unknown>,
  repair: RepairFn,
  options: ValidateOptions,
): Record<string, SiteExceptions> {
  const out: Record<string, SiteExceptions> = {};
  for (const [key, value] of Object.entries(raw)) {
    const site = normalizeSitePattern(key);
    if (!site.ok || site.kind !== 'exact') {
      repair(
        'siteExceptions',
        `site exceptions for "${key}" dropped: ${site.ok ? 'exceptions belong to one site, not a wildcard' : site.error}`,
      );
      continue;
    }
    const host = withoutWww(site.base);
    if (!isPlainObject(value)) {
      repair('siteExceptions', `site exceptions for ${host} were ${describe(value)}; dropped`);
      continue;
    }
    const entry = out[host] ?? { ruleIds: [], selectors: [] };
    const strings = (field: 'ruleIds' | 'selectors', accept: (s: string) => string | null) => {
      const list = value[field];
      if (list === undefined) return;
      if (!Array.isArray(list)) {
        repair(
          'siteExceptions',
          `site exceptions for ${host}: ${field} were ${describe(list)}, not a list; dropped`,
        );
        return;
      }
      for (const item of list) {
        const problem =
          typeof item !== 'string' || item.trim() === ''
            ? `${describe(item)} is not a ${field === 'ruleIds' ? 'rule id' : 'selector'}`
            : accept(item);
        if (problem) repair('siteExceptions', `site exceptions for ${host}: ${problem}; dropped`);
        else if (!entry[field].includes(item as string)) entry[field].push(item as string);
      }
    };
    strings('ruleIds', (id) => (RULE_ID.test(id) ? null : `"${id}" is not a built-in rule id`));
    strings('selectors', (sel) =>
      options.isValidSelector && !options.isValidSelector(sel)
        ? `"${sel}" is not a valid CSS selector`
        : null,
    );
    if (entry.ruleIds.length + entry.selectors.length > 0) out[host] = entry;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v;
}
