/**
 * Story memory, pure: the list of story records the extension keeps (storage.local, key `stories`), kept
 * in the order they were written (oldest first) and bounded; and the stored copies of the story a reader
 * is looking at. The browser glue is src/shared/story-store.ts.
 */
import type { StoryFingerprint } from './fingerprint';
import { findCopies, MIN_SHARED_MINHASH, sharedMinhash, type StoryMatch } from './match';
import { summarizeCopies } from './copies';
import { MAX_STORIES, MAX_STORY_CHARS } from './limits';
import { fromStoryRecord, minhashOfRecord, STORY_RECORD_VERSION, type StoryRecord } from './record';

export { MAX_STORIES, MAX_STORY_CHARS };

export interface StoryBounds {
  maxStories: number;
  maxChars: number;
}

export const STORY_BOUNDS: StoryBounds = { maxStories: MAX_STORIES, maxChars: MAX_STORY_CHARS };

/**
 * The records the memory holds, in its order. Every record entered it whole (fingerprinted here, or
 * checked on import: validRecords), so only the shape is checked, not every byte: the background reads
 * the list on each write, and decoding thousands of records each time would cost a second.
 */
export function storedRecords(value: unknown): StoryRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter((r): r is StoryRecord => {
    if (typeof r !== 'object' || r === null) return false;
    const { v, url, seen, minhash, paragraphs } = r as Record<string, unknown>;
    return (
      v === STORY_RECORD_VERSION &&
      (url === null || typeof url === 'string') &&
      (seen === null || typeof seen === 'number') &&
      typeof minhash === 'string' &&
      typeof paragraphs === 'string'
    );
  });
}

/** The records of a value from outside (a backup file) that decode whole; the others are left out. */
export function validRecords(value: unknown): StoryRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter((r): r is StoryRecord => fromStoryRecord(r) !== null);
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
 * The stored copies of `story`, read at `pageUrl`: every stored record that matches it, except those of
 * this very page (its URL or its canonical URL); null when there is none. A record is decoded whole only
 * when its MinHash shares enough with the story's to be a candidate (few are), so a full memory is
 * searched without decoding thousands of records.
 */
export function storedCopiesOf(
  story: StoryFingerprint,
  records: readonly unknown[],
  pageUrl: string,
): StoredCopies | null {
  const self = new Set([pageUrl, story.url]);
  const candidates: StoryFingerprint[] = [];
  for (const record of records) {
    const minhash = minhashOfRecord(record);
    if (!minhash || sharedMinhash(story, { minhash }) < MIN_SHARED_MINHASH) continue;
    const candidate = fromStoryRecord(record);
    if (candidate && !self.has(candidate.url)) candidates.push(candidate);
  }
  const matches = findCopies(story, candidates);
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
