/**
 * A story's fingerprint: what Cleanwire keeps of an article to recognise other copies of it later, without
 * keeping the article. Built from clean()'s result; compared by match.ts; stored by record.ts.
 */
import { hashRun, hashString, mix32 } from './hash';
import { storyParagraphs, storyWords } from './words';

// In a module of its own, so that the content script sends a story without the hashing code.
export { storyInputOf } from './input';

/** Words in a shingle: long enough that two different stories rarely share one, short enough to survive edits. */
export const SHINGLE_WORDS = 5;
/** MinHash samples (permutations) per story. */
export const MINHASH_SIZE = 128;
/** A shingle is kept as a sample when the low `level` bits of its hash are zero: one in four at least… */
export const MIN_SAMPLE_LEVEL = 2;
/** …and one in eight, sixteen… when a long article would keep more samples than this (records stay small). */
export const MAX_SAMPLES = 128;
/**
 * Samples keep the low 24 bits of their shingle's hash (the level bits among them): two different shingles
 * pass for one once in millions of look-ups, and each sample takes three bytes in a record.
 */
export const SAMPLE_MASK = 0xffffff;

/** What a story says about itself: the attribution its copies are listed with. */
export interface StoryAbout {
  title: string | null;
  /** The site's name, else the page's host. */
  site: string | null;
  /** The canonical URL, else the page's URL. */
  url: string | null;
  /** ISO 8601, as the page gives it. */
  published: string | null;
  /** The wire agency's short name ("AFP"). */
  wire: string | null;
}

/** What a fingerprint is made from: the cleaned article and its attribution. */
export interface StoryInput extends StoryAbout {
  /** The article's plain text (clean()'s `article.text`). */
  text: string;
}

export interface StoryParagraph {
  /** Hash of the paragraph's words: equal for paragraphs that differ only in punctuation, case or spacing. */
  hash: number;
  words: number;
  /** The paragraph's sampled shingle hashes (see StoryFingerprint.level), in order of appearance. */
  samples: number[];
}

export interface StoryFingerprint extends StoryAbout {
  /** Words of the article as storyWords counts them (a CJK character is a word). */
  words: number;
  /** When the reader saw the story (ms since 1970); null when unknown, as for files on the command line. */
  seen: number | null;
  /**
   * The minimum of each of MINHASH_SIZE hash functions over the story's shingles, its high 16 bits kept
   * (b-bit MinHash: two different minima agree by chance once in 65,536, and each takes two bytes).
   */
  minhash: Uint16Array;
  /** Shingles whose hash has its low `level` bits zero are the samples (MIN_SAMPLE_LEVEL unless the story is long). */
  level: number;
  /** In the order of storyParagraphs(text). */
  paragraphs: StoryParagraph[];
}

/** Odd multipliers and offsets of the MinHash functions, fixed forever: stored fingerprints depend on them. */
const MULTIPLIERS = Uint32Array.from({ length: MINHASH_SIZE }, (_, k) => mix32(0x5bd1e995 + k * 2) | 1);
const OFFSETS = Uint32Array.from({ length: MINHASH_SIZE }, (_, k) => mix32(0x27d4eb2f ^ (k * 0x9e3779b1)));

export function fingerprintStory(input: StoryInput & { seen?: number | null }): StoryFingerprint {
  const shingled = storyParagraphs(input.text).map(shingleParagraph);
  const minhash = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const seenShingles = new Set<number>();
  for (const { shingles } of shingled) {
    for (const shingle of shingles) {
      if (seenShingles.has(shingle)) continue;
      seenShingles.add(shingle);
      for (let k = 0; k < MINHASH_SIZE; k++) {
        const value = mix32(Math.imul(shingle, MULTIPLIERS[k]!) + OFFSETS[k]!);
        if (value < minhash[k]!) minhash[k] = value;
      }
    }
  }
  let level = MIN_SAMPLE_LEVEL;
  while (countSamples(seenShingles, level) > MAX_SAMPLES) level++;
  return {
    title: input.title,
    site: input.site,
    url: input.url,
    published: input.published,
    wire: input.wire,
    words: shingled.reduce((sum, p) => sum + p.words, 0),
    seen: input.seen ?? null,
    minhash: Uint16Array.from(minhash, (v) => v >>> 16),
    level,
    paragraphs: shingled.map((p) => ({
      hash: p.hash,
      words: p.words,
      samples: p.shingles.filter((s) => isSample(s, level)).map((s) => s & SAMPLE_MASK),
    })),
  };
}

/** Whether a shingle hash is a sample at this level. */
export function isSample(shingle: number, level: number): boolean {
  return (shingle & ((1 << level) - 1)) === 0;
}

/**
 * A paragraph's shingles: every run of SHINGLE_WORDS words inside it (never across paragraphs, so that
 * reordered paragraphs keep their shingles), or the whole paragraph when it is shorter.
 */
function shingleParagraph(paragraph: string): { hash: number; words: number; shingles: number[] } {
  const words = storyWords(paragraph).map(hashString);
  const shingles: number[] = [];
  const runs = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < runs; i++) shingles.push(hashRun(words, i, Math.min(words.length, i + SHINGLE_WORDS)));
  return { hash: hashRun(words, 0, words.length), words: words.length, shingles };
}

function countSamples(shingles: Set<number>, level: number): number {
  let n = 0;
  for (const s of shingles) if (isSample(s, level)) n++;
  return n;
}
