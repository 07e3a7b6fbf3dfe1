/**
 * What a copy lacks, changes and adds, in the popup's words (src/core/story/differences.ts): on a story of
 * our own (test/fixtures/story/ferry-strike.txt) and on the seeds in ../shared/seeds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core';
import {
  describeDifferences,
  differencesSummary,
  differencesText,
  fingerprintStory,
  missingRunText,
  paragraphPreview,
  storyInputOf,
  storyParagraphs,
  storyWords,
  type StoryFingerprint,
} from '../../../src/core/story';
import { fingerprintDump, linked, linkTextDropped, storyLines, withParagraphs } from './helpers';

const raw = storyLines('ferry-strike.txt');
const ferry = raw.map(linked);
const full = fingerprintDump(ferry);
const [, ...body] = ferry;

/** A copy's differences against the full story: the copy's own paragraphs are what the popup quotes. */
function against(other: StoryFingerprint, lines: string[]) {
  const input = storyInputOf(cleanText(lines.join('\n\n'), { url: 'https://news.example/story' }), null)!;
  return describeDifferences(fingerprintStory(input), other, storyParagraphs(input.text));
}

describe('describeDifferences', () => {
  it('a copy cut at the end lacks the last paragraphs, placed after its own last one', () => {
    const cut = ferry.slice(0, -2);
    const d = against(full, cut);
    const words = (line: string) => line.split(/\s+/).length;
    expect(d.lacks).toEqual([
      {
        paragraphs: 2,
        words: words(body.at(-2)!) + words(body.at(-1)!),
        place: { at: 'end', after: paragraphPreview(cut.at(-1)!) },
      },
    ]);
    expect(d).toMatchObject({ changed: [], adds: [] });
    expect(missingRunText(d.lacks[0]!)).toBe(
      `2 paragraphs (${d.lacks[0]!.words} words) missing at the end, after “The county council, which pays for the routes,…”`,
    );
  });

  it('a paragraph gone from the middle is placed after the paragraph before it', () => {
    const d = against(
      full,
      withParagraphs(ferry, (i) => i !== 3),
    );
    expect(d.lacks).toHaveLength(1);
    expect(missingRunText(d.lacks[0]!)).toBe(
      '1 paragraph (27 words) missing after “Islanders who commute to the mainland for work…”',
    );
  });

  it('a missing first paragraph is placed before the copy’s first one', () => {
    const d = against(
      full,
      withParagraphs(ferry, (i) => i !== 0),
    );
    expect(d.lacks.map((run) => run.place)).toEqual([{ at: 'start', before: paragraphPreview(body[1]!) }]);
  });

  it('paragraphs that lost their link text are changed, with fewer words', () => {
    const d = against(full, raw.map(linkTextDropped));
    expect(d.lacks).toEqual([]);
    expect(d.changed.map((c) => c.preview)).toEqual([
      paragraphPreview(linkTextDropped(raw[2]!)),
      paragraphPreview(linkTextDropped(raw[4]!)),
    ]);
    expect(d.changed.map((c) => c.otherWords - c.words)).toEqual([2, 2]);
  });

  it('says what the copy adds, quoting its own paragraphs', () => {
    const footer =
      'Readers can follow the strike on our live page, updated every hour with departures from each harbour.';
    const d = against(full, [...ferry, footer]);
    expect(d.adds).toEqual([{ preview: paragraphPreview(footer), words: storyWords(footer).length }]);
  });
});

describe('summary and copied text', () => {
  it('counts in one line, and says so when nothing differs', () => {
    const d = against(
      full,
      withParagraphs(ferry, (i) => i !== 3 && i !== 5),
    );
    expect(differencesSummary(d, 'fjord.example')).toBe('Lacks 2 paragraphs vs fjord.example');
    expect(differencesSummary(against(full, ferry), 'fjord.example')).toBe(
      'Same paragraphs as fjord.example',
    );
    const mixed = {
      lacks: [],
      changed: d.lacks.map(() => ({ preview: 'x', words: 1, otherWords: 2 })),
      adds: [{ preview: 'y', words: 3 }],
    };
    expect(differencesSummary(mixed, 'a.example')).toBe('Adds 1 · 2 changed vs a.example');
  });

  it('copies as plain text: the summary with the other copy’s address, then each part', () => {
    const lines = raw.map(linkTextDropped).slice(0, -1);
    const d = against(full, lines);
    expect(differencesText(d, 'fjord.example', 'https://fjord.example/ferry')).toBe(
      [
        'Lacks 1 paragraph · 2 changed vs fjord.example (https://fjord.example/ferry)',
        '',
        'This copy lacks:',
        `- ${missingRunText(d.lacks[0]!)}`,
        '',
        'Changed here:',
        `- “${paragraphPreview(lines[2]!)}” (2 words fewer: link text dropped?)`,
        `- “${paragraphPreview(lines[4]!)}” (2 words fewer: link text dropped?)`,
        '',
      ].join('\n'),
    );
  });
});

const SEEDS = join(__dirname, '../../../../shared/seeds');
const present = existsSync(SEEDS);

describe.skipIf(!present)(`on the seeds${present ? '' : ' (skipped: ../shared/seeds is absent)'}`, () => {
  const files = present
    ? readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
  const inputs = files.map((f) => storyInputOf(cleanText(readFileSync(join(SEEDS, f), 'utf8')), null)!);
  const stories = inputs.map((input) => fingerprintStory(input));
  const describeSeed = (i: number, other: number) =>
    describeDifferences(stories[i]!, stories[other]!, storyParagraphs(inputs[i]!.text));

  it('the copy that cut its ending lacks paragraphs at the end of the complete one (001)', () => {
    const d = describeSeed(0, 1);
    expect(d.lacks.at(-1)!.place.at).toBe('end');
    // Every place quotes a paragraph of this copy.
    const own = storyParagraphs(inputs[0]!.text).map(paragraphPreview);
    for (const run of d.lacks)
      expect(own).toContain(run.place.at === 'start' ? run.place.before : run.place.after);
    expect(differencesSummary(d, 'steemit.com')).toMatch(
      /^Lacks \d+ paragraphs · adds \d+ · \d+ changed vs steemit\.com$/,
    );
  });

  it('the copy that lost its link text has changed paragraphs with fewer words than 001’s', () => {
    const d = describeSeed(2, 1);
    const fewer = d.changed.filter((c) => c.words < c.otherWords);
    expect(fewer.length).toBeGreaterThanOrEqual(4);
  });
});
