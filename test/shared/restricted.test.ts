import { describe, expect, it } from 'vitest';
import { classifyInjectionError, classifyTabUrl } from '../../src/shared/restricted';

const reason = (url: string | undefined, fileSchemeAllowed = false) =>
  classifyTabUrl(url, { fileSchemeAllowed })?.reason ?? null;

describe('classifyTabUrl', () => {
  it.each([
    ['https://www.brecorder.com/news/4609183/facebook', null],
    ['http://127.0.0.1:8080/e2e/demo.html', null],
    ['chrome://newtab/', 'browser-page'],
    ['chrome://extensions/?id=abc', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:reader?url=https%3A%2F%2Fexample.com', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'browser-page'],
    ['moz-extension://0b1d/popup.html', 'browser-page'],
    ['devtools://devtools/bundled/inspector.html', 'browser-page'],
    ['view-source:https://example.com/', 'view-source'],
    ['https://chromewebstore.google.com/detail/abc', 'extension-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'extension-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/abc', 'extension-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'extension-store'],
    ['https://support.mozilla.org/kb/x', 'protected-site'],
    ['https://accounts.firefox.com/', 'protected-site'],
    ['file:///home/reader/saved.html', 'file-access'],
    ['file:///home/reader/report.pdf', 'pdf'],
    ['data:text/html,<p>x', 'unsupported-scheme'],
    ['blob:https://example.com/1234', 'unsupported-scheme'],
    ['ftp://example.com/file', 'unsupported-scheme'],
    ['not a url', 'unsupported-scheme'],
  ])('%s → %s', (url, expected) => {
    expect(reason(url)).toBe(expected);
  });

  it('a store look-alike is a normal site', () => {
    expect(reason('https://chrome.google.com/search?q=webstore')).toBeNull();
    expect(reason('https://addons.mozilla.org.example.com/')).toBeNull();
  });

  it('files are readable once the reader allowed file access', () => {
    expect(reason('file:///home/reader/saved.html', true)).toBeNull();
  });

  it('an unknown URL is tried (the injection error decides)', () => {
    expect(reason(undefined)).toBeNull();
  });

  it('every restriction carries a message for the reader', () => {
    expect(classifyTabUrl('chrome://settings', { fileSchemeAllowed: false })?.message).toBe(
      'This is one of the browser’s own pages. Browsers do not let extensions read them.',
    );
  });
});

describe('classifyInjectionError', () => {
  it.each([
    ['Cannot access a chrome:// URL', undefined, 'browser-page'],
    ['Cannot access a chrome-extension:// URL of different extension', undefined, 'browser-page'],
    ['The extensions gallery cannot be scripted.', undefined, 'extension-store'],
    [
      'Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.',
      undefined,
      'file-access',
    ],
    ['Frame with ID 0 is showing error page', undefined, 'error-page'],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'https://example.com/a',
      'no-access',
    ],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'https://example.com/report.pdf',
      'pdf',
    ],
    ['Missing host permission for the tab', 'https://example.com/a', 'no-access'],
    ['No tab with id: 42.', undefined, 'tab-closed'],
    ['Invalid tab ID: 42', undefined, 'tab-closed'],
  ])('%s → %s', (error, url, expected) => {
    expect(classifyInjectionError(error, url)?.reason).toBe(expected);
  });

  it('an unknown error is left to the caller', () => {
    expect(classifyInjectionError('Something else broke', 'https://example.com')).toBeNull();
  });
});
