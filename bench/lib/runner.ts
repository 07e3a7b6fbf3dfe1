import { decodeBytes } from '../../src/cli/decode';
import { gunzipIfCompressed } from '../../src/cli/gunzip';

/** No corpus page comes near this; the command line's own --max-bytes does not apply to the bench. */
const CORPUS_MAX_BYTES = 64 * 1024 * 1024;
import { parseHtml } from './dom';
import type { Extractor, ExtractorId, Timed } from './extractors';
import { MemoryPeak } from './stats';

/** One page to run: where it came from, its HTML and the URL it is parsed under. */
export interface PageInput {
  id: string;
  url: string;
  html: string;
}

export interface PageRun {
  id: string;
  parseMs: number;
  stylesDropped: boolean;
  outputs: Partial<Record<ExtractorId, Timed>>;
}

/**
 * Bytes → text as `cleanwire clean` reads them: gunzipped when compressed, then the command line's own
 * decoder (BOM, valid UTF-8, the declared charset, mostly-valid UTF-8, windows-1252).
 */
export function decodeFile(bytes: Uint8Array): string {
  return decodeBytes(gunzipIfCompressed(bytes, CORPUS_MAX_BYTES)).text;
}

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/**
 * Lets the event loop turn, then collects the heap when node runs with --expose-gc. Without the turn,
 * closed jsdom windows are never released (their teardown runs from the event loop) and a synchronous
 * loop over hundreds of pages grows the heap by several MiB per page.
 */
export async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  gc?.();
}

/**
 * Parses a page once and runs every extractor on that same Document, in an order that rotates with
 * `index` so no extractor always runs first (cold caches) or last (pending garbage). `inspect` sees
 * the Document after the extractors (untimed), e.g. to parse a reference into the same window.
 * The jsdom window is closed afterwards; call `settle()` between pages.
 */
export function runPage<T = void>(
  page: PageInput,
  extractors: readonly Extractor[],
  index: number,
  memory: MemoryPeak,
  inspect?: (doc: Document) => T,
): PageRun & { inspected: T | undefined } {
  const parsed = parseHtml(page.html, page.url);
  memory.sample();
  const outputs: PageRun['outputs'] = {};
  const n = extractors.length;
  for (let k = 0; k < n; k++) {
    const ex = extractors[(index + k) % n]!;
    // Each run starts from a collected heap: otherwise whoever runs second pays, inside its timed
    // region, for collecting the garbage the first one left.
    gc?.();
    outputs[ex.id] = ex.run(parsed.document, page.url);
    memory.sample();
  }
  let inspected: T | undefined;
  try {
    inspected = inspect?.(parsed.document);
  } finally {
    parsed.close();
  }
  return { id: page.id, parseMs: parsed.parseMs, stylesDropped: parsed.stylesDropped, outputs, inspected };
}

/** Runs the first few pages through every extractor and throws the results away (JIT warm-up). */
export async function warmUp(
  pages: readonly PageInput[],
  extractors: readonly Extractor[],
  memory: MemoryPeak,
  count = 3,
): Promise<void> {
  for (const [i, p] of pages.slice(0, count).entries()) {
    runPage(p, extractors, i, memory);
    await settle();
  }
}

/** `count` items spread evenly over the list (all of them when count is 0 or larger than the list). */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (count <= 0 || count >= items.length) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

/** Prints progress to stderr every `every` pages (stdout carries only the report). */
export function progress(label: string, total: number, every = 50): (done: number) => void {
  const t0 = performance.now();
  return (done) => {
    if (done === total || done % every === 0)
      process.stderr.write(
        `  ${label}: ${done}/${total} pages, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
      );
  };
}

/**
 * The loop every corpus runs: warm up on its first pages, then per case parse once, run every extractor
 * (order rotating with `order[i]`, the case's place in the whole run), `score` the run, report progress
 * and let the event loop collect the closed window.
 */
export async function runCases<C, P>(
  cases: readonly C[],
  input: (c: C) => PageInput,
  order: readonly number[],
  extractors: readonly Extractor[],
  memory: MemoryPeak,
  onPage: () => void,
  score: (c: C, run: PageRun) => P,
): Promise<P[]> {
  await warmUp(cases.slice(0, 5).map(input), extractors, memory);
  const pages: P[] = [];
  for (const [i, c] of cases.entries()) {
    pages.push(score(c, runPage(input(c), extractors, order[i] ?? i, memory)));
    onPage();
    await settle();
  }
  return pages;
}
