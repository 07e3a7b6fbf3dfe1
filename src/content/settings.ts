/** The reader's settings as the content scripts read them: validated and repaired (shared/settings-store.ts). */
import { selectorCheckFor } from '../core/rules/compile';
import type { Settings } from '../core/settings/model';
import { readSettings } from '../shared/settings-store';
import browser from './browser';

export function loadSettings(): Promise<Settings> {
  // Site-exception selectors are checked by this page's own selector engine.
  return readSettings(browser.storage.local, { isValidSelector: selectorCheckFor(document) });
}
