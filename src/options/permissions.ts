/**
 * Host permissions for whitelisted sites, from the options page. A request must start inside the
 * reader's click (Firefox refuses one that follows an `await`), so `requestSiteAccess` is called first
 * thing in the click handler and everything else waits for its answer.
 */
import { originsToRelease } from '../core/settings';
import { matchPatternsFor } from '../core/sites';
import browser from '../shared/browser';

export function requestSiteAccess(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: matchPatternsFor(pattern) });
}

export async function hasSiteAccess(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: matchPatternsFor(pattern) });
  } catch {
    return false;
  }
}

/**
 * Gives back what only `removed` needed. A permission the browser will not drop (one the build holds
 * for good, as the test build does for 127.0.0.1) stays; the site is still off the list.
 */
export async function releaseSiteAccess(removed: string, remaining: readonly string[]): Promise<void> {
  const origins = originsToRelease(removed, remaining);
  if (origins.length === 0) return;
  try {
    await browser.permissions.remove({ origins });
  } catch (error) {
    console.warn(`Cleanwire: could not give back access to ${origins.join(', ')}:`, error);
  }
}

/** Calls `listener` when the reader grants or takes back a permission (also in the browser's settings). */
export function onPermissionsChanged(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
