import { describe, expect, it } from 'vitest';
import {
  compareParagraphs,
  compareStories,
  fromStoryRecord,
  STORY_RECORD_VERSION,
  toStoryRecord,
} from '../../../src/core/story';
import { fingerprintDump, linked, linkTextDropped, storyLines, withParagraphs } from './helpers';

const lines = storyLines('halvorsen-jobs.txt');
const story = { ...fingerprintDump(lines.map(linked), { seen: 1_727_766_000_000 }), published: '2024-10-01' };

const base64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');

describe('story records (what storage.local keeps)', () => {
  it('round-trip through JSON to the same fingerprint', () => {
    const record = JSON.parse(JSON.stringify(toStoryRecord(story))) as unknown;
    const back = fromStoryRecord(record);
    expect(back).toEqual(story);
    expect(Array.from(back!.minhash)).toEqual(Array.from(story.minhash));
  });

  it('compare as the fingerprints they came from', () => {
    const cut = fingerprintDump(withParagraphs(lines.map(linkTextDropped), (i) => i < 6));
    const stored = fromStoryRecord(JSON.parse(JSON.stringify(toStoryRecord(story))))!;
    expect(compareStories(cut, stored)).toEqual(compareStories(cut, story));
    expect(compareParagraphs(cut, stored)).toEqual(compareParagraphs(cut, story));
  });

  it('are small: a 300-word story in under 1.2 KB of JSON', () => {
    expect(story.words).toBeGreaterThan(300);
    expect(JSON.stringify(toStoryRecord(story)).length).toBeLessThan(1200);
  });

  it('keep paragraphs of any length and samples of any value exactly', () => {
    const odd = {
      ...story,
      paragraphs: [{ hash: 0xffffffff, words: 70_000, samples: [0, 0xffffff, 0x800000] }],
    };
    expect(fromStoryRecord(toStoryRecord(odd))).toEqual(odd);
  });

  it('refuse what is not a record of this version', () => {
    const good = toStoryRecord(story);
    const broken: unknown[] = [
      null,
      'text',
      { ...good, v: STORY_RECORD_VERSION + 1 },
      { ...good, words: -1 },
      { ...good, title: 3 },
      { ...good, level: 1 },
      { ...good, minhash: toStoryRecord({ ...story, minhash: story.minhash.slice(0, 126) }).minhash },
      { ...good, minhash: '%%%' },
      { ...good, paragraphs: good.paragraphs.slice(0, -4) }, // not a whole number of integers
      // A paragraph with hash 7 and 12 words announcing five samples, with one there.
      { ...good, paragraphs: base64([7, 0, 0, 0, 12, 5, 1, 0, 0]) },
      { ...good, paragraphs: base64([7, 0, 0, 0, 0x80]) }, // a varint cut short
    ];
    for (const value of broken) expect(fromStoryRecord(value)).toBeNull();
  });
});
