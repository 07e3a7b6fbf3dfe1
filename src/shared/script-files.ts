/**
 * The extension's page scripts and stylesheet as files (scripts/build.ts writes them): what the
 * background registers and what the popup, the options page and the context menu inject. A module of
 * its own, with no browser API, so tests can name the files too.
 */

/**
 * The content script (the engine and its shell: injected on a click, registered for whitelisted sites at
 * DOM ready), auto-clean's small document_start script (registered only), and the stylesheet that hides
 * marked blocks (a file, so page CSP cannot block it). From the extension's root: Firefox resolves a
 * relative path against the calling page (popup/).
 */
export const CONTENT_SCRIPT_FILE = '/content.js';
export const EARLY_SCRIPT_FILE = '/early.js';
/** The options page's rule-match counter (content/rule-matches.ts): injected only when it asks. */
export const RULE_MATCHES_FILES = ['/rule-matches.js'];
/** The element zapper (content/zapper.ts) works on the content script's session: both, in this order. */
export const ZAPPER_FILES = [CONTENT_SCRIPT_FILE, '/zapper.js'];
export const MARKER_STYLESHEET_FILE = '/inpage/marker.css';
