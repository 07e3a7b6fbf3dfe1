/**
 * The story memory's writer (src/background/story-memory.ts) and store (src/shared/story-store.ts)
 * around a faked browser seam: what is kept, what is not (switched off, private tabs), one record a URL.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../src/core/settings';
import { fromStoryRecord, toStoryRecord, fingerprintStory, type StoryInput } from '../../src/core/story';
import { storyLines, linked } from '../core/story/helpers';

const fake = vi.hoisted(() => {
  const data = new Map<string, string>();
  const read = (key: string) => (data.has(key) ? JSON.parse(data.get(key)!) : undefined);
  const tabs = new Map<number, { incognito: boolean }>();
  return {
    data,
    read,
    tabs,
    browser: {
      extension: { inIncognitoContext: false },
      tabs: {
        get: async (id: number) => {
          const tab = tabs.get(id);
          if (!tab) throw new Error(`No tab with id: ${id}`);
          return tab;
        },
      },
      storage: {
        local: {
          get: async (key: string) => (data.has(key) ? { [key]: read(key) } : {}),
          set: async (items: Record<string, unknown>) => {
            for (const [k, v] of Object.entries(items)) data.set(k, JSON.stringify(v));
          },
          remove: async (key: string) => void data.delete(key),
        },
        onChanged: { addListener: () => undefined, removeListener: () => undefined },
      },
    },
  };
});
vi.mock('../../src/shared/browser', () => ({ default: fake.browser }));

const { isPrivateTab, rememberStory } = await import('../../src/background/story-memory');
const store = await import('../../src/shared/story-store');

const text = storyLines('ferry-strike.txt').map(linked).slice(1).join('\n\n');
const story = (url: string): StoryInput => ({
  title: 'Ferry crews strike over winter timetable cuts',
  site: 'Fjord News',
  url,
  published: '2026-11-30',
  wire: 'AFP',
  text,
});
const urls = () => ((fake.read('stories') ?? []) as { url: string }[]).map((r) => r.url);

beforeEach(() => {
  fake.data.clear();
  fake.tabs.clear();
});

describe('rememberStory (background)', () => {
  it('keeps a fingerprint of the story, and no text of it', async () => {
    expect(await rememberStory(story('https://a.example/ferry'), false)).toBe(true);
    const [record] = fake.read('stories') as unknown[];
    const kept = fromStoryRecord(record)!;
    expect(kept).toMatchObject({ url: 'https://a.example/ferry', site: 'Fjord News', wire: 'AFP' });
    expect(kept.seen).toBeGreaterThan(0);
    expect(JSON.stringify(record)).not.toMatch(/Askoy|departures|mediator/);
  });

  it('keeps nothing from a private tab, or when the reader switched the memory off', async () => {
    expect(await rememberStory(story('https://a.example/ferry'), true)).toBe(false);
    fake.data.set('settings', JSON.stringify({ ...defaultSettings(), storyMemory: false }));
    expect(await rememberStory(story('https://b.example/ferry'), false)).toBe(false);
    expect(fake.read('stories')).toBeUndefined();
  });

  it('keeps one record a URL: reading a page again replaces its record', async () => {
    await rememberStory(story('https://a.example/ferry'), false);
    await rememberStory(story('https://b.example/ferry'), false);
    await rememberStory(story('https://a.example/ferry'), false);
    expect(urls()).toEqual(['https://b.example/ferry', 'https://a.example/ferry']);
  });

  it('loses no record when stories arrive together', async () => {
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((h) => rememberStory(story(`https://${h}.example/ferry`), false)),
    );
    expect(urls().sort()).toEqual(['a', 'b', 'c', 'd'].map((h) => `https://${h}.example/ferry`));
  });
});

describe('isPrivateTab', () => {
  it('asks the browser; a tab that is gone counts as private (nothing is kept for it)', async () => {
    fake.tabs.set(1, { incognito: false });
    fake.tabs.set(2, { incognito: true });
    expect([await isPrivateTab(1), await isPrivateTab(2), await isPrivateTab(3)]).toEqual([
      false,
      true,
      true,
    ]);
  });
});

describe('story store', () => {
  const record = (url: string, seen: number) => ({
    ...toStoryRecord(fingerprintStory({ ...story(url), seen })),
  });

  it('merges a backup’s records into the memory and forgets all', async () => {
    await store.rememberStoryRecord(record('https://a.example/ferry', 10));
    expect(
      await store.mergeStoryRecords([
        record('https://a.example/ferry', 5),
        record('https://c.example/ferry', 1),
      ]),
    ).toBe(2);
    expect((await store.loadStoryRecords()).map((r) => [r.url, r.seen])).toEqual([
      ['https://c.example/ferry', 1],
      ['https://a.example/ferry', 10],
    ]);
    await store.forgetStories();
    expect(await store.loadStoryRecords()).toEqual([]);
    expect(fake.data.has('stories')).toBe(false);
  });
});
