/**
 * Reaching a tab's content script from the popup, the options page or the background: ask it; when
 * nothing answers (no script on this document yet), inject it (activeTab or host permission) and ask
 * again. One place, so every caller tells a page the browser will not let us into from a page that
 * changed under us in the same way, and Firefox's quieter injection failures are caught everywhere.
 */
import browser from './browser';
import { errorText } from '../core';
import { CONTENT_SCRIPT_FILE } from './script-files';

export {
  CONTENT_SCRIPT_FILE,
  EARLY_SCRIPT_FILE,
  MARKER_STYLESHEET_FILE,
  RULE_MATCHES_FILES,
  ZAPPER_FILES,
} from './script-files';

/** Chrome's and Firefox's wording for "no content script answered on that document". */
export const NO_RECEIVER = /Receiving end does not exist|message port closed|Could not establish connection/i;

export type ContentScriptAnswer =
  | { ok: true; reply: unknown }
  /**
   * `inject`: the browser refused to run the script there (a restricted page, no access);
   * `ask`: it ran, but its document did not answer (usually: it was replaced, see NO_RECEIVER).
   */
  | { ok: false; stage: 'inject' | 'ask'; error: string };

/**
 * Sends `message` to the top frame's content script, injecting it first if need be (`files`: the
 * scripts that answer it, in order; the content script unless said). With `css`, that stylesheet file
 * is inserted along with the script (page CSP cannot refuse a file), best effort.
 */
export async function askContentScript(
  tabId: number,
  message: unknown,
  options: { css?: string; files?: string[] } = {},
): Promise<ContentScriptAnswer> {
  const ask = (): Promise<unknown> => browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  try {
    // A content script from an earlier click or an auto-clean registration answers at once.
    const reply = await ask();
    if (reply !== undefined) return { ok: true, reply };
  } catch {
    // none on this document yet
  }
  performance.mark('cleanwire:inject');
  try {
    if (options.css)
      await browser.scripting
        .insertCSS({ target: { tabId, frameIds: [0] }, files: [options.css] })
        .catch((error: unknown) => console.warn('Cleanwire: stylesheet not inserted', error));
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: options.files ?? [CONTENT_SCRIPT_FILE],
    });
    // Firefox reports some failures in the result instead of rejecting.
    const failure = (result as { error?: unknown } | undefined)?.error;
    if (failure !== undefined && failure !== null)
      throw failure instanceof Error ? failure : new Error(String(failure));
  } catch (error) {
    return { ok: false, stage: 'inject', error: errorText(error) };
  }
  performance.mark('cleanwire:injected');
  try {
    return { ok: true, reply: await ask() };
  } catch (error) {
    return { ok: false, stage: 'ask', error: errorText(error) };
  }
}
