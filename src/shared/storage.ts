/**
 * The one way to read and write the reader's settings (`storage.local`). Reads validate and repair
 * (settings-store.ts, shared with the document_start script); writes validate what they store.
 */
import { selectorCheckFor } from '../core';
import { validateSettings, type Settings, type ValidateOptions } from '../core/settings';
import browser from './browser';
import {
  readRepairNotice,
  readSettings,
  REPAIR_NOTICE_KEY,
  SETTINGS_KEY,
  type RepairNotice,
} from './settings-store';

export { SETTINGS_KEY, REPAIR_NOTICE_KEY, type RepairNotice } from './settings-store';

/** Site-exception selectors are checked where there is a DOM (pages); the service worker has none. */
function validateOptions(): ValidateOptions {
  return typeof document === 'undefined' ? {} : { isValidSelector: selectorCheckFor(document) };
}

export function loadSettings(): Promise<Settings> {
  return readSettings(browser.storage.local, validateOptions());
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

export function loadRepairNotice(): Promise<RepairNotice | null> {
  return readRepairNotice(browser.storage.local);
}

/** The reader has seen the notice. */
export async function dismissRepairNotice(): Promise<void> {
  await browser.storage.local.remove(REPAIR_NOTICE_KEY);
}
