/**
 * Reading the reader's settings from a storage area, with no tie to how the area is reached:
 * storage.ts binds it to the extension's `storage.local` (through webextension-polyfill) for every page
 * and script; the document_start script (content/early.ts) binds it to the browser's own object
 * (native-browser.ts), so that it ships without the polyfill.
 *
 * Every read goes through the core model's validation (src/core/settings), so callers always get
 * valid, current settings: an outdated (version 1) or damaged stored value is migrated/repaired, the
 * repairs are logged, the fixed value is written back once, and the repair list is kept under
 * REPAIR_NOTICE_KEY until the options page has shown it to the reader (repairs usually happen in the
 * background, where nobody sees them).
 */
import type { Settings } from '../core/settings/model';
import { validateSettings, type ValidateOptions } from '../core/settings/validate';

export const SETTINGS_KEY = 'settings';
export const REPAIR_NOTICE_KEY = 'settingsRepairs';

/** The part of a `storage.local` used here (the polyfill's and the browsers' own both have it). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** What load-time validation had to fix, waiting to be shown in the options page. */
export interface RepairNotice {
  /** ISO time of the latest repair. */
  at: string;
  repairs: string[];
}

/** The longest repair list kept: a store damaged over and over should not grow without end. */
const MAX_NOTICE_REPAIRS = 50;

export async function readSettings(area: SettingsArea, options: ValidateOptions): Promise<Settings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const { settings, repairs } = validateSettings(stored, options);
  if (repairs.length) {
    console.warn('Cleanwire: stored settings repaired:', repairs.join('; '));
    const notice = await readRepairNotice(area);
    const merged: RepairNotice = {
      at: new Date().toISOString(),
      repairs: [...(notice?.repairs ?? []), ...repairs].slice(-MAX_NOTICE_REPAIRS),
    };
    await area.set({ [SETTINGS_KEY]: settings, [REPAIR_NOTICE_KEY]: merged });
  }
  return settings;
}

export async function readRepairNotice(area: SettingsArea): Promise<RepairNotice | null> {
  const raw: unknown = (await area.get(REPAIR_NOTICE_KEY))[REPAIR_NOTICE_KEY];
  if (typeof raw !== 'object' || raw === null) return null;
  const { at, repairs } = raw as Record<string, unknown>;
  if (!Array.isArray(repairs)) return null;
  const lines = repairs.filter((r): r is string => typeof r === 'string');
  return lines.length ? { at: typeof at === 'string' ? at : '', repairs: lines } : null;
}
