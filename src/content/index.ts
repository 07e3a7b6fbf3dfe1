/**
 * Content script: injected into the active tab by the popup (activeTab + scripting) and answers
 * "clean this page". Built as one classic script: no imports at run time, nothing web-accessible.
 * The engine reads the live document and never changes it (it cleans its own clone).
 */
import { clean } from '../core/clean';
import browser, { type Runtime } from '../shared/browser';
import {
  acceptContentRequest,
  type ContentReply,
  type ContentRequest,
  type PageInfo,
} from '../shared/messages';

function answer(request: ContentRequest): ContentReply {
  const page: PageInfo = { url: location.href, title: document.title };
  const { requestId } = request;
  // Chrome's PDF viewer (and image/XML views) is a document too, but not one with an article in it.
  if (!/html/i.test(document.contentType))
    return { type: 'not-html', requestId, page, contentType: document.contentType };
  try {
    const started = performance.now();
    const result = clean(document, { url: location.href, maxElements: request.maxElements });
    return { type: 'cleaned', requestId, page, result, cleanMs: performance.now() - started };
  } catch (error) {
    console.error('Cleanwire: the engine failed on this page', error);
    return { type: 'failed', requestId, page, error: error instanceof Error ? error.message : String(error) };
  }
}

function listen(): void {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const checked = acceptContentRequest(message, sender, self);
    if (!checked.ok) {
      console.warn('Cleanwire: message rejected:', checked.reason);
      return undefined; // not ours to answer
    }
    return Promise.resolve(answer(checked.value));
  });
}

// Every toolbar click injects this file again into the same isolated world; listen only once.
const LISTENING = Symbol.for('cleanwire.content.listening');
const scope = globalThis as typeof globalThis & { [LISTENING]?: true };
if (!scope[LISTENING]) {
  scope[LISTENING] = true;
  listen();
}
