/**
 * The reader's preferences: defaults, and a repair step that runs on every load so a bad or outdated
 * stored value is fixed and reported, never a crash. Pure (no storage access) so it is unit-tested.
 * Issue 4 (options page) extends this model; add a field here with its default and its repair rule.
 */

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  version: 1;
  /** Article text size in the popup, in CSS pixels. */
  fontSize: number;
  theme: Theme;
}

export const FONT_SIZE_MIN = 12;
export const FONT_SIZE_MAX = 26;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: 1,
  fontSize: 16,
  theme: 'system',
});

export interface Repaired {
  settings: Settings;
  /** One line per value that was missing, invalid or out of range and has been replaced. */
  problems: string[];
}

export function clampFontSize(px: number): number {
  return Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, Math.round(px)));
}

/** Turns whatever storage holds into valid settings, listing what it had to fix. */
export function repairSettings(stored: unknown): Repaired {
  const problems: string[] = [];
  if (stored === undefined) return { settings: { ...DEFAULT_SETTINGS }, problems };
  const raw: Record<string, unknown> =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {};
  if (raw !== stored)
    problems.push(`settings were ${Array.isArray(stored) ? 'an array' : typeof stored}; reset to defaults`);

  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (raw.version !== undefined && raw.version !== 1)
    problems.push(`unknown settings version ${String(raw.version)}; read as version 1`);

  if (raw.fontSize !== undefined) {
    if (typeof raw.fontSize === 'number' && Number.isFinite(raw.fontSize)) {
      settings.fontSize = clampFontSize(raw.fontSize);
      if (settings.fontSize !== raw.fontSize)
        problems.push(`fontSize ${raw.fontSize} out of range; set to ${settings.fontSize}`);
    } else
      problems.push(`fontSize ${JSON.stringify(raw.fontSize)} is not a number; set to ${settings.fontSize}`);
  }
  if (raw.theme !== undefined) {
    if (raw.theme === 'system' || raw.theme === 'light' || raw.theme === 'dark') settings.theme = raw.theme;
    else problems.push(`theme ${JSON.stringify(raw.theme)} is not system, light or dark; set to system`);
  }
  return { settings, problems };
}
