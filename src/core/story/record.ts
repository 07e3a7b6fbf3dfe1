/**
 * A fingerprint as plain JSON, small enough to keep thousands in the extension's storage.local: the
 * MinHash samples and the paragraphs (hash, word count, sampled shingles) packed as little-endian 32-bit
 * integers in base64.
 */
import {
  MINHASH_SIZE,
  MIN_SAMPLE_LEVEL,
  type StoryAbout,
  type StoryFingerprint,
  type StoryParagraph,
} from './fingerprint';

/** Bumped whenever the hashing or the packing changes: records of another version are not comparable. */
export const STORY_RECORD_VERSION = 1;

export interface StoryRecord extends StoryAbout {
  v: number;
  words: number;
  seen: number | null;
  level: number;
  /** MINHASH_SIZE integers. */
  minhash: string;
  /** Per paragraph: hash, words, number of samples, the samples. */
  paragraphs: string;
}

export function toStoryRecord(story: StoryFingerprint): StoryRecord {
  const packed: number[] = [];
  for (const p of story.paragraphs) packed.push(p.hash, p.words, p.samples.length, ...p.samples);
  return {
    v: STORY_RECORD_VERSION,
    title: story.title,
    site: story.site,
    url: story.url,
    published: story.published,
    wire: story.wire,
    words: story.words,
    seen: story.seen,
    level: story.level,
    minhash: encodeIntegers(story.minhash),
    paragraphs: encodeIntegers(packed),
  };
}

/** The fingerprint a record holds; null when it is not a record of this version (damaged, or older). */
export function fromStoryRecord(value: unknown): StoryFingerprint | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r.v !== STORY_RECORD_VERSION) return null;
  const texts = ['title', 'site', 'url', 'published', 'wire'] as const;
  if (!texts.every((k) => r[k] === null || typeof r[k] === 'string')) return null;
  if (!isCount(r.words) || !(r.seen === null || typeof r.seen === 'number')) return null;
  if (!isCount(r.level) || r.level < MIN_SAMPLE_LEVEL || r.level > 31) return null;
  if (typeof r.minhash !== 'string' || typeof r.paragraphs !== 'string') return null;
  const minhash = decodeIntegers(r.minhash);
  const packed = decodeIntegers(r.paragraphs);
  if (minhash?.length !== MINHASH_SIZE || !packed) return null;
  const paragraphs = unpackParagraphs(packed);
  if (!paragraphs) return null;
  return {
    title: r.title as string | null,
    site: r.site as string | null,
    url: r.url as string | null,
    published: r.published as string | null,
    wire: r.wire as string | null,
    words: r.words,
    seen: r.seen,
    level: r.level,
    minhash,
    paragraphs,
  };
}

function unpackParagraphs(packed: Uint32Array): StoryParagraph[] | null {
  const paragraphs: StoryParagraph[] = [];
  let i = 0;
  while (i < packed.length) {
    if (i + 3 > packed.length) return null;
    const hash = packed[i]!;
    const words = packed[i + 1]!;
    const count = packed[i + 2]!;
    i += 3;
    if (i + count > packed.length) return null;
    paragraphs.push({ hash, words, samples: Array.from(packed.subarray(i, i + count)) });
    i += count;
  }
  return paragraphs;
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function encodeIntegers(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setUint32(i * 4, values[i]!, true);
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments, and arguments are limited in number.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function decodeIntegers(base64: string): Uint32Array | null {
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    return null;
  }
  if (binary.length % 4 !== 0) return null;
  const view = new DataView(Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer);
  return Uint32Array.from({ length: binary.length / 4 }, (_, i) => view.getUint32(i * 4, true));
}
