/**
 * The story memory in `storage.local` (key `stories`): a list of story records, oldest first, bounded by
 * core/story/memory.ts. The background writes what readers read (one writer, so two tabs cleaned at
 * once never undo each other's record); the popup reads it; the options page counts, forgets and merges
 * a restored backup's. Never sent anywhere.
 */
import { mergeStories, rememberStory, storedRecords } from '../core/story/memory';
import type { StoryRecord } from '../core/story/record';
import browser from './browser';

export const STORIES_KEY = 'stories';

/** The stored value as it is (the popup decodes the records it compares). */
export async function loadStoredStories(): Promise<unknown> {
  return (await browser.storage.local.get(STORIES_KEY))[STORIES_KEY];
}

export async function loadStoryRecords(): Promise<StoryRecord[]> {
  return storedRecords(await loadStoredStories());
}

// One read-modify-write at a time within this context.
let pending: Promise<unknown> = Promise.resolve();

function update(change: (records: StoryRecord[]) => StoryRecord[]): Promise<number> {
  const run = async () => {
    const next = change(await loadStoryRecords());
    await browser.storage.local.set({ [STORIES_KEY]: next });
    return next.length;
  };
  const result = pending.then(run, run);
  pending = result.catch(() => undefined);
  return result;
}

/** Remembers one story (replacing an older record of its URL); resolves to the number kept. */
export function rememberStoryRecord(record: StoryRecord): Promise<number> {
  return update((records) => rememberStory(records, record));
}

/** Merges a restored backup's records into the memory; resolves to the number kept. */
export function mergeStoryRecords(incoming: readonly StoryRecord[]): Promise<number> {
  return update((records) => mergeStories(records, incoming));
}

/** "Forget all stories". */
export async function forgetStories(): Promise<void> {
  await pending;
  await browser.storage.local.remove(STORIES_KEY);
}

/**
 * Calls `listener` with the number of stored stories whenever the memory changes (counted as stored:
 * every write here validates its records, and decoding thousands to count them would be slow).
 */
export function onStoriesChanged(listener: (count: number) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[STORIES_KEY];
    if (area === 'local' && change) listener(Array.isArray(change.newValue) ? change.newValue.length : 0);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
