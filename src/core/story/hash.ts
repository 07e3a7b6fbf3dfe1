/**
 * 32-bit hashing for story fingerprints: fast, stable across runs and platforms (a stored fingerprint
 * must compare with one made next year), no dependencies.
 */

/** MurmurHash3's finaliser: every input bit moves every output bit. A bijection on 32-bit integers. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units, finalised with mix32. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** A hash of a run of word hashes (order matters): a paragraph, or one shingle. */
export function hashRun(words: ArrayLike<number>, start: number, end: number): number {
  let h = 0x9747b28c;
  for (let i = start; i < end; i++) h = Math.imul(h ^ words[i]!, 0x01000193) + 0x6b43a9b5;
  return mix32(h ^ (end - start));
}
