/**
 * The popup's in-page actions on its tab: whitelist the site (optional host permission + registration),
 * clean this page, restore all or one block (and keep it on the site), start the zapper. Messages go
 * through the typed protocol and every reply is checked.
 */
import {
  addSiteException,
  exceptionForBlock,
  newSiteEntry,
  pageModeFor,
  pageRulesFor,
  withSiteMode,
  type PageMode,
  type Settings,
  type WhitelistEntry,
} from '../core/settings';
import { findSiteEntry, matchPatternsFor, webHostOf } from '../core/sites';
import { originsToRelease } from '../core/settings/site-origins';
import { sitePatternForUrl } from '../core/sites/registrations';
import browser from '../shared/browser';
import {
  acceptPageToolReply,
  backgroundReplyCheck,
  type AutoCleanReport,
  type BackgroundRequest,
  type PageBlock,
  type PageToolReply,
  type PageToolRequest,
} from '../shared/messages';
import { askContentScript, MARKER_STYLESHEET_FILE, ZAPPER_FILES } from '../shared/content-script';
import { loadSettings, updateSettings } from '../shared/storage';
import { errorText } from '../core';

let requests = 0;
const nextId = () => `tool-${Date.now().toString(36)}-${++requests}`;

type WithoutId<T> = T extends unknown ? Omit<T, 'requestId'> : never;

/**
 * Sends a page-tool request to the tab's content script (there since the popup read the page); a bad
 * or missing reply is an error reply. With `inject`, the scripts that answer it are injected first when
 * they are not in the page yet (the zapper's).
 */
export async function askPage(
  tabId: number,
  request: WithoutId<PageToolRequest>,
  options: { inject?: string[] } = {},
): Promise<PageToolReply> {
  const requestId = nextId();
  const full = { ...request, requestId } as PageToolRequest;
  const failed = (error: string): PageToolReply => ({ type: 'page-tool-failed', requestId, error });
  let reply: unknown;
  if (options.inject) {
    const delivery = await askContentScript(tabId, full, { files: options.inject });
    if (!delivery.ok) return failed(delivery.error);
    reply = delivery.reply;
  } else {
    try {
      reply = await browser.tabs.sendMessage(tabId, full, { frameId: 0 });
    } catch (error) {
      return failed(errorText(error));
    }
  }
  const accepted = acceptPageToolReply(reply, requestId);
  if (!accepted.ok) {
    console.warn('Cleanwire: reply rejected:', accepted.reason);
    return failed('The page sent an answer Cleanwire does not understand.');
  }
  return accepted.value;
}

/** Starts the element zapper on the tab (its script goes in after the content script). */
export function startZapper(tabId: number): Promise<PageToolReply> {
  return askPage(tabId, { type: 'zap-start', contextTarget: false }, { inject: ZAPPER_FILES });
}

/**
 * "Clean this page" on the tab showing `url`: the marker stylesheet as a file (page CSP cannot refuse
 * it), then the in-page pass in `mode` (null: the site's mode, else the reader's default), with the
 * reader's rules as stored now (a site whitelisted a moment ago is cleaned in its mode).
 */
export async function cleanThisPage(
  tabId: number,
  url: string,
  mode: PageMode | null = null,
): Promise<PageToolReply> {
  const [settings] = await Promise.all([
    loadSettings(),
    browser.scripting
      .insertCSS({ target: { tabId, frameIds: [0] }, files: [MARKER_STYLESHEET_FILE] })
      .catch((error: unknown) => console.warn('Cleanwire: marker stylesheet not inserted', error)),
  ]);
  return askPage(tabId, {
    type: 'inpage-clean',
    mode: mode ?? pageModeFor(settings, url),
    rules: pageRulesFor(settings, webHostOf(url) ?? ''),
  });
}

/** The other mode, one click away: the page is cleaned in it, and a whitelisted site keeps it. */
export async function cleanInMode(
  tabId: number,
  url: string,
  mode: PageMode,
  site: WhitelistEntry | null,
): Promise<PageToolReply> {
  if (site && site.mode !== mode) await updateSettings((s) => withSiteMode(s, site.pattern, mode));
  return cleanThisPage(tabId, url, mode);
}

/** The whitelist entry that covers the page, and the site the popup offers when there is none. */
export function siteOf(
  settings: Settings,
  url: string | undefined,
): { entry: WhitelistEntry | null; offer: string | null } {
  if (!url) return { entry: null, offer: null };
  return { entry: findSiteEntry(settings.whitelist, url), offer: sitePatternForUrl(url) };
}

/**
 * Asks for the site's host permission. Call it first thing in the click handler: the browser shows its
 * prompt only during the reader's gesture.
 */
export function requestSitePermission(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: matchPatternsFor(pattern) });
}

async function syncRegistrations(): Promise<AutoCleanReport | null> {
  const request: BackgroundRequest = { type: 'sync-autoclean' };
  const reply = backgroundReplyCheck(await browser.runtime.sendMessage(request).catch(() => null));
  return reply.ok && reply.value.type === 'autoclean-synced' ? reply.value.report : null;
}

export type EnableOutcome = { ok: false } | { ok: true; report: AutoCleanReport | null };

/**
 * "Always clean on <site>": `permission` is the prompt's answer (`requestSitePermission`, started inside
 * the click). Refused or dismissed, nothing changes; granted, the site joins the whitelist.
 */
export async function enableSite(pattern: string, permission: Promise<boolean>): Promise<EnableOutcome> {
  if (!(await permission.catch(() => false))) return { ok: false };
  return { ok: true, report: await addSite(pattern) };
}

/** After the permission was granted: the site joins the whitelist and its content script is registered. */
export async function addSite(pattern: string): Promise<AutoCleanReport | null> {
  await updateSettings((s) => {
    if (!s.whitelist.some((e) => e.pattern === pattern)) s.whitelist.push(newSiteEntry(s, pattern));
  });
  return syncRegistrations();
}

/** The site leaves the whitelist, its registration goes and its host permission is given back. */
export async function removeSite(pattern: string): Promise<void> {
  const settings = await updateSettings((s) => {
    s.whitelist = s.whitelist.filter((e) => e.pattern !== pattern);
  });
  await syncRegistrations();
  const release = originsToRelease(
    pattern,
    settings.whitelist.map((e) => e.pattern),
  );
  if (release.length) await browser.permissions.remove({ origins: release }).catch(() => false);
}

/** Shows one hidden block again; with `keep`, it stays shown on this site from now on. */
export async function restoreBlock(
  tabId: number,
  pageUrl: string,
  block: PageBlock,
  keep: boolean,
): Promise<PageToolReply> {
  const reply = await askPage(tabId, { type: 'inpage-restore-block', blockId: block.id });
  if (keep && reply.type === 'block-restored') {
    const host = new URL(pageUrl).hostname;
    await updateSettings((s) => addSiteException(s, host, exceptionForBlock(reply.block, reply.selector)));
  }
  return reply;
}
