/** Story memory's bounds and look-up (src/core/story/memory.ts). */
import { describe, expect, it } from 'vitest';
import {
  fromStoryRecord,
  mergeStories,
  minhashOfRecord,
  rememberStory,
  storedCopiesOf,
  storedRecords,
  toStoryRecord,
  validRecords,
  type StoryRecord,
} from '../../../src/core/story';
import { fingerprintDump, linked, storyLines, withParagraphs } from './helpers';

const ferry = storyLines('ferry-strike.txt').map(linked);
const other = storyLines('halvorsen-jobs.txt').map(linked);

/** A record of the ferry story (or `lines`) at `url`, seen at `seen`. */
function record(url: string | null, seen: number, lines = ferry): StoryRecord {
  return { ...toStoryRecord(fingerprintDump(lines, { seen })), url };
}

const urls = (records: readonly StoryRecord[]) => records.map((r) => r.url);
const roomy = { maxStories: 5000, maxChars: 10_000_000 };

describe('rememberStory', () => {
  it('appends the new record last', () => {
    const list = rememberStory([record('https://a.example/1', 1)], record('https://b.example/1', 2), roomy);
    expect(urls(list)).toEqual(['https://a.example/1', 'https://b.example/1']);
  });

  it('replaces the older record of the same URL, whatever its place', () => {
    const stored = [record('https://a.example/1', 1), record('https://b.example/1', 2)];
    const list = rememberStory(stored, record('https://a.example/1', 3), roomy);
    expect(list.map((r) => [r.url, r.seen])).toEqual([
      ['https://b.example/1', 2],
      ['https://a.example/1', 3],
    ]);
  });

  it('keeps records without a URL apart (none replaces another)', () => {
    const list = rememberStory([record(null, 1)], record(null, 2), roomy);
    expect(list.map((r) => r.seen)).toEqual([1, 2]);
  });

  it('drops the oldest past the number of stories', () => {
    let list: StoryRecord[] = [];
    for (let i = 0; i < 6; i++)
      list = rememberStory(list, record(`https://s.example/${i}`, i), { ...roomy, maxStories: 4 });
    expect(urls(list)).toEqual([2, 3, 4, 5].map((i) => `https://s.example/${i}`));
  });

  it('drops the oldest past the characters the records may take', () => {
    const one = JSON.stringify(record('https://s.example/0', 0)).length;
    const bounds = { maxStories: 100, maxChars: 3 * (one + 1) + 2 };
    let list: StoryRecord[] = [];
    for (let i = 0; i < 5; i++) list = rememberStory(list, record(`https://s.example/${i}`, i), bounds);
    expect(urls(list)).toEqual([2, 3, 4].map((i) => `https://s.example/${i}`));
    expect(JSON.stringify(list).length).toBeLessThanOrEqual(bounds.maxChars);
  });
});

describe('mergeStories', () => {
  it('keeps the later record of one URL, orders by when seen, and stays bounded', () => {
    const current = [record('https://a.example/1', 10), record('https://b.example/1', 30)];
    const backup = [
      record('https://a.example/1', 20),
      record('https://b.example/1', 5),
      record('https://c.example/1', 1),
    ];
    expect(mergeStories(current, backup, roomy).map((r) => [r.url, r.seen])).toEqual([
      ['https://c.example/1', 1],
      ['https://a.example/1', 20],
      ['https://b.example/1', 30],
    ]);
    expect(urls(mergeStories(current, backup, { ...roomy, maxStories: 2 }))).toEqual([
      'https://a.example/1',
      'https://b.example/1',
    ]);
  });
});

describe('storedRecords and validRecords', () => {
  const good = record('https://a.example/1', 1);

  it('the memory’s own list: records of this version, by their shape, in their order', () => {
    expect(storedRecords([good, { ...good, v: 0 }, null, 'x', { ...good, url: 3 }, good])).toEqual([
      good,
      good,
    ]);
    expect(storedRecords({ stories: [good] })).toEqual([]);
    expect(storedRecords(undefined)).toEqual([]);
  });

  it('a record’s MinHash alone (what finding candidates reads) is the one the whole record holds', () => {
    expect(minhashOfRecord(good)).toEqual(fromStoryRecord(good)!.minhash);
    expect(minhashOfRecord({ ...good, minhash: good.minhash.slice(4) })).toBeNull();
    expect(minhashOfRecord({ ...good, v: 0 })).toBeNull();
  });

  it('a backup’s: only records that decode whole', () => {
    const damaged = [
      { ...good, minhash: '!' },
      { ...good, paragraphs: 'AAAA' },
      { ...good, v: 2 },
    ];
    expect(validRecords([good, ...damaged, good])).toEqual([good, good]);
  });
});

describe('storedCopiesOf', () => {
  const full = record('https://full.example/ferry', 100);
  const cutAtEnd = record('https://cut.example/ferry', 200, ferry.slice(0, -2));
  const unrelated = record('https://other.example/jobs', 50, other);

  it('lists the stored copies of the story, not other stories, and marks the most complete', () => {
    const reading = fingerprintDump(
      withParagraphs(ferry, (i) => i !== 2),
      { seen: 300 },
    );
    const found = storedCopiesOf(reading, [full, cutAtEnd, unrelated], 'https://now.example/ferry')!;
    expect(found.matches.map((m) => m.story.url).sort()).toEqual([
      'https://cut.example/ferry',
      'https://full.example/ferry',
    ]);
    expect(found.matches.every((m) => m.band === 'same-text')).toBe(true);
    expect(found.matches[found.complete]!.story.url).toBe('https://full.example/ferry');
    // No dates on these: the earliest seen is the full copy.
    expect(found.matches[found.earliest]!.story.url).toBe('https://full.example/ferry');
    expect(found).toMatchObject({ thisIsComplete: false, thisIsEarliest: false });
  });

  it('never lists the page being read, by its address or its canonical URL', () => {
    const reading = { ...fingerprintDump(ferry, { seen: 300 }), url: 'https://cut.example/ferry' };
    const stored = [full, cutAtEnd];
    expect(storedCopiesOf(reading, stored, 'https://full.example/ferry')).toBeNull();
    const found = storedCopiesOf(reading, stored, 'https://cut.example/ferry?utm=1')!;
    expect(found.matches.map((m) => m.story.url)).toEqual(['https://full.example/ferry']);
    // Same words as the full copy, and read later: most complete (ties go to this copy), not earliest.
    expect(found).toMatchObject({ thisIsComplete: true, thisIsEarliest: false });
  });

  it('passes over what is not a record, and a record that does not decode whole', () => {
    const reading = fingerprintDump(ferry);
    const damaged = { ...full, paragraphs: 'AAAA' }; // its MinHash matches; its paragraphs are cut short
    expect(storedCopiesOf(reading, [null, 'x', { v: 1 }, damaged], 'https://x.example/')).toBeNull();
    expect(storedCopiesOf(reading, [damaged, full], 'https://x.example/')!.matches).toHaveLength(1);
  });

  it('is null when nothing stored matches', () => {
    expect(storedCopiesOf(fingerprintDump(ferry), [unrelated], 'https://x.example/')).toBeNull();
    expect(storedCopiesOf(fingerprintDump(ferry), [], 'https://x.example/')).toBeNull();
  });
});
