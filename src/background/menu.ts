/**
 * The context-menu item "Cleanwire: remove this element". Clicking it grants activeTab for the tab,
 * as a toolbar click does: the content script is injected if it is not there yet, and the zapper
 * removes the right-clicked element (or, when the script came too late to see the right-click, lets
 * the reader click it).
 */
import browser, { type Tabs } from '../shared/browser';
import type { PageToolRequest } from '../shared/messages';
import { askContentScript, MARKER_STYLESHEET_FILE, ZAPPER_FILES } from '../shared/content-script';

export const ZAP_MENU_ID = 'cleanwire-zap';

export async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: ZAP_MENU_ID,
    title: 'Cleanwire: remove this element',
    contexts: ['page', 'selection', 'link', 'image', 'video', 'audio'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

let requests = 0;

export async function zapFromMenu(tab: Tabs.Tab | undefined, frameId: number | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  if (frameId !== undefined && frameId !== 0) {
    console.warn('Cleanwire: the zapper works in the top frame only');
  }
  const tabId = tab.id;
  const request: PageToolRequest = {
    type: 'zap-start',
    requestId: `menu-${++requests}`,
    contextTarget: true,
  };
  const delivery = await askContentScript(tabId, request, {
    css: MARKER_STYLESHEET_FILE,
    files: ZAPPER_FILES,
  });
  if (!delivery.ok) throw new Error(`Cleanwire could not start the zapper: ${delivery.error}`);
}
