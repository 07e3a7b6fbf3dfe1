import { BUILTIN_FAMILY_LABELS } from '../rules/families';

/**
 * The one settings model: `Settings` is the type of `DEFAULTS`. To add a setting: add it here with its
 * default, give it a check in validate.ts, and if stored settings need converting, a migration in
 * migrations.ts with a version bump.
 */

export const SETTINGS_VERSION = 4;

export type ExportFormat = 'text' | 'markdown' | 'html';
export type Theme = 'system' | 'light' | 'dark';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['text', 'markdown', 'html'];

/**
 * How a page is cleaned in place: `focus` hides everything that is not the story (the site's logo
 * stays); `tidy` hides known clutter and keeps the site's layout (core/inpage).
 */
export type PageMode = 'focus' | 'tidy';
export const PAGE_MODES: readonly PageMode[] = ['focus', 'tidy'];
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export const FONT_SIZE_MIN = 12;
export const FONT_SIZE_MAX = 26;

/** A font size the popup can show: whole pixels within FONT_SIZE_MIN…FONT_SIZE_MAX. */
export function clampFontSize(px: number): number {
  return Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, Math.round(px)));
}

/** A whitelisted site: where auto-clean runs. */
export interface WhitelistEntry {
  /** Normalized site pattern (see core/sites/patterns.ts): `example.com` or `*.example.com`. */
  pattern: string;
  /** Also clean the site's home page and section fronts (off: only pages that look like articles). */
  cleanFrontPages: boolean;
  /** How the site's pages are cleaned, as they load and by "Clean this page". */
  mode: PageMode;
}

/** What the reader brought back on one site, from the popup's "what was removed" list. */
export interface SiteExceptions {
  /** Built-in rules switched off on this site, by id (`comments.disqus`). */
  ruleIds: string[];
  /** Elements never hidden on this site, by selector (a restored block's stable selector). */
  selectors: string[];
}

/**
 * Families the reader can switch off, in the options page's order. `hidden` (what the page itself hides)
 * is not clutter but the rule that keeps hidden text out of the article, so it stays on.
 */
export const ALWAYS_ON_FAMILIES: readonly string[] = ['hidden'];
export const SWITCHABLE_FAMILIES: readonly { family: string; label: string }[] = BUILTIN_FAMILY_LABELS.filter(
  (f) => !ALWAYS_ON_FAMILIES.includes(f.family),
).map((f) => ({ family: f.family, label: f.label }));

export const DEFAULTS = {
  version: SETTINGS_VERSION as number,
  /** Sites cleaned automatically, in the order the reader added them. */
  whitelist: [] as WhitelistEntry[],
  /** Built-in rule families on (true) or off, keyed by family name. */
  families: Object.fromEntries(SWITCHABLE_FAMILIES.map((f) => [f.family, true])) as Record<string, boolean>,
  /** The reader's rule list exactly as typed, invalid lines included (they are flagged, never dropped). */
  customRules: '',
  /** "Clean this page" on a site not in the whitelist, and the mode a newly added site starts with. */
  pageMode: 'focus' as PageMode,
  /** Per-site exceptions, keyed by host without `www.`. */
  siteExceptions: {} as Record<string, SiteExceptions>,
  defaultExportFormat: 'text' as ExportFormat,
  theme: 'system' as Theme,
  /** Article text size in the popup, CSS pixels, FONT_SIZE_MIN…FONT_SIZE_MAX. */
  fontSize: 16,
  /**
   * Story memory (issue 17): keep a fingerprint of each article read, on this device only, to show other
   * copies of a story. On by default: nothing leaves the device, no text is kept, private windows are
   * never recorded, and it is bounded (core/story/memory.ts).
   */
  storyMemory: true,
};

export type Settings = typeof DEFAULTS;

deepFreeze(DEFAULTS);

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return JSON.parse(JSON.stringify(DEFAULTS)) as Settings;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}
