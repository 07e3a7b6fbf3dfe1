import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The browser's permission API as the options page sees it; prompts are answered by `answer`. */
const fake = vi.hoisted(() => {
  const granted = new Set<string>();
  const calls: Array<[string, string[]]> = [];
  const state = { answer: true, removeError: null as string | null };
  const permissions = {
    request: async ({ origins }: { origins: string[] }) => {
      calls.push(['request', origins]);
      if (state.answer) origins.forEach((o) => granted.add(o));
      return state.answer;
    },
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
    remove: async ({ origins }: { origins: string[] }) => {
      calls.push(['remove', origins]);
      if (state.removeError) throw new Error(state.removeError);
      origins.forEach((o) => granted.delete(o));
      return true;
    },
    onAdded: { addListener: () => undefined, removeListener: () => undefined },
    onRemoved: { addListener: () => undefined, removeListener: () => undefined },
  };
  return { granted, calls, state, browser: { permissions } };
});

vi.mock('../../src/shared/browser', () => ({ default: fake.browser }));

const { hasSiteAccess, releaseSiteAccess, requestSiteAccess } = await import('../../src/options/permissions');

beforeEach(() => {
  fake.granted.clear();
  fake.calls.length = 0;
  fake.state.answer = true;
  fake.state.removeError = null;
  vi.restoreAllMocks();
});

describe('site access from the options page', () => {
  it('asks for the site only: the host and its www twin, or the wildcard', async () => {
    expect(await requestSiteAccess('example.com')).toBe(true);
    expect(await requestSiteAccess('*.news.org')).toBe(true);
    expect(fake.calls).toEqual([
      ['request', ['*://example.com/*', '*://www.example.com/*']],
      ['request', ['*://*.news.org/*']],
    ]);
    expect(await hasSiteAccess('example.com')).toBe(true);
  });

  it('reports a refused prompt, and a site whose access was taken back', async () => {
    fake.state.answer = false;
    expect(await requestSiteAccess('example.com')).toBe(false);
    expect(await hasSiteAccess('example.com')).toBe(false);
    fake.state.answer = true;
    await requestSiteAccess('example.com');
    fake.granted.delete('*://www.example.com/*'); // revoked in the browser's settings
    expect(await hasSiteAccess('example.com')).toBe(false);
  });

  it('gives back only what no remaining site needs', async () => {
    await requestSiteAccess('example.com');
    await requestSiteAccess('*.example.com');
    await releaseSiteAccess('example.com', ['*.example.com']);
    expect(fake.calls.filter(([kind]) => kind === 'remove')).toEqual([]);
    await releaseSiteAccess('*.example.com', []);
    expect(fake.calls.at(-1)).toEqual(['remove', ['*://*.example.com/*']]);
  });

  it('a permission the browser will not give back is logged, not thrown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.state.removeError = 'You cannot remove required permissions.';
    await expect(releaseSiteAccess('127.0.0.1', [])).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
  });
});
