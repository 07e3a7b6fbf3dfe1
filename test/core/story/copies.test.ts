import { describe, expect, it } from 'vitest';
import { compareParagraphs, storyWords, summarizeCopies } from '../../../src/core/story';
import {
  CLUTTER,
  fingerprintDump,
  fingerprintText,
  linked,
  linkTextDropped,
  shuffled,
  storyLines,
  withParagraphs,
} from './helpers';

const lines = storyLines('halvorsen-jobs.txt').map(linked);
const original = fingerprintDump(lines);
const BODY = lines.length - 1;

describe('compareParagraphs', () => {
  it('names the paragraphs a cut copy lacks, with their words, and nothing else', () => {
    const cut = fingerprintDump(withParagraphs(lines, (i) => i % 3 !== 1));
    const diff = compareParagraphs(cut, original);
    const dropped = [...Array(BODY).keys()].filter((i) => i % 3 === 1);
    expect(diff.lacks.map((p) => p.index)).toEqual(dropped);
    expect(diff.lacks.map((p) => p.words)).toEqual(dropped.map((i) => original.paragraphs[i]!.words));
    expect(diff).toMatchObject({ adds: [], changed: [] });
    // The other way round, the complete copy adds what the cut one lacks.
    expect(compareParagraphs(original, cut).adds.map((p) => p.index)).toEqual(dropped);
  });

  it('finds nothing missing in a copy with its paragraphs in another order', () => {
    const [title, ...body] = lines;
    expect(compareParagraphs(fingerprintDump([title!, ...shuffled(body)]), original)).toEqual({
      lacks: [],
      adds: [],
      changed: [],
    });
  });

  it('calls paragraphs that lost their link text changed, and points at their counterpart', () => {
    const raw = storyLines('halvorsen-jobs.txt');
    const dropped = fingerprintDump(raw.map(linkTextDropped));
    const diff = compareParagraphs(dropped, original);
    const withLinks = raw.slice(1).flatMap((line, i) => (line.includes('[') ? [i] : []));
    expect(diff.changed.map((p) => p.index)).toEqual(withLinks);
    expect(diff.changed.map((p) => p.in)).toEqual(withLinks); // same order, same paragraphs
    expect(diff).toMatchObject({ lacks: [], adds: [] });
  });

  it('lists the clutter a copy adds as its own paragraphs', () => {
    // Compared as written: cleaning would have taken most of this clutter away first.
    const body = lines.slice(1);
    const cluttered = fingerprintText([CLUTTER[0]!, ...body, ...CLUTTER.slice(1)]);
    const diff = compareParagraphs(cluttered, fingerprintText(body));
    expect(diff.adds.map((p) => p.index)).toEqual([0, BODY + 1, BODY + 2, BODY + 3]);
    expect(diff.adds.map((p) => p.words)).toEqual(CLUTTER.map((c) => storyWords(c).length));
    expect(diff).toMatchObject({ lacks: [], changed: [] });
  });

  it('sees the same paragraphs when one copy joins every two into one', () => {
    const [title, ...body] = lines;
    const joined = [title!];
    for (let i = 0; i < body.length; i += 2) joined.push(body.slice(i, i + 2).join(' '));
    const diff = compareParagraphs(fingerprintDump(joined), original);
    expect(diff).toEqual({ lacks: [], adds: [], changed: [] });
  });
});

describe('summarizeCopies', () => {
  const half = fingerprintDump(withParagraphs(lines, (i) => i < BODY / 2));
  const withClutterTitle = { ...original, published: '2024-10-01T09:00:00+02:00' };

  it('takes the copy with the most words as the most complete', () => {
    expect(summarizeCopies([half, original]).complete).toBe(1);
    expect(summarizeCopies([original, half]).complete).toBe(0);
  });

  it('takes the earliest published copy as the earliest, comparing instants across time zones', () => {
    const a = { ...half, published: '2024-10-01T08:30:00+00:00' }; // 10:30 in Oslo
    expect(summarizeCopies([a, withClutterTitle]).earliest).toBe(1);
    const b = { ...half, published: '2024-10-01T06:30:00Z' }; // 08:30 in Oslo
    expect(summarizeCopies([b, withClutterTitle]).earliest).toBe(0);
  });

  it('falls back on when each copy was seen, and says nothing when no copy tells', () => {
    expect(
      summarizeCopies([
        { ...half, seen: 2000 },
        { ...original, seen: 1000 },
      ]).earliest,
    ).toBe(1);
    expect(summarizeCopies([half, original]).earliest).toBeNull();
  });
});
