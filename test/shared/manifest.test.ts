import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserManifest, testManifest, type Manifest } from '../../scripts/manifest';

const source = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8'),
) as Manifest;

describe('the one manifest.json', () => {
  it('asks for activeTab, scripting, storage, clipboardWrite and contextMenus only, with no host access at install', () => {
    // contextMenus: the "Cleanwire: remove this element" item (the zapper), which grants activeTab on click.
    expect(source.permissions).toEqual([
      'activeTab',
      'scripting',
      'storage',
      'clipboardWrite',
      'contextMenus',
    ]);
    expect(source.host_permissions).toBeUndefined();
    expect(JSON.stringify(source)).not.toContain('<all_urls>');
  });

  it('host access is optional only (granted per site by issue 4’s whitelist)', () => {
    expect(source.optional_host_permissions).toEqual(['*://*/*']);
  });

  it('declares no content scripts and nothing web-accessible (pages cannot detect the extension)', () => {
    expect(source.content_scripts).toBeUndefined();
    expect(source.web_accessible_resources).toBeUndefined();
  });

  it('keeps extension pages on a CSP at least as strict as MV3’s default', () => {
    const csp = (source.content_security_policy as { extension_pages: string }).extension_pages;
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('opens the popup with Alt+Shift+R', () => {
    expect(source.commands).toEqual({
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open Cleanwire on the current tab',
      },
    });
  });

  it('has the same version as package.json', () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(source.version).toBe(pkg.version);
  });
});

describe('browserManifest', () => {
  it('Chrome: a service worker and no Gecko settings', () => {
    const chrome = browserManifest(source, 'chrome');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.minimum_chrome_version).toBe(source.minimum_chrome_version);
  });

  it('Firefox: background.scripts, the add-on id, strict_min_version ≥ 140, data_collection_permissions', () => {
    const firefox = browserManifest(source, 'firefox');
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    const gecko = firefox.browser_specific_settings!.gecko!;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(Number.parseFloat(gecko.strict_min_version!)).toBeGreaterThanOrEqual(140);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(firefox.minimum_chrome_version).toBeUndefined();
  });

  it('does not change its input', () => {
    const copy = structuredClone(source);
    browserManifest(source, 'firefox');
    browserManifest(source, 'chrome');
    expect(source).toEqual(copy);
  });

  it('refuses a source manifest Firefox would reject', () => {
    const old = structuredClone(source);
    old.browser_specific_settings!.gecko!.strict_min_version = '128.0';
    expect(() => browserManifest(old, 'firefox')).toThrow(/strict_min_version must be 140/);
    const noId = structuredClone(source);
    delete noId.browser_specific_settings!.gecko!.id;
    expect(() => browserManifest(noId, 'firefox')).toThrow(/gecko.id is required/);
  });
});

describe('the e2e test manifest', () => {
  it('adds host permission for 127.0.0.1 only, to the built manifest and not to the release one', () => {
    const chrome = browserManifest(source, 'chrome');
    const test = testManifest(chrome);
    expect(test.host_permissions).toEqual(['*://127.0.0.1/*']);
    expect(chrome.host_permissions).toBeUndefined();
    expect(test.optional_host_permissions).toEqual(chrome.optional_host_permissions);
    expect(test.permissions).toEqual(chrome.permissions);
  });
});
