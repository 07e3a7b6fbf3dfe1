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
  /** MINHASH_SIZE 16-bit integers, little-endian, in base64. */
  minhash: string;
  /**
   * Per paragraph: its hash (4 bytes, little-endian), its words and its number of samples (each a LEB128
   * varint: one byte under 128), then its samples (3 bytes each, little-endian); in base64.
   */
  paragraphs: string;
}

export function toStoryRecord(story: StoryFingerprint): StoryRecord {
  const minhash = new Bytes();
  for (const v of story.minhash) minhash.fixed(v, 2);
  const paragraphs = new Bytes();
  for (const p of story.paragraphs) {
    paragraphs.fixed(p.hash, 4);
    paragraphs.varint(p.words);
    paragraphs.varint(p.samples.length);
    for (const s of p.samples) paragraphs.fixed(s, 3);
  }
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
    minhash: minhash.base64(),
    paragraphs: paragraphs.base64(),
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
  if (!isCount(r.level) || r.level < MIN_SAMPLE_LEVEL || r.level > 24) return null;
  if (typeof r.minhash !== 'string' || typeof r.paragraphs !== 'string') return null;
  const minhashBytes = Reader.of(r.minhash);
  const paragraphBytes = Reader.of(r.paragraphs);
  if (!minhashBytes || !paragraphBytes || minhashBytes.length !== MINHASH_SIZE * 2) return null;
  const minhash = Uint16Array.from({ length: MINHASH_SIZE }, () => minhashBytes.fixed(2)!);
  const paragraphs: StoryParagraph[] = [];
  while (!paragraphBytes.done) {
    const hash = paragraphBytes.fixed(4);
    const words = paragraphBytes.varint();
    const count = paragraphBytes.varint();
    if (hash === null || words === null || count === null) return null;
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      const sample = paragraphBytes.fixed(3);
      if (sample === null) return null;
      samples.push(sample);
    }
    paragraphs.push({ hash, words, samples });
  }
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

/**
 * Only the MinHash of a record (what finding candidates needs), without decoding its paragraphs; null
 * when it is not a record of this version.
 */
export function minhashOfRecord(value: unknown): Uint16Array | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r.v !== STORY_RECORD_VERSION || typeof r.minhash !== 'string') return null;
  let binary: string;
  try {
    binary = atob(r.minhash);
  } catch {
    return null;
  }
  if (binary.length !== MINHASH_SIZE * 2) return null;
  // A plain loop: the popup runs this on every stored record.
  const minhash = new Uint16Array(MINHASH_SIZE);
  for (let k = 0; k < MINHASH_SIZE; k++)
    minhash[k] = binary.charCodeAt(2 * k) | (binary.charCodeAt(2 * k + 1) << 8);
  return minhash;
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

/** Bytes being written: little-endian integers of a fixed size, or LEB128 varints. */
class Bytes {
  private readonly bytes: number[] = [];

  fixed(value: number, size: number): void {
    for (let i = 0; i < size; i++) this.bytes.push((value >>> (8 * i)) & 0xff);
  }

  varint(value: number): void {
    let v = value;
    while (v >= 0x80) {
      this.bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
  }

  base64(): string {
    let binary = '';
    // In slices: String.fromCharCode takes its bytes as arguments, and arguments are limited in number.
    for (let i = 0; i < this.bytes.length; i += 0x8000)
      binary += String.fromCharCode(...this.bytes.slice(i, i + 0x8000));
    return btoa(binary);
  }
}

/** Bytes being read; each read gives null past the end (a damaged record). */
class Reader {
  private at = 0;

  private constructor(private readonly binary: string) {}

  static of(base64: string): Reader | null {
    try {
      return new Reader(atob(base64));
    } catch {
      return null;
    }
  }

  get length(): number {
    return this.binary.length;
  }

  get done(): boolean {
    return this.at >= this.binary.length;
  }

  fixed(size: number): number | null {
    if (this.at + size > this.binary.length) return null;
    let value = 0;
    for (let i = 0; i < size; i++) value += this.binary.charCodeAt(this.at++) * 2 ** (8 * i);
    return value;
  }

  varint(): number | null {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.done) return null;
      const byte = this.binary.charCodeAt(this.at++);
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    return null;
  }
}
