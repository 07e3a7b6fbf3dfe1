/**
 * Story memory, pure: the list of story records the extension keeps (storage.local, key `stories`), kept
 * in the order they were written (oldest first) and bounded; and the stored copies of the story a reader
 * is looking at. The browser glue is src/shared/story-store.ts.
 */
import type { StoryFingerprint } from './fingerprint';
import { findCopies, type StoryMatch } from './match';
import { summarizeCopies } from './copies';
import { MAX_STORIES, MAX_STORY_CHARS } from './limits';
import { fromStoryRecord, type StoryRecord } from './record';

export { MAX_STORIES, MAX_STORY_CHARS };

export interface StoryBounds {
  maxStories: number;
  maxChars: number;
}

export const STORY_BOUNDS: StoryBounds = { maxStories: MAX_STORIES, maxChars: MAX_STORY_CHARS };

/**
 * The records a stored value holds, in its order: anything that is not a record of this version (a
 * damaged entry, a record from an older Cleanwire) is left out.
 */
export function storedRecords(value: unknown): StoryRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter((r): r is StoryRecord => fromStoryRecord(r) !== null);
}

/** The fingerprints a stored value holds (what the popup compares the story it shows with). */
export function storedStories(value: unknown): StoryFingerprint[] {
  if (!Array.isArray(value)) return [];
  return value.map(fromStoryRecord).filter((s): s is StoryFingerprint => s !== null);
}

/**
 * The list after remembering `record`: an older record of the same URL goes (the newer reading
 * replaces it), the new one is last, and the oldest go while the list is over its bounds.
 */
export function rememberStory(
  records: readonly StoryRecord[],
  record: StoryRecord,
  bounds: StoryBounds = STORY_BOUNDS,
): StoryRecord[] {
  const kept = records.filter((r) => record.url === null || r.url !== record.url);
  kept.push(record);
  return bounded(kept, bounds);
}

/**
 * Two lists as one (a backup's memory restored into the current one): of two records of one URL the
 * later seen stays; ordered by when they were seen, then bounded (the oldest go).
 */
export function mergeStories(
  current: readonly StoryRecord[],
  incoming: readonly StoryRecord[],
  bounds: StoryBounds = STORY_BOUNDS,
): StoryRecord[] {
  const byUrl = new Map<string, StoryRecord>();
  const withoutUrl: StoryRecord[] = [];
  for (const r of [...current, ...incoming]) {
    if (r.url === null) {
      withoutUrl.push(r);
      continue;
    }
    const other = byUrl.get(r.url);
    if (!other || seenAt(r) >= seenAt(other)) byUrl.set(r.url, r);
  }
  // A stable sort: records seen at the same time keep their order.
  const merged = [...byUrl.values(), ...withoutUrl].sort((a, b) => seenAt(a) - seenAt(b));
  return bounded(merged, bounds);
}

function seenAt(r: StoryRecord): number {
  return r.seen ?? 0;
}

/** The newest records that fit both bounds, in their order. */
function bounded(records: StoryRecord[], bounds: StoryBounds): StoryRecord[] {
  let start = Math.max(0, records.length - bounds.maxStories);
  // The JSON array's size: each record's JSON plus a comma.
  let chars = records.slice(start).reduce((sum, r) => sum + JSON.stringify(r).length + 1, 2);
  while (chars > bounds.maxChars && start < records.length)
    chars -= JSON.stringify(records[start++]).length + 1;
  return records.slice(start);
}

export interface StoredCopies {
  /** The stored copies, same text first, then by containment. */
  matches: StoryMatch[];
  /** Index in `matches` of the most complete stored copy (the default to compare with); -1 when none. */
  complete: number;
  /** Index in `matches` of the earliest stored copy, or -1 when none says (or none is earlier than this one). */
  earliest: number;
  /** This copy is the most complete of all (it has at least as many words as any stored one). */
  thisIsComplete: boolean;
  /** This copy is the earliest of all. */
  thisIsEarliest: boolean;
}

/**
 * The stored copies of `story`, read at `pageUrl`: every stored story that matches it, except the
 * records of this very page (its URL or its canonical URL); null when there is none.
 */
export function storedCopiesOf(
  story: StoryFingerprint,
  stored: readonly StoryFingerprint[],
  pageUrl: string,
): StoredCopies | null {
  const self = new Set([pageUrl, story.url]);
  const matches = findCopies(
    story,
    stored.filter((s) => !self.has(s.url)),
  );
  if (!matches.length) return null;
  const all = summarizeCopies([story, ...matches.map((m) => m.story)]);
  return {
    matches,
    complete: summarizeCopies(matches.map((m) => m.story)).complete,
    earliest: all.earliest !== null && all.earliest > 0 ? all.earliest - 1 : -1,
    thisIsComplete: all.complete === 0,
    thisIsEarliest: all.earliest === 0,
  };
}
