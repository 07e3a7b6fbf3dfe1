import type { MarkupScan } from './markup-scan';

/**
 * What `cleanwire clean` reads, so that every input answers in seconds and well under a gigabyte
 * (README, "Limits"). Each figure leaves the largest page of the three corpora a wide margin (1.6 MB,
 * about 10,100 elements, nesting 69 deep, a text run of 870,000 characters) and stops the hostile cases
 * of issue 15 before jsdom parses them: jsdom's time grows faster than the page in each of these.
 */
export const DEFAULT_LIMITS = {
  /** Bytes read from one file or standard input (and at most this once decompressed). */
  maxBytes: 4 * 1024 * 1024,
  /** Elements, as the pre-scan counts opening tags. 50,000 take jsdom and the engine 30 s. */
  maxElements: 25_000,
  /** Characters in one run of text: jsdom takes 17 s to build and clean a single 8 MB text node. */
  maxTextRun: 2_000_000,
  /**
   * Nesting beyond this is flattened: the engine's time grows with the cube of the depth (150 nested
   * divs 2 s, 500 15 s, 3,000 more than 300 s) and 5,000 overflow the stack.
   */
  maxDepth: 128,
  /**
   * Iframes kept: jsdom builds a window for each (4,000 took 116 s and 3.3 GB). One corpus page has 393
   * (YouTube embeds; 21 s in the command line), the others at most 34.
   */
  maxFrames: 40,
  /** Characters in one `<style>` block beyond which it is emptied: 1 MB of CSS took jsdom 43 s. */
  maxStyle: 256 * 1024,
} as const;

export interface Limits {
  maxBytes: number;
  maxElements: number;
}

/** Why a page is refused before it is parsed, naming the limit and the figure; null when it is not. */
export function refusalOf(scan: MarkupScan, limits: Limits): string | null {
  if (limits.maxElements > 0 && scan.elements > limits.maxElements)
    return `This page has about ${scan.elements} elements, more than the ${limits.maxElements} Cleanwire reads (--max-elements).`;
  if (scan.longestText > DEFAULT_LIMITS.maxTextRun)
    return `This page has a run of ${scan.longestText} characters of text without a tag, more than the ${DEFAULT_LIMITS.maxTextRun} Cleanwire reads.`;
  return null;
}

/** An input refused for its size: reported with the status `too-large`. */
export class TooLargeError extends Error {}

/** The refusal for an input longer than `maxBytes` (read or decompressed). */
export function tooManyBytes(maxBytes: number): TooLargeError {
  return new TooLargeError(`This input is larger than the ${maxBytes} bytes Cleanwire reads (--max-bytes).`);
}
