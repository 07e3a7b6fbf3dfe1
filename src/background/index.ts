/**
 * Background (Chrome service worker / Firefox event page). Thin on purpose: the toolbar popup does the
 * work for a click. Here: settings repair on install, auto-clean registrations kept in line with the
 * whitelist, the toolbar badge, the context menu's zapper, saving zapper rules, and writing the story
 * memory (story-memory.ts).
 */
import browser, { type Runtime } from '../shared/browser';
import { acceptBackgroundRequest, type BackgroundReply } from '../shared/messages';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { showHiddenCount } from './badge';
import { ZAP_MENU_ID, createMenu, zapFromMenu } from './menu';
import { syncAutoClean } from './registrations';
import { saveZapRule } from './zap-rule';
import { isPrivateTab, rememberStory } from './story-memory';
import { errorText } from '../core';

const logFailure = (what: string) => (error: unknown) => console.error(`Cleanwire: ${what} failed`, error);

browser.runtime.onInstalled.addListener(() => {
  // loadSettings repairs and writes back whatever an older version (or a bad edit) left in storage.
  void loadSettings()
    .then((settings) => syncAutoClean({ settings, fresh: true }))
    .catch(logFailure('auto-clean registration'));
  void createMenu().catch(logFailure('context menu'));
});

browser.runtime.onStartup.addListener(() => {
  void syncAutoClean().catch(logFailure('auto-clean registration'));
  void createMenu().catch(logFailure('context menu'));
});

// The options page (or another popup) changed the whitelist: registrations follow.
onSettingsChanged(
  (settings) => void syncAutoClean({ settings }).catch(logFailure('auto-clean registration')),
);
browser.permissions.onRemoved.addListener(
  () => void syncAutoClean().catch(logFailure('auto-clean registration')),
);
browser.permissions.onAdded.addListener(
  () => void syncAutoClean().catch(logFailure('auto-clean registration')),
);

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === ZAP_MENU_ID) void zapFromMenu(tab, info.frameId).catch(logFailure('zapper'));
});

const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };

async function handle(message: unknown, sender: Runtime.MessageSender): Promise<BackgroundReply | undefined> {
  const checked = acceptBackgroundRequest(message, sender, self);
  if (!checked.ok) {
    console.warn('Cleanwire: message rejected:', checked.reason);
    return undefined;
  }
  const accepted = checked.value;
  if (accepted.from === 'extension-page') {
    const { request } = accepted;
    if (request.type === 'sync-autoclean') return { type: 'autoclean-synced', report: await syncAutoClean() };
    const isPrivate = request.tabId === null || (await isPrivateTab(request.tabId));
    await rememberStory(request.story, isPrivate).catch(logFailure('story memory'));
    return { type: 'done' };
  }
  const { request, tabId, url } = accepted;
  switch (request.type) {
    case 'remember-story':
      await rememberStory(request.story, accepted.incognito).catch(logFailure('story memory'));
      return { type: 'done' };
    case 'badge':
      await showHiddenCount(tabId, request.count);
      return { type: 'done' };
    case 'save-zap-rule':
      try {
        return { type: 'zap-rule-saved', rule: await saveZapRule(url, request.selector) };
      } catch (error) {
        return { type: 'refused', reason: errorText(error) };
      }
  }
}

const BACKGROUND_TYPES = new Set<unknown>(['badge', 'save-zap-rule', 'sync-autoclean', 'remember-story']);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Messages meant for the content script (popup → tab) reach this listener in Firefox too: skip them.
  const type = (message as { type?: unknown } | null)?.type;
  if (!BACKGROUND_TYPES.has(type)) return undefined;
  return handle(message, sender);
});
