/**
 * The content scripts' way to the browser: the browser's own object (Firefox's `browser.*`, Chrome's
 * `chrome.*`, both promise-based in Manifest V3), without webextension-polyfill (shared/browser.ts, the
 * extension pages' and the background's seam), which would add ~4 KB gzipped to every script a page
 * loads. Only what the content scripts use is here, typed as the polyfill types it. The one difference
 * it bridges: a listener here answers a message by returning a promise, as Firefox (and the polyfill)
 * let it; Chrome wants `sendResponse` and `true` instead, which Firefox accepts too.
 */
import type { Runtime } from 'webextension-polyfill';
import type { SettingsArea } from '../shared/settings-store';

/** A message listener: a promise of the reply, or undefined when the message is not its to answer. */
export type Answerer = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

interface Native {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (
          message: unknown,
          sender: Runtime.MessageSender,
          sendResponse: (reply: unknown) => void,
        ) => boolean,
      ): void;
    };
  };
  storage: { local: SettingsArea };
}

function native(): Native {
  const scope = globalThis as { browser?: Native; chrome?: Native };
  const api = scope.browser ?? scope.chrome;
  if (!api?.runtime) throw new Error('Cleanwire: no extension API in this context');
  return api;
}

const browser = {
  runtime: {
    get id(): string {
      return native().runtime.id;
    },
    getURL: (path: string): string => native().runtime.getURL(path),
    sendMessage: (message: unknown): Promise<unknown> => native().runtime.sendMessage(message),
    onMessage: {
      addListener(answer: Answerer): void {
        native().runtime.onMessage.addListener((message, sender, sendResponse) => {
          const reply = answer(message, sender);
          if (!reply) return false;
          reply.then(sendResponse, (error: unknown) => {
            // The listeners catch their own failures; this is the last resort, so the sender is not left waiting.
            console.error('Cleanwire: message not answered', error);
            sendResponse(undefined);
          });
          return true;
        });
      },
    },
  },
  storage: {
    get local(): SettingsArea {
      const local = native().storage.local;
      return { get: (key) => local.get(key), set: (items) => local.set(items) };
    },
  },
};

export type { Runtime };
export default browser;
