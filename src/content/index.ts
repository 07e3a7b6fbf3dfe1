/**
 * Content script (the engine and its shell), one classic script in two roles:
 * - registered for whitelisted sites (background, `scripting.registerContentScripts`, document_end),
 *   after the small document_start script (early.ts) that put the early stylesheet in: auto-clean in
 *   place — the DOM-ready pass and the late-widget watch (inpage.ts);
 * - injected into the active tab by the popup or the context menu (activeTab + scripting): answers
 *   "read this page" (the engine on its own clone, the live page untouched), "clean this page" and
 *   restore; the element zapper (zapper.ts) is a script of its own, injected after this one, which
 *   works on this script's session through zap-bridge.ts.
 * No imports at run time, nothing web-accessible.
 */
import { clean, selectorCheckFor } from '../core';
import { rulesFromSettings } from '../core/settings/rules';
import browser, { type Runtime } from './browser';
import { PAGE_BUDGET } from '../shared/limits';
import {
  acceptContentRequest,
  acceptPageToolRequest,
  type ContentReply,
  type ContentRequest,
  type PageInfo,
  type PageToolReply,
  type PageToolRequest,
} from '../shared/messages';
import { earlyHandoff } from './early-state';
import {
  cleanOnRequest,
  continueAutoClean,
  inPageState,
  restoreAll,
  restoreBlock,
  unzap,
  zapElement,
} from './inpage';
import { publishZapBridge, trackContextTarget } from './zap-bridge';
import { firstInWorld } from './world';
import { errorText } from '../core';

/** The page tools this script answers; `zap-start` is the zapper's (zapper.ts, a script of its own). */
type OwnPageToolRequest = Exclude<PageToolRequest, { type: 'zap-start' }>;

const PAGE_TOOL_TYPES = new Set<OwnPageToolRequest['type']>([
  'inpage-status',
  'inpage-clean',
  'inpage-restore',
  'inpage-restore-block',
]);

function pageInfo(): PageInfo {
  return { url: location.href, title: document.title };
}

async function answer(request: ContentRequest): Promise<ContentReply> {
  const page = pageInfo();
  const { requestId } = request;
  // Chrome's PDF viewer (and image/XML views) is a document too, but not one with an article in it.
  if (!/html/i.test(document.contentType))
    return { type: 'not-html', requestId, page, contentType: document.contentType };
  try {
    // The reader's rule families and own rules (options page) apply to the popup's article too.
    const { rules } = rulesFromSettings(request.rules, selectorCheckFor(document));
    const started = performance.now();
    const result = clean(document, { url: location.href, rules, ...PAGE_BUDGET });
    return { type: 'cleaned', requestId, page, result, cleanMs: performance.now() - started };
  } catch (error) {
    console.error('Cleanwire: the engine failed on this page', error);
    return { type: 'failed', requestId, page, error: errorText(error) };
  }
}

async function pageTool(request: OwnPageToolRequest): Promise<PageToolReply> {
  const { requestId } = request;
  const page = pageInfo();
  try {
    switch (request.type) {
      case 'inpage-status':
        return { type: 'inpage', requestId, page, state: inPageState() };
      case 'inpage-clean':
        if (!/html/i.test(document.contentType))
          return { type: 'page-tool-failed', requestId, error: 'This is not a web page.' };
        return { type: 'inpage', requestId, page, state: cleanOnRequest(request.mode, request.rules) };
      case 'inpage-restore':
        return { type: 'inpage', requestId, page, state: restoreAll() };
      case 'inpage-restore-block': {
        const restored = restoreBlock(request.blockId);
        if (!restored)
          return { type: 'page-tool-failed', requestId, error: 'That block is no longer on the page.' };
        return { type: 'block-restored', requestId, page, state: inPageState(), ...restored };
      }
    }
  } catch (error) {
    console.error('Cleanwire: in-page action failed', error);
    return {
      type: 'page-tool-failed',
      requestId,
      error: errorText(error),
    };
  }
}

function listen(): void {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'clean-page') {
      const checked = acceptContentRequest(message, sender, self);
      if (checked.ok) return answer(checked.value);
      console.warn('Cleanwire: message rejected:', checked.reason);
      return undefined;
    }
    // Other requests are the other listeners' to answer (and to reject).
    if (!PAGE_TOOL_TYPES.has(type as OwnPageToolRequest['type'])) return undefined;
    const checked = acceptPageToolRequest(message, sender, self);
    if (!checked.ok || checked.value.type === 'zap-start') {
      if (!checked.ok) console.warn('Cleanwire: message rejected:', checked.reason);
      return undefined; // not ours to answer
    }
    return pageTool(checked.value);
  });
}

// Every toolbar click injects this file again into the same isolated world; start only once.
if (window === window.top && firstInWorld('content.listening')) {
  listen();
  publishZapBridge({ zapElement, unzap, contextTarget: trackContextTarget() });
  // The document_start script ran here: a page of a whitelisted site, which this script now cleans.
  const early = earlyHandoff();
  if (early)
    continueAutoClean(early).catch((error: unknown) => console.error('Cleanwire: auto-clean failed', error));
}
