/**
 * Typed access to `storage.local`. Reads always go through `repairSettings`, so callers get valid
 * settings; a value that needed repair is logged and written back once.
 */
import browser from './browser';
import { repairSettings, type Settings } from './settings';

const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const { settings, problems } = repairSettings(stored);
  if (problems.length) {
    console.warn('Cleanwire: stored settings repaired:', problems.join('; '));
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  }
  return settings;
}

export async function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const { settings } = repairSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  return settings;
}

/** Calls `listener` with fresh settings whenever another page (options, another popup) changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[SETTINGS_KEY])
      listener(repairSettings(changes[SETTINGS_KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
