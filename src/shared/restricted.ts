/**
 * Which tabs Cleanwire may not read, and what to tell the reader. Browsers refuse script injection into
 * their own pages, their extension stores and a few protected sites; we say so before trying, and map the
 * injection error to the same messages when the URL alone could not tell. Pure, unit-tested.
 */

export type RestrictedReason =
  | 'browser-page'
  | 'extension-store'
  | 'protected-site'
  | 'pdf'
  | 'file-access'
  | 'view-source'
  | 'unsupported-scheme'
  | 'error-page'
  | 'no-access'
  | 'tab-closed';

export interface Restriction {
  reason: RestrictedReason;
  message: string;
}

const MESSAGES: Record<RestrictedReason, string> = {
  'browser-page': 'This is one of the browser’s own pages. Browsers do not let extensions read them.',
  'extension-store': 'Browsers do not let extensions read their extension stores.',
  'protected-site': 'The browser protects this site from all extensions.',
  pdf: 'This is a PDF in the browser’s PDF viewer. Cleanwire reads web pages, not PDF files.',
  'file-access':
    'To read files on your computer, turn on “Allow access to file URLs” for Cleanwire in the browser’s extension settings.',
  'view-source': 'This is a page’s source code. Open the page itself to read it clean.',
  'unsupported-scheme': 'Cleanwire reads web pages (http and https addresses) only.',
  'error-page': 'The tab shows an error page, not an article.',
  'no-access':
    'Cleanwire may not read this tab right now. Click the Cleanwire toolbar button while the tab is showing to allow it.',
  'tab-closed': 'The tab was closed.',
};

export function restriction(reason: RestrictedReason): Restriction {
  return { reason, message: MESSAGES[reason] };
}

const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-untrusted:',
  'chrome-search:',
  'chrome-extension:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
]);

/** Extension stores, where every browser blocks content scripts. */
function isExtensionStore(url: URL): boolean {
  const host = url.hostname;
  return (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && url.pathname.startsWith('/webstore')) ||
    (host === 'microsoftedge.microsoft.com' && url.pathname.startsWith('/addons')) ||
    host === 'addons.mozilla.org' ||
    host === 'addons.opera.com'
  );
}

/** Firefox's default `extensions.webextensions.restrictedDomains` (less the stores, listed above). */
const FIREFOX_PROTECTED_HOSTS = new Set([
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

export interface TabContext {
  /** `extension.isAllowedFileSchemeAccess()`: the reader ticked "Allow access to file URLs". */
  fileSchemeAllowed: boolean;
}

/**
 * The restriction for a tab URL, or null when injection may be tried. An unknown URL (the browser did
 * not tell us) is tried too: the injection error then decides.
 */
export function classifyTabUrl(url: string | undefined, ctx: TabContext): Restriction | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return restriction('unsupported-scheme');
  }
  const scheme = parsed.protocol;
  if (scheme === 'view-source:') return restriction('view-source');
  if (BROWSER_SCHEMES.has(scheme)) return restriction('browser-page');
  if (scheme === 'file:') {
    if (isPdfPath(parsed.pathname)) return restriction('pdf');
    return ctx.fileSchemeAllowed ? null : restriction('file-access');
  }
  if (scheme !== 'http:' && scheme !== 'https:') return restriction('unsupported-scheme');
  if (isExtensionStore(parsed)) return restriction('extension-store');
  if (FIREFOX_PROTECTED_HOSTS.has(parsed.hostname)) return restriction('protected-site');
  return null;
}

function isPdfPath(pathname: string): boolean {
  return /\.pdf$/i.test(pathname);
}

/**
 * Maps a `scripting.executeScript` / `tabs.sendMessage` error (Chrome's and Firefox's wording) to the
 * reader's message. Unknown errors return null: the caller shows them as they are.
 */
export function classifyInjectionError(error: string, url: string | undefined): Restriction | null {
  if (/No tab with id|Invalid tab ID/i.test(error)) return restriction('tab-closed');
  if (/showing error page/i.test(error)) return restriction('error-page');
  if (
    /extensions gallery cannot be scripted|cannot be scripted due to an ExtensionsSettings policy/i.test(
      error,
    )
  )
    return restriction('extension-store');
  if (
    /Cannot access a (chrome|chrome-extension|chrome-untrusted|devtools|edge):\/\/ URL/i.test(error) ||
    /about:/.test(error)
  )
    return restriction('browser-page');
  if (/Cannot access contents of url "file:/i.test(error)) return restriction('file-access');
  if (/Cannot access contents of|Missing host permission|Missing activeTab permission/i.test(error)) {
    if (url && isPdfUrl(url)) return restriction('pdf');
    return restriction('no-access');
  }
  return null;
}

function isPdfUrl(url: string): boolean {
  try {
    return isPdfPath(new URL(url).pathname);
  } catch {
    return false;
  }
}
