/**
 * Among copies of one story: which is the most complete, which came first, and what one copy lacks or
 * adds against another, paragraph by paragraph.
 */
import { isSample, type StoryFingerprint, type StoryParagraph } from './fingerprint';
import { sampleSet } from './match';

export interface CopiesSummary {
  /** Index of the most complete copy: the most words, then the most paragraphs, then the first given. */
  complete: number;
  /** Index of the earliest copy: the earliest published date, else the earliest seen; null when none says. */
  earliest: number | null;
}

export function summarizeCopies(stories: readonly StoryFingerprint[]): CopiesSummary {
  let complete = 0;
  stories.forEach((s, i) => {
    const best = stories[complete]!;
    if (s.words > best.words || (s.words === best.words && s.paragraphs.length > best.paragraphs.length))
      complete = i;
  });
  return {
    complete,
    earliest: earliestOf(stories, (s) => instantOf(s.published)) ?? earliestOf(stories, (s) => s.seen),
  };
}

function earliestOf(
  stories: readonly StoryFingerprint[],
  time: (s: StoryFingerprint) => number | null,
): number | null {
  let earliest: number | null = null;
  let at = Infinity;
  stories.forEach((s, i) => {
    const t = time(s);
    if (t !== null && t < at) [earliest, at] = [i, t];
  });
  return earliest;
}

/** A published date as an instant (a date alone is its midnight UTC); null when unreadable. */
function instantOf(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : t;
}

/** A paragraph of one copy, by its index in storyParagraphs(text) of that copy. */
export interface ParagraphRef {
  index: number;
  words: number;
}

export interface ParagraphComparison {
  /** The other copy's paragraphs that this copy does not have. */
  lacks: ParagraphRef[];
  /** This copy's paragraphs that the other does not have. */
  adds: ParagraphRef[];
  /**
   * The other copy's paragraphs that this copy has with different words (link text dropped, a figure
   * changed, a sentence cut); `in`: this copy's paragraph that holds most of what they share.
   */
  changed: (ParagraphRef & { in: number })[];
}

/** A paragraph is there with other words when this share of its samples is in the other copy (and two of them, or half). */
const CHANGED = 0.2;

/**
 * What `copy` lacks, adds and changes against `other`, paragraph by paragraph. A paragraph is there when a
 * paragraph with the same words is, or when all its sampled shingles are in the other copy spread over
 * paragraphs that hold more (the other copy splits, joins or orders paragraphs differently). It is there
 * changed when only some of its samples are, or when all are but in one paragraph with no others and other
 * words. Samples are a quarter of the shingles, so a change too small to touch one can go unseen. A
 * paragraph too short to have a sample (a dozen words or fewer) is there only when one with the same words is.
 */
export function compareParagraphs(copy: StoryFingerprint, other: StoryFingerprint): ParagraphComparison {
  const level = Math.max(copy.level, other.level);
  const result: ParagraphComparison = { lacks: [], adds: [], changed: [] };
  other.paragraphs.forEach((p, index) => {
    const found = find(p, copy, level);
    if (found.verdict === 'changed') result.changed.push({ index, words: p.words, in: found.in });
    else if (found.verdict === 'absent') result.lacks.push({ index, words: p.words });
  });
  copy.paragraphs.forEach((p, index) => {
    if (find(p, other, level).verdict === 'absent') result.adds.push({ index, words: p.words });
  });
  return result;
}

type Found = { verdict: 'there' | 'absent' } | { verdict: 'changed'; in: number };

/** Whether paragraph `p` is in `story`, and which of its paragraphs holds it when changed. */
function find(p: StoryParagraph, story: StoryFingerprint, level: number): Found {
  if (story.paragraphs.some((q) => q.hash === p.hash)) return { verdict: 'there' };
  const samples = new Set(p.samples.filter((s) => isSample(s, level)));
  if (samples.size === 0) return { verdict: 'absent' };
  const all = sampleSet(story, level);
  let found = 0;
  for (const s of samples) if (all.has(s)) found++;
  const share = found / samples.size;
  if (share < 0.5 && (share < CHANGED || found < 2)) return { verdict: 'absent' };

  // The paragraph holding most of p's samples; when it holds all of them and nothing else, it is p.
  let holder = 0;
  let most = -1;
  story.paragraphs.forEach((q, i) => {
    const n = q.samples.filter((s) => samples.has(s)).length;
    if (n > most) [holder, most] = [i, n];
  });
  if (share < 1) return { verdict: 'changed', in: holder };
  const counterpart = story.paragraphs[holder]!.samples.filter((s) => isSample(s, level));
  return counterpart.every((s) => samples.has(s)) ? { verdict: 'changed', in: holder } : { verdict: 'there' };
}
