/**
 * The one import of webextension-polyfill: the extension pages and the background reach the browser
 * through this module, so the extension APIs have a single seam (Chrome's `chrome.*` and Firefox's
 * `browser.*` look the same here). The content scripts, which every page load or click pays for in
 * size, have their own smaller seam without the polyfill (content/browser.ts).
 */
import browser from 'webextension-polyfill';

export type { Browser, Runtime, Tabs, Scripting, Storage } from 'webextension-polyfill';
export default browser;
