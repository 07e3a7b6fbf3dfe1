/**
 * Whether two fingerprints are copies of one story, and finding the stored copies of a story.
 *
 * Two measures decide. The share of MinHash samples the two have in common estimates the Jaccard
 * similarity of their shingle sets and finds candidates; the containment of the smaller story's sampled
 * shingles in the larger's decides the band. Containment rather than Jaccard: a copy that kept half the
 * paragraphs shares half its shingles' union with the original (Jaccard ½) but all of its own (containment 1).
 */
import { MINHASH_SIZE, isSample, type StoryFingerprint } from './fingerprint';

/**
 * `same-text`: at least half of the smaller copy's text is in the larger (syndicated copies, cut or
 * cluttered copies, copies with dropped link text). `rewritten`: a rewrite of the same (agency) story,
 * sharing at least a tenth of its text, some of it in the top half of both.
 */
export type CopyBand = 'same-text' | 'rewritten';

/** Containment from which two stories are the same text. */
export const SAME_TEXT_CONTAINMENT = 0.5;
/** Containment from which two stories may be rewrites of one story (with shared text near the top). */
export const REWRITTEN_CONTAINMENT = 0.1;
/** Fewer MinHash samples in common than this (Jaccard under ~5%) is never a match, whatever else is shared. */
export const MIN_SHARED_MINHASH = 6;
/** Sampled shingles both stories must have in their top halves to be rewrites of one story. */
export const MIN_SHARED_TOP = 3;
/** Sampled shingles any two copies must share: a short text's containment rests on no fewer. */
export const MIN_SHARED_SAMPLES = 3;

export interface StoryComparison {
  band: CopyBand;
  /** Share of the smaller story's sampled shingles found in the larger one (0…1). */
  containment: number;
  /** MinHash samples in common, of MINHASH_SIZE. */
  shared: number;
}

export interface StoryMatch<S extends StoryFingerprint = StoryFingerprint> extends StoryComparison {
  story: S;
  /** Its place in the list findCopies was given. */
  index: number;
}

/** The band of two stories, or null when they are not copies of one story. */
export function compareStories(a: StoryFingerprint, b: StoryFingerprint): StoryComparison | null {
  const shared = sharedMinhash(a, b);
  if (shared < MIN_SHARED_MINHASH) return null;
  const level = Math.max(a.level, b.level);
  const setA = sampleSet(a, level);
  const setB = sampleSet(b, level);
  const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
  const common = countCommon(small, large);
  if (common < MIN_SHARED_SAMPLES) return null;
  const containment = common / small.size;
  if (containment >= SAME_TEXT_CONTAINMENT) return { band: 'same-text', containment, shared };
  if (containment >= REWRITTEN_CONTAINMENT) {
    const top = countCommon(sampleSet(a, level, 'top'), sampleSet(b, level, 'top'));
    if (top >= MIN_SHARED_TOP) return { band: 'rewritten', containment, shared };
  }
  return null;
}

/** MinHash samples two stories have in common. */
export function sharedMinhash(
  a: Pick<StoryFingerprint, 'minhash'>,
  b: Pick<StoryFingerprint, 'minhash'>,
): number {
  let n = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a.minhash[k] === b.minhash[k]) n++;
  return n;
}

/**
 * Stories by their MinHash samples, for finding candidates without comparing every pair. Each sample is a
 * band of one row: stories sharing a sample value at the same position meet in a bucket, so a story is
 * compared only with the stories it has at least MIN_SHARED_MINHASH samples in common with — all of them,
 * as the bands are single samples. Adding and querying cost about MINHASH_SIZE bucket look-ups each.
 */
export class StoryIndex<S extends StoryFingerprint = StoryFingerprint> {
  readonly stories: S[] = [];
  private readonly buckets = Array.from({ length: MINHASH_SIZE }, () => new Map<number, number[]>());

  add(story: S): number {
    const id = this.stories.length;
    this.stories.push(story);
    if (story.words === 0) return id; // no text, no samples worth a bucket: it matches nothing
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const bucket = this.buckets[k]!;
      const value = story.minhash[k]!;
      const ids = bucket.get(value);
      if (ids) ids.push(id);
      else bucket.set(value, [id]);
    }
    return id;
  }

  /** The indexed stories that are copies of `story`, same text first, then by containment. */
  copiesOf(story: StoryFingerprint): StoryMatch<S>[] {
    const counts = new Map<number, number>();
    for (let k = 0; k < MINHASH_SIZE; k++) {
      for (const id of this.buckets[k]!.get(story.minhash[k]!) ?? [])
        counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const matches: StoryMatch<S>[] = [];
    for (const [id, count] of counts) {
      if (count < MIN_SHARED_MINHASH) continue;
      const other = this.stories[id]!;
      if (other === story) continue;
      const comparison = compareStories(story, other);
      if (comparison) matches.push({ ...comparison, story: other, index: id });
    }
    return matches.sort(
      (x, y) => bandRank(x.band) - bandRank(y.band) || y.containment - x.containment || x.index - y.index,
    );
  }
}

/** The stored stories that are copies of `story` (itself excluded), same text first, then by containment. */
export function findCopies<S extends StoryFingerprint>(
  story: StoryFingerprint,
  stored: readonly S[],
): StoryMatch<S>[] {
  const index = new StoryIndex<S>();
  for (const s of stored) index.add(s);
  return index.copiesOf(story);
}

function bandRank(band: CopyBand): number {
  return band === 'same-text' ? 0 : 1;
}

type Part = 'all' | 'top';
const sampleSets = new WeakMap<StoryFingerprint, Map<string, Set<number>>>();

/**
 * A story's sampled shingles at `level` (at least its own: a story sampled more sparsely is compared on the
 * samples both keep); `top`: only those of paragraphs that start in the first half of its words.
 */
export function sampleSet(story: StoryFingerprint, level: number, part: Part = 'all'): Set<number> {
  let cache = sampleSets.get(story);
  if (!cache) sampleSets.set(story, (cache = new Map()));
  const key = `${part}${level}`;
  let set = cache.get(key);
  if (set) return set;
  set = new Set();
  let start = 0;
  for (const paragraph of story.paragraphs) {
    if (part === 'top' && start >= story.words / 2) break;
    for (const s of paragraph.samples) if (isSample(s, level)) set.add(s);
    start += paragraph.words;
  }
  cache.set(key, set);
  return set;
}

function countCommon(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}
