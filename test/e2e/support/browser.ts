/**
 * Debian's Chromium with the built extension (dist/chrome) loaded, driven through playwright-core — the
 * recipe in ../shared/docs/browser-testing.md. One browser per test file; the fixture server is also the
 * browser's proxy, so every request that would leave the machine is recorded (see server.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { QUIET_CHROMIUM_FLAGS } from '../../../scripts/lib/chromium-flags';
import { startFixtureServer, type FixtureServer } from './server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../dist/chrome');
/**
 * The e2e variant of the build (scripts/build.ts): dist/chrome plus host permission for 127.0.0.1, since a
 * headless browser cannot accept the optional-permission prompt that whitelisting a site shows.
 */
export const E2E_EXTENSION_DIR = resolve(import.meta.dirname, '../../../dist/chrome-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The few `chrome.*` calls the tests make inside the service worker (the page types know no `chrome`). */
export interface ChromeInWorker {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    reload(id: number): Promise<void>;
    update(id: number, props: object): Promise<unknown>;
  };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
}

/**
 * Chromium's own background services. They are called with no extension loaded at all (measured: an idle
 * Debian Chromium 156 with Playwright's switches still asks update.googleapis.com for a component and
 * accounts.google.com for sign-in state), so they say nothing about Cleanwire. They are refused like
 * every outside request, and counted apart.
 */
export const CHROMIUM_SERVICE_HOSTS = new Set([
  'update.googleapis.com',
  'accounts.google.com',
  'clients2.google.com',
  'content-autofill.googleapis.com',
]);

export interface RequestReport {
  /** Outside requests no one explains: must stay empty. */
  unexplained: string[];
  /** Chromium's own service calls (see CHROMIUM_SERVICE_HOSTS). */
  chromium: number;
  /** Images of articles the popup displayed, loaded from the addresses the page gave them. */
  articleImages: number;
  /** Third-party requests of the fixture pages themselves (ads, fonts), stopped inside the tab. */
  pageBlocked: number;
}

export interface ExtensionBrowser {
  ctx: BrowserContext;
  sw: Worker;
  extId: string;
  server: FixtureServer;
  /** A browser-level CDP session (Target.*, Extensions.*). */
  cdp: CDPSession;
  /**
   * Opens `url` in a new tab and waits for it to load. The page's own requests to hosts other than our
   * server and mounted fixture sites are stopped inside the tab (they are the page's, not ours).
   */
  openTab(url: string): Promise<Page>;
  /** Notes the images a popup displayed, so their loads are not counted as unexplained. */
  noteArticleImages(srcs: string[]): void;
  /** Every outside request so far, explained or not. */
  requestReport(): RequestReport;
  /**
   * Clicks the toolbar button for the tab showing `page`: grants activeTab and opens the real popup.
   * `extension` and `popupPath` name another loaded extension's button (the benchmark's baseline).
   */
  clickToolbar(page: Page, extension?: { id: string; popupPath: string }): Promise<ActionPopup>;
  /** The browser's id for the tab showing `page` (after a toolbar click, which lets the extension see it). */
  tabIdOf(page: Page): Promise<number>;
  /**
   * Opens the popup as a page for `page`'s tab (popup.html?tab=<id>) and waits until it settles.
   * `before` runs on the new page before it loads (to listen to its console from the start).
   */
  popupAsTab(page: Page, before?: (popup: Page) => void): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium's id for an extension loaded unpacked from `dir`: its path's SHA-256, in the letters a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

export interface LaunchOptions {
  /** More unpacked extensions to load beside Cleanwire (the popup benchmark's empty baseline). */
  extraExtensions?: string[];
  /** Load dist/chrome-e2e (host permission for 127.0.0.1) instead of the release build. */
  testBuild?: boolean;
  /** Use (and keep, on close) this profile: a second launch on it is a browser restart. */
  userDataDir?: string;
}

const RELEASE_DIR = EXTENSION_DIR;

export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const EXTENSION_DIR = options.testBuild ? E2E_EXTENSION_DIR : RELEASE_DIR;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`${EXTENSION_DIR} is missing: run \`npm run build\` before the e2e tests`);
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium chromium-driver fonts-liberation`,
    );
  const server = await startFixtureServer();
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'cleanwire-e2e-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1000, height: 800 },
    args: [
      `--disable-extensions-except=${[EXTENSION_DIR, ...(options.extraExtensions ?? [])].join(',')}`,
      `--load-extension=${[EXTENSION_DIR, ...(options.extraExtensions ?? [])].join(',')}`,
      ...QUIET_CHROMIUM_FLAGS,
      '--enable-unsafe-extension-debugging',
      // Room below the toolbar for the popup's full 600 px (Chrome caps a popup to the screen under it).
      '--screen-info={1600x1200}',
      `--proxy-server=http://127.0.0.1:${server.port}`,
      // The proxy ends fixture sites' TLS with a throwaway certificate (see server.ts).
      '--ignore-certificate-errors',
    ],
  });
  const extId = unpackedExtensionId(EXTENSION_DIR);
  const isOurs = (w: Worker) => w.url().startsWith(`chrome-extension://${extId}/`);
  const sw =
    ctx.serviceWorkers().find(isOurs) ??
    (await ctx.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15000 }));
  const cdp = await ctx.browser()!.newBrowserCDPSession();
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);

  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    const id = await sw.evaluate(async () => {
      const [tab] = await (globalThis as unknown as { chrome: ChromeInWorker }).chrome.tabs.query({
        active: true,
        lastFocusedWindow: true,
      });
      return tab?.id ?? -1;
    });
    if (id < 0) throw new Error('no active tab');
    return id;
  };

  const articleImageHosts = new Set<string>();
  let pageBlocked = 0;

  return {
    ctx,
    sw,
    extId,
    server,
    cdp,
    async openTab(url) {
      const page = await ctx.newPage();
      await page.route('**/*', (route) => {
        const u = new URL(route.request().url());
        const web = u.protocol === 'http:' || u.protocol === 'https:';
        if (!web || u.hostname === '127.0.0.1' || server.isMountedHost(u.host)) return route.continue();
        pageBlocked++;
        return route.abort('blockedbyclient');
      });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    noteArticleImages(srcs) {
      for (const src of srcs) {
        try {
          const u = new URL(src);
          articleImageHosts.add(u.protocol === 'https:' ? `${u.hostname}:443` : u.host);
        } catch {
          // not a URL: nothing was loaded
        }
      }
    },
    requestReport() {
      const report: RequestReport = { unexplained: [], chromium: 0, articleImages: 0, pageBlocked };
      for (const r of server.outside) {
        const hostPort = r.method === 'CONNECT' ? r.target : new URL(r.target).host;
        const host = hostPort.replace(/:\d+$/, '');
        if (CHROMIUM_SERVICE_HOSTS.has(host)) report.chromium++;
        else if (articleImageHosts.has(hostPort)) report.articleImages++;
        else report.unexplained.push(`${r.method} ${r.target}`);
      }
      return report;
    },
    async clickToolbar(page, extension = { id: extId, popupPath: 'popup/popup.html' }) {
      await page.bringToFront();
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((t) => t.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}`);
      const opened = await ActionPopup.waitForNext(
        cdp,
        `chrome-extension://${extension.id}/${extension.popupPath}`,
      );
      const clickedAt = Date.now();
      await cdp.send('Extensions.triggerAction', { id: extension.id, targetId: tab.targetId });
      return opened(clickedAt);
    },
    tabIdOf,
    async popupAsTab(page, before) {
      const tabId = await tabIdOf(page);
      const popup = await ctx.newPage();
      before?.(popup);
      await popup.goto(`chrome-extension://${extId}/popup/popup.html?tab=${tabId}`);
      await popup.waitForFunction(
        () => document.body.dataset.state && document.body.dataset.state !== 'working',
      );
      return popup;
    },
    async close() {
      await ctx.close().catch(() => {});
      await server.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The real toolbar popup. It is not a Playwright Page: we attach to its target with raw CDP messages
 * (as the probe does) and evaluate expressions in it.
 */
export class ActionPopup {
  private nextId = 1;
  private pending = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  private readonly onMessage = (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== this.sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (m.id !== undefined && this.pending.has(m.id)) {
      this.pending.get(m.id)!(m);
      this.pending.delete(m.id);
    }
  };

  private constructor(
    private readonly cdp: CDPSession,
    readonly targetId: string,
    private readonly sessionId: string,
    /** Date.now() just before the toolbar click. */
    readonly clickedAt: number,
  ) {
    cdp.on('Target.receivedMessageFromTarget', this.onMessage);
  }

  /**
   * Waits for the popup page target to appear, from events rather than polling (polling on two cores
   * slows the very popup being timed). Call before the click, await after it.
   */
  static async waitForNext(
    cdp: CDPSession,
    url: string,
  ): Promise<(clickedAt: number) => Promise<ActionPopup>> {
    let resolveTarget!: (targetId: string) => void;
    const targetId = new Promise<string>((r) => (resolveTarget = r));
    const onTarget = (e: { targetInfo: { targetId: string; type: string; url: string } }) => {
      if (e.targetInfo.type === 'page' && e.targetInfo.url === url) resolveTarget(e.targetInfo.targetId);
    };
    cdp.on('Target.targetCreated', onTarget);
    cdp.on('Target.targetInfoChanged', onTarget);
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    return async (clickedAt) => {
      const id = await Promise.race([
        targetId,
        sleep(10_000).then(() => Promise.reject(new Error('the toolbar popup did not open'))),
      ]).finally(() => {
        cdp.off('Target.targetCreated', onTarget);
        cdp.off('Target.targetInfoChanged', onTarget);
      });
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: id, flatten: false });
      return new ActionPopup(cdp, id, sessionId, clickedAt);
    };
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    return new Promise((resolvePromise, reject) => {
      const id = this.nextId++;
      this.pending.set(id, (m) =>
        m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolvePromise(m.result as T),
      );
      void this.cdp.send('Target.sendMessageToTarget', {
        sessionId: this.sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  }

  /** Evaluates an expression (awaiting a promise) in the popup and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const r = await this.send<{
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails)
      throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value as T;
  }

  /**
   * Waits inside the popup (one CDP call, no polling traffic) until `expression` is truthy; returns it.
   * Retried while the popup document is still being created or replaced.
   */
  async waitFor<T>(expression: string, timeoutMs = 10_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    const waiter = `new Promise((resolve, reject) => {
      const end = Date.now() + ${timeoutMs};
      const check = () => {
        let v; try { v = (${expression}); } catch (e) { v = undefined; }
        if (v) resolve(v); else if (Date.now() > end) reject(new Error('timed out')); else setTimeout(check, 10);
      };
      check();
    })`;
    for (;;) {
      try {
        return await this.evaluate<T>(waiter);
      } catch (error) {
        if (Date.now() > end) throw new Error(`popup: ${expression} did not become true (${String(error)})`);
        await sleep(20);
      }
    }
  }

  /** Waits until the popup has left the "working" state; returns the state it settled in. */
  async settled(timeoutMs = 10_000): Promise<string> {
    return this.waitFor<string>(
      `location.pathname.endsWith('/popup.html') && document.body && document.body.dataset.state !== 'working' && document.body.dataset.state`,
      timeoutMs,
    );
  }

  async screenshot(): Promise<Buffer> {
    const shot = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(shot.data, 'base64');
  }

  async close(): Promise<void> {
    this.cdp.off('Target.receivedMessageFromTarget', this.onMessage);
    await this.cdp.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => {});
    await this.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
  }
}
