/**
 * The popup's whitelist flow around its browser seam (src/shared/browser, src/shared/storage faked):
 * the permission prompt cannot be answered in a headless browser, so its outcomes are tested here.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../src/core/settings';

const fake = vi.hoisted(() => ({
  settings: null as unknown as Settings,
  request: vi.fn<(p: { origins: string[] }) => Promise<boolean>>(),
  remove: vi.fn<(p: { origins: string[] }) => Promise<boolean>>(),
  sendMessage: vi.fn<(m: unknown) => Promise<unknown>>(),
  tabMessage: vi.fn<(tabId: number, m: unknown, o: unknown) => Promise<unknown>>(),
  insertCSS: vi.fn<(d: unknown) => Promise<void>>(),
}));

vi.mock('../../src/shared/browser', () => ({
  default: {
    permissions: { request: fake.request, remove: fake.remove },
    runtime: { sendMessage: fake.sendMessage },
    tabs: { sendMessage: fake.tabMessage },
    scripting: { insertCSS: fake.insertCSS },
  },
}));
vi.mock('../../src/shared/storage', () => ({
  loadSettings: async () => structuredClone(fake.settings),
  updateSettings: async (change: (s: Settings) => Settings | void) => {
    const draft = structuredClone(fake.settings);
    fake.settings = change(draft) ?? draft;
    return fake.settings;
  },
}));

const { cleanInMode, cleanThisPage, enableSite, removeSite, requestSitePermission } =
  await import('../../src/popup/page-tools');

const synced = (registered: string[]) => ({
  type: 'autoclean-synced',
  report: { registered, revoked: [], failed: [] },
});

beforeEach(() => {
  fake.settings = defaultSettings();
  fake.request.mockReset();
  fake.remove.mockReset().mockResolvedValue(true);
  fake.sendMessage.mockReset().mockResolvedValue(synced(['example.com']));
});

describe('Always clean on <site>', () => {
  it('asks for exactly the site’s origins (and its www twin), nothing wider', async () => {
    fake.request.mockResolvedValue(true);
    await requestSitePermission('example.com');
    expect(fake.request).toHaveBeenCalledWith({ origins: ['*://example.com/*', '*://www.example.com/*'] });
  });

  it('changes nothing when the reader refuses or dismisses the prompt', async () => {
    expect(await enableSite('example.com', Promise.resolve(false))).toEqual({ ok: false });
    expect(await enableSite('example.com', Promise.reject(new Error('prompt closed')))).toEqual({
      ok: false,
    });
    expect(fake.settings.whitelist).toEqual([]);
    expect(fake.sendMessage).not.toHaveBeenCalled();
  });

  it('on grant, whitelists the site once and has the background register it', async () => {
    const outcome = await enableSite('example.com', Promise.resolve(true));
    await enableSite('example.com', Promise.resolve(true));
    expect(outcome).toEqual({ ok: true, report: synced(['example.com']).report });
    expect(fake.settings.whitelist).toEqual([
      { pattern: 'example.com', cleanFrontPages: false, mode: 'focus' },
    ]);
    expect(fake.sendMessage).toHaveBeenCalledWith({ type: 'sync-autoclean' });
  });

  it('reports no registration when the background answers something unexpected', async () => {
    fake.sendMessage.mockResolvedValue({ type: 'autoclean-synced', report: 'all good' });
    expect(await enableSite('example.com', Promise.resolve(true))).toEqual({ ok: true, report: null });
  });
});

describe('turning it off', () => {
  it('removes the site and gives back only the origins no other site needs', async () => {
    fake.settings.whitelist = [
      { pattern: 'example.com', cleanFrontPages: false, mode: 'focus' },
      { pattern: 'news.example.com', cleanFrontPages: true, mode: 'tidy' },
    ];
    await removeSite('example.com');
    expect(fake.settings.whitelist.map((e) => e.pattern)).toEqual(['news.example.com']);
    expect(fake.remove).toHaveBeenCalledWith({ origins: ['*://example.com/*', '*://www.example.com/*'] });
  });

  it('keeps permissions a remaining wildcard covers', async () => {
    fake.settings.whitelist = [
      { pattern: 'example.com', cleanFrontPages: false, mode: 'focus' },
      { pattern: '*.example.com', cleanFrontPages: false, mode: 'focus' },
    ];
    await removeSite('example.com');
    expect(fake.settings.whitelist.map((e) => e.pattern)).toEqual(['*.example.com']);
    expect(fake.remove).not.toHaveBeenCalled();
  });

  it('still turns the site off when the browser refuses to give the permission back', async () => {
    // e.g. the e2e build, where 127.0.0.1 is a required host permission
    fake.settings.whitelist = [{ pattern: '127.0.0.1', cleanFrontPages: false, mode: 'focus' }];
    fake.remove.mockRejectedValue(new Error('You cannot remove required permissions.'));
    await expect(removeSite('127.0.0.1')).resolves.toBeUndefined();
    expect(fake.remove).toHaveBeenCalledWith({ origins: ['*://127.0.0.1/*'] });
    expect(fake.settings.whitelist).toEqual([]);
  });
});

describe('the other mode, one click away', () => {
  const page = { url: 'https://example.com/2024/a', title: 'A' };
  const answer = (mode: string) => (_tab: number, m: unknown) =>
    Promise.resolve({
      type: 'inpage',
      requestId: (m as { requestId: string }).requestId,
      page,
      state: { mode: 'manual', pageMode: mode, fallback: null, blocks: [], skipped: null },
    });

  beforeEach(() => {
    fake.insertCSS.mockReset().mockResolvedValue(undefined);
    fake.tabMessage.mockReset().mockImplementation(answer('tidy'));
  });

  it('cleans the page in that mode, and a whitelisted site keeps it', async () => {
    fake.settings.whitelist = [{ pattern: 'example.com', cleanFrontPages: false, mode: 'focus' }];
    const reply = await cleanInMode(7, page.url, 'tidy', fake.settings.whitelist[0]!);
    expect(reply).toMatchObject({ type: 'inpage', state: { pageMode: 'tidy' } });
    expect(fake.tabMessage).toHaveBeenCalledWith(
      7,
      expect.objectContaining({ type: 'inpage-clean', mode: 'tidy' }),
      { frameId: 0 },
    );
    expect(fake.settings.whitelist[0]!.mode).toBe('tidy');
    expect(fake.settings.pageMode).toBe('focus');
  });

  it('on a site not in the list, cleans this page only: the default stays', async () => {
    await cleanInMode(7, page.url, 'tidy', null);
    expect(fake.settings).toEqual(defaultSettings());
  });

  it('sends the page its mode and the reader’s rules as stored now, exceptions for its site only', async () => {
    fake.settings.whitelist = [{ pattern: 'example.com', cleanFrontPages: false, mode: 'tidy' }];
    fake.settings.families.comments = false;
    fake.settings.customRules = '##.promo';
    fake.settings.siteExceptions = {
      'example.com': { ruleIds: ['share.jetpack'], selectors: [] },
      'other.org': { ruleIds: ['comments.disqus'], selectors: [] },
    };
    await cleanThisPage(7, 'https://www.example.com/2024/a');
    const sent = fake.tabMessage.mock.calls[0]![1] as { mode: string; rules: Record<string, unknown> };
    expect(sent.mode).toBe('tidy');
    expect(sent.rules).toEqual({
      families: fake.settings.families,
      customRules: '##.promo',
      siteExceptions: { ruleIds: ['share.jetpack'], selectors: [] },
    });
    fake.tabMessage.mockClear();
    await cleanThisPage(7, 'https://elsewhere.example/a'); // not whitelisted: the reader's default
    expect((fake.tabMessage.mock.calls[0]![1] as { mode: string }).mode).toBe('focus');
  });
});
