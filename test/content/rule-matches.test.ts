// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The content script's message listener, registered against a fake runtime. */
const fake = await vi.hoisted(async () => (await import('./fake-runtime')).fakeRuntime());
vi.mock('../../src/content/browser', () => ({ default: fake.browser }));

const { answerRuleMatches } = await import('../../src/content/rule-matches');
// evaluating the module again (the next toolbar click injects the script again) adds no listener
vi.resetModules();
await import('../../src/content/rule-matches');

const options = { id: fake.browser.runtime.id, url: fake.browser.runtime.getURL('options/options.html') };

beforeEach(() => {
  document.title = 'A story';
  document.body.innerHTML = '<p class="ad">Buy</p><p class="ad">Buy</p><p>Text</p>';
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('rule match counts in the content script', () => {
  it('answers with the page and a count per rule line', () => {
    const reply = answerRuleMatches(
      { type: 'count-rule-matches', requestId: 'q', rules: '##.ad\nnope\n##p:has-text(Text)' },
      document,
      'https://example.com/story',
    );
    expect(reply).toEqual({
      type: 'rule-matches',
      requestId: 'q',
      page: { url: 'https://example.com/story', title: 'A story' },
      counts: [
        { line: 1, count: 2, note: null },
        { line: 3, count: 1, note: null },
      ],
    });
  });

  it('listens once, answers this extension’s pages, and leaves other messages alone', async () => {
    expect(fake.listeners).toHaveLength(1);
    const listener = fake.listeners[0]!;
    const request = { type: 'count-rule-matches', requestId: 'q2', rules: '##.ad' };
    const reply = (await listener(request, options)) as { counts: unknown };
    expect(reply.counts).toEqual([{ line: 1, count: 2, note: null }]);

    expect(listener({ type: 'clean-page', requestId: 'x' }, options)).toBeUndefined();
    expect(console.warn).not.toHaveBeenCalled();

    expect(listener(request, { url: 'https://evil.example/' })).toBeUndefined();
    expect(listener({ ...request, rules: 42 }, options)).toBeUndefined();
    expect(console.warn).toHaveBeenCalledTimes(2);
  });
});
