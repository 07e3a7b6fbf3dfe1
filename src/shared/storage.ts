/**
 * The one way to read and write the reader's settings (`storage.local`). Every read goes through the
 * core model's validation (src/core/settings), so callers always get valid, current settings: an
 * outdated (version 1) or damaged stored value is migrated/repaired, the repairs are logged, the fixed
 * value is written back once, and the repair list is kept under REPAIR_NOTICE_KEY until the options
 * page has shown it to the reader (repairs usually happen in the background, where nobody sees them).
 */
import { selectorCheckFor } from '../core';
import { validateSettings, type Settings, type ValidateOptions } from '../core/settings';
import browser from './browser';

export const SETTINGS_KEY = 'settings';
export const REPAIR_NOTICE_KEY = 'settingsRepairs';

/** What load-time validation had to fix, waiting to be shown in the options page. */
export interface RepairNotice {
  /** ISO time of the latest repair. */
  at: string;
  repairs: string[];
}

/** The longest repair list kept: a store damaged over and over should not grow without end. */
const MAX_NOTICE_REPAIRS = 50;

/** Site-exception selectors are checked where there is a DOM (pages); the service worker has none. */
function validateOptions(): ValidateOptions {
  return typeof document === 'undefined' ? {} : { isValidSelector: selectorCheckFor(document) };
}

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const { settings, repairs } = validateSettings(stored, validateOptions());
  if (repairs.length) {
    console.warn('Cleanwire: stored settings repaired:', repairs.join('; '));
    const notice = await loadRepairNotice();
    const merged: RepairNotice = {
      at: new Date().toISOString(),
      repairs: [...(notice?.repairs ?? []), ...repairs].slice(-MAX_NOTICE_REPAIRS),
    };
    await browser.storage.local.set({ [SETTINGS_KEY]: settings, [REPAIR_NOTICE_KEY]: merged });
  }
  return settings;
}

// One read-modify-write at a time within this page, so two quick changes never undo each other.
let pending: Promise<unknown> = Promise.resolve();

/**
 * Reads the current settings, lets `change` edit a private copy (mutate it, or return a new object),
 * validates the result and stores it. Returns what was stored. A change that produces an invalid value
 * (a font size out of range) is repaired like a stored one, and logged.
 */
export function updateSettings(change: (settings: Settings) => Settings | void): Promise<Settings> {
  const run = async (): Promise<Settings> => {
    const draft = structuredClone(await loadSettings());
    const next = change(draft) ?? draft;
    const { settings, repairs } = validateSettings(next, validateOptions());
    if (repairs.length) console.warn('Cleanwire: settings change repaired:', repairs.join('; '));
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    return settings;
  };
  const result = pending.then(run, run);
  pending = result.catch(() => undefined);
  return result;
}

/** Changes some fields; the others stay as stored. */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return updateSettings((settings) => ({ ...settings, ...patch }));
}

/** Calls `listener` with the validated settings whenever any page of the extension changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) listener(validateSettings(change.newValue, validateOptions()).settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

export async function loadRepairNotice(): Promise<RepairNotice | null> {
  const raw: unknown = (await browser.storage.local.get(REPAIR_NOTICE_KEY))[REPAIR_NOTICE_KEY];
  if (typeof raw !== 'object' || raw === null) return null;
  const { at, repairs } = raw as Record<string, unknown>;
  if (!Array.isArray(repairs)) return null;
  const lines = repairs.filter((r): r is string => typeof r === 'string');
  return lines.length ? { at: typeof at === 'string' ? at : '', repairs: lines } : null;
}

/** The reader has seen the notice. */
export async function dismissRepairNotice(): Promise<void> {
  await browser.storage.local.remove(REPAIR_NOTICE_KEY);
}
