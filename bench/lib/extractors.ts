import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { cleanContained } from '../../src/core/clean-contained';
import { blockText, collapse } from '../../src/core/text';
import type { CleanResult } from '../../src/core/types';

/** What the benchmark compares, whatever produced it. Absent fields are null. */
export interface Extraction {
  /** Plain text (blocks separated by blank lines); '' when nothing was extracted or it crashed. */
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  /** Only Cleanwire reports these two; null means "not reported", undefined "not an output of this extractor". */
  canonicalUrl?: string | null;
  wire?: string | null;
  /** The error message when the extractor threw. */
  error?: string;
  /** Cleanwire only: its full result, for the misses report. */
  cleanwire?: CleanResult;
  /** Cleanwire only: its status (`ok`, `no-article` …), or `error` when it threw. */
  status?: CleanResult['status'] | 'error';
}

export interface Timed {
  /** Milliseconds of the timed part (see each extractor's `timed`). */
  ms: number;
  result: Extraction;
}

export type ExtractorId = 'readability' | 'cleanwire' | 'defuddle';

export interface Extractor {
  id: ExtractorId;
  label: string;
  /** What the measured time covers, printed under the timing table. */
  timed: string;
  /** Runs on `doc` without changing it. */
  run(doc: Document, url: string): Timed;
}

const empty = (error?: string): Extraction => ({
  text: '',
  title: null,
  byline: null,
  siteName: null,
  published: null,
  ...(error === undefined ? {} : { error }),
});

const orNull = (s: string | null | undefined): string | null => (s ? collapse(s) || null : null);

/**
 * Raw @mozilla/readability with default options on a clone of the page (it mutates what it is given),
 * its content turned to text by Cleanwire's own blockText so that only the extraction differs.
 */
export const readability: Extractor = {
  id: 'readability',
  label: 'Readability (raw)',
  timed: 'document clone + Readability.parse() + blockText(content)',
  run(doc) {
    const t0 = performance.now();
    try {
      const clone = doc.cloneNode(true) as Document;
      const parsed = new Readability<Node>(clone, { serializer: (el) => el }).parse();
      const text = parsed?.content ? blockText(parsed.content) : '';
      const ms = performance.now() - t0;
      if (!parsed) return { ms, result: empty() };
      return {
        ms,
        result: {
          text,
          title: orNull(parsed.title),
          byline: orNull(parsed.byline),
          siteName: orNull(parsed.siteName),
          published: orNull(parsed.publishedTime),
        },
      };
    } catch (e) {
      return { ms: performance.now() - t0, result: empty(String(e)) };
    }
  },
};

/**
 * Cleanwire's whole pipeline as the command line runs it: cleanContained() is clean() (which clones,
 * applies the rules, runs Readability, builds text and attribution) with its fallbacks when the DOM throws.
 */
export const cleanwire: Extractor = {
  id: 'cleanwire',
  label: 'Cleanwire',
  timed: 'cleanContained() = clean() (its own clone + rules + Readability + rules + blockText + attribution)',
  run(doc, url) {
    const t0 = performance.now();
    try {
      const r = cleanContained(doc, { url });
      const ms = performance.now() - t0;
      const a = r.attribution;
      return {
        ms,
        result: {
          text: r.article?.text ?? '',
          title: orNull(r.article?.title),
          byline: orNull(a.byline?.value),
          siteName: orNull(a.siteName?.value),
          published: orNull(a.published?.value),
          canonicalUrl: orNull(a.canonicalUrl?.value),
          wire: a.wire?.agency ?? null,
          cleanwire: r,
          status: r.status,
        },
      };
    } catch (e) {
      return { ms: performance.now() - t0, result: { ...empty(String(e)), status: 'error' } };
    }
  },
};

/**
 * Defuddle (Obsidian Web Clipper's extractor), synchronous parse on a clone, no network extractors.
 * It returns HTML; turning that into text (same blockText) happens after the clock stops.
 */
export const defuddle: Extractor = {
  id: 'defuddle',
  label: 'Defuddle',
  timed: 'document clone + Defuddle.parse() (its HTML → text conversion is not timed)',
  run(doc, url) {
    const t0 = performance.now();
    try {
      const clone = doc.cloneNode(true) as Document;
      const parsed = new DefuddleClass(clone, { url, useAsync: false }).parse();
      const ms = performance.now() - t0;
      const holder = doc.createElement('template');
      holder.innerHTML = parsed.content ?? '';
      return {
        ms,
        result: {
          text: blockText(holder.content),
          title: orNull(parsed.title),
          byline: orNull(parsed.author),
          siteName: orNull(parsed.site),
          published: orNull(parsed.published),
        },
      };
    } catch (e) {
      return { ms: performance.now() - t0, result: empty(String(e)) };
    }
  },
};

export const EXTRACTORS: Record<ExtractorId, Extractor> = { readability, cleanwire, defuddle };
