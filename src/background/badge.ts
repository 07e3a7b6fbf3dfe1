/**
 * The toolbar badge: how many blocks Cleanwire hid on this tab. Tab-specific, so the browser clears
 * it when the tab navigates.
 */
import browser from '../shared/browser';

export async function showHiddenCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f5d8a' });
}
