/**
 * The popup's one trip to the page: find the tab, inject the content script (activeTab + scripting), ask it
 * to clean, check the reply and turn it into a PopupState.
 */
import browser, { type Tabs } from '../shared/browser';
import { acceptContentReply, type ContentRequest } from '../shared/messages';
import { errorText } from '../core';
import { pageRulesFor, type Settings } from '../core/settings';
import { webHostOf } from '../core/sites/patterns';
import { askContentScript, NO_RECEIVER } from '../shared/content-script';
import { classifyInjectionError, classifyTabUrl } from '../shared/restricted';
import { PAGE_CHANGED_MESSAGE, sameDocumentUrl, stateForReply, type PopupState } from './state';

/** The tab the popup is about: `?tab=<id>` when opened as a page, else the active tab of this window. */
export async function targetTab(search: string): Promise<Tabs.Tab | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isInteger(id) || id < 0) return null;
    try {
      return await browser.tabs.get(id);
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

let requests = 0;

/** The tab the popup is about and what it shows; never rejects. */
export interface TabReading {
  tab: Tabs.Tab | null;
  state: PopupState;
}

/**
 * Finds the tab and reads it with the reader's rules from `settings`. The popup starts this before its
 * first render, to save a frame or two.
 */
export async function readTab(search: string, settings: Promise<Settings>): Promise<TabReading> {
  performance.mark('cleanwire:read');
  const tab = await targetTab(search);
  if (!tab)
    return { tab: null, state: { kind: 'error', message: 'The tab this view was opened for is gone.' } };
  try {
    return { tab, state: await loadArticle(tab, await settings) };
  } catch (error) {
    return {
      tab,
      state: { kind: 'error', message: `Cleanwire could not read this tab: ${errorText(error)}` },
    };
  }
}

export async function loadArticle(tab: Tabs.Tab, settings: Settings): Promise<PopupState> {
  if (tab.id === undefined) return { kind: 'error', message: 'This tab cannot be read.' };
  const url = tab.url ?? tab.pendingUrl;
  // Only a file: URL needs the answer; skip the round trip otherwise.
  const fileSchemeAllowed = url?.startsWith('file:')
    ? await browser.extension.isAllowedFileSchemeAccess()
    : false;
  const restricted = classifyTabUrl(url, { fileSchemeAllowed });
  if (restricted) return { kind: 'restricted', ...restricted };

  const requestId = `${Date.now().toString(36)}-${++requests}`;
  const request: ContentRequest = {
    type: 'clean-page',
    requestId,
    rules: pageRulesFor(settings, webHostOf(url ?? '') ?? ''),
  };
  const delivery = await askContentScript(tab.id, request);
  if (!delivery.ok) {
    // The document we injected into is gone (reloaded or navigated away) before it could answer.
    if (delivery.stage === 'ask' && NO_RECEIVER.test(delivery.error))
      return { kind: 'changed', message: PAGE_CHANGED_MESSAGE };
    const known = classifyInjectionError(delivery.error, url);
    if (known) return { kind: 'restricted', ...known };
    return { kind: 'error', message: `Cleanwire could not read this tab: ${delivery.error}` };
  }
  const reply = delivery.reply;
  performance.mark('cleanwire:replied');
  const accepted = acceptContentReply(reply, requestId);
  if (!accepted.ok) {
    console.warn('Cleanwire: reply rejected:', accepted.reason);
    return {
      kind: 'error',
      message: 'The page sent an answer Cleanwire does not understand; nothing is shown.',
    };
  }
  return stateForReply(accepted.value, url);
}

/**
 * Calls `onChange` when the tab reloads, navigates to another document or closes — what the popup shows
 * is then about a page that is no longer there. A jump to an #anchor in the same page is not a change.
 */
export function watchTab(tabId: number, shownUrl: string | undefined, onChange: () => void): () => void {
  const listener = (id: number, info: Tabs.OnUpdatedChangeInfoType) => {
    if (id !== tabId) return;
    const movedAway = info.url !== undefined && !(shownUrl && sameDocumentUrl(info.url, shownUrl));
    const reloading = info.status === 'loading' && info.url === undefined;
    if (movedAway || reloading) onChange();
  };
  const removed = (id: number) => {
    if (id === tabId) onChange();
  };
  browser.tabs.onUpdated.addListener(listener);
  browser.tabs.onRemoved.addListener(removed);
  return () => {
    browser.tabs.onUpdated.removeListener(listener);
    browser.tabs.onRemoved.removeListener(removed);
  };
}

/** Opens this popup as a page for `tab`, next to it. */
export async function openInTab(tab: Tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  await browser.tabs.create({
    url: browser.runtime.getURL(`popup/popup.html?tab=${tab.id}`),
    index: tab.index + 1,
    openerTabId: tab.id,
    windowId: tab.windowId,
  });
}
