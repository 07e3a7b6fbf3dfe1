// @vitest-environment jsdom
/**
 * The zapper as a script of its own (zapper.js): it answers `zap-start` only, and works on the content
 * script's session through the bridge the content script leaves in the page's isolated world.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageBlock } from '../../src/shared/messages';

const fake = await vi.hoisted(async () => (await import('./fake-runtime')).fakeRuntime());
vi.mock('../../src/content/browser', () => ({ default: fake.browser }));

const { publishZapBridge, trackContextTarget } = await import('../../src/content/zap-bridge');
await import('../../src/content/zapper');
// injected again (a second "remove an element"): no second listener
vi.resetModules();
await import('../../src/content/zapper');

const popup = { id: fake.browser.runtime.id, url: fake.browser.runtime.getURL('popup/popup.html') };
const start = (requestId: string, contextTarget: boolean) =>
  fake.listeners[0]!({ type: 'zap-start', requestId, contextTarget }, popup) as Promise<unknown>;
const bar = () => (document.querySelector('[data-cleanwire-zapper]') !== null ? 'shown' : 'none');

beforeEach(() => {
  document.body.innerHTML = '<p id="ad">Buy now</p><p>Story</p>';
  document.querySelector('[data-cleanwire-zapper]')?.remove();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('the zapper script', () => {
  it('listens once and leaves the content script’s requests alone', () => {
    expect(fake.listeners).toHaveLength(1);
    expect(fake.listeners[0]!({ type: 'inpage-status', requestId: 'r' }, popup)).toBeUndefined();
    expect(
      fake.listeners[0]!(
        { type: 'zap-start', requestId: 'r', contextTarget: false },
        { url: 'https://evil.example/' },
      ),
    ).toBeUndefined();
  });

  it('says it cannot start where the content script is not (no bridge)', async () => {
    expect(await start('r1', false)).toMatchObject({
      type: 'page-tool-failed',
      requestId: 'r1',
      error: 'the content script is not in this page',
    });
    expect(bar()).toBe('none');
  });

  it('with the content script’s bridge: starts picking, or removes the right-clicked element at once', async () => {
    const zapped: Element[] = [];
    const block: PageBlock = {
      id: 'cw1',
      ruleId: 'zap',
      family: 'user',
      stage: 'zap',
      preview: 'Buy now',
      textLength: 7,
    };
    publishZapBridge({
      zapElement: (el) => (zapped.push(el), block),
      unzap: () => undefined,
      contextTarget: trackContextTarget(),
    });
    expect(await start('r2', false)).toEqual({ type: 'zap-started', requestId: 'r2' });
    expect(bar()).toBe('shown');
    expect(zapped).toEqual([]);

    const ad = document.getElementById('ad')!;
    ad.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    expect(await start('r3', true)).toEqual({ type: 'zap-started', requestId: 'r3' });
    expect(zapped).toEqual([ad]);
  });
});
