/**
 * Issue 17 on ../shared/seeds: one AFP story copied by five sites (a ticker bar and comments, a Steemit
 * repost, a copy that lost its link text, two rewrites). Read in place, never copied.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core';
import {
  compareParagraphs,
  compareStories,
  fingerprintStory,
  StoryIndex,
  storyInputOf,
  storyParagraphs,
  summarizeCopies,
} from '../../../src/core/story';

const SEEDS = join(__dirname, '../../../../shared/seeds');
const present = existsSync(SEEDS);

describe.skipIf(!present)(`the five seeds${present ? '' : ' (skipped: ../shared/seeds is absent)'}`, () => {
  const files = present
    ? readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
  const inputs = files.map((file) => storyInputOf(cleanText(readFileSync(join(SEEDS, file), 'utf8')), null)!);
  const texts = inputs.map((input) => input.text);
  const stories = inputs.map((input) => fingerprintStory(input));
  /** The best band of each seed against the others. */
  const bestBand = (i: number) => {
    const bands = stories.flatMap((s, j) => (j === i ? [] : [compareStories(stories[i]!, s)?.band]));
    return bands.includes('same-text') ? 'same-text' : bands.includes('rewritten') ? 'rewritten' : null;
  };

  it('are one story: every seed is found as a copy of another, through the LSH index', () => {
    const index = new StoryIndex();
    stories.forEach((s) => index.add(s));
    for (const story of stories) expect(index.copiesOf(story).length).toBeGreaterThan(0);
    // Linked together: from the first seed, the matches reach all five.
    const reached = new Set([0]);
    for (const i of reached) for (const m of index.copiesOf(stories[i]!)) reached.add(m.index);
    expect([...reached].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('000–002 share most of their text; 003 and 004 are rewrites', () => {
    expect(files.map((f, i) => [f.slice(0, 3), bestBand(i)])).toEqual([
      ['000', 'same-text'],
      ['001', 'same-text'],
      ['002', 'same-text'],
      ['003', 'rewritten'],
      ['004', 'rewritten'],
    ]);
    // The two rewrites share almost nothing with each other.
    expect(compareStories(stories[3]!, stories[4]!)).toBeNull();
  });

  it('the Steemit repost is the most complete, Business Standard (dated) the earliest', () => {
    expect(summarizeCopies(stories)).toEqual({ complete: 1, earliest: 2 });
  });

  it('the copy that lost its link text has changed paragraphs, the one that cut sentences lacks them', () => {
    const complete = stories[1]!;
    const noLinks = compareParagraphs(stories[2]!, complete);
    expect(noLinks.changed.length).toBeGreaterThanOrEqual(5);
    // 001 has Citigroup's comment and its e-mailed statement; 000 has neither.
    const completeText = storyParagraphs(texts[1]!);
    const citigroup = ['Citigroup declined to comment', '"While we regularly have conversations'].map(
      (start) => completeText.findIndex((p) => p.startsWith(start)),
    );
    expect(citigroup.every((i) => i >= 0)).toBe(true);
    const lacked = compareParagraphs(stories[0]!, complete).lacks.map((p) => p.index);
    expect(lacked).toEqual(expect.arrayContaining(citigroup));
  });
});
