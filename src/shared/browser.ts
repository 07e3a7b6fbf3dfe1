/**
 * The one import of webextension-polyfill: every shell reaches the browser through this module, so the
 * extension APIs have a single seam (Chrome's `chrome.*` and Firefox's `browser.*` look the same here).
 */
import browser from 'webextension-polyfill';

export type { Browser, Runtime, Tabs, Scripting, Storage } from 'webextension-polyfill';
export default browser;
