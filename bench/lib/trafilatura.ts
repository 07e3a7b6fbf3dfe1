import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Removal } from '../../src/core/types';
import type { Extractor, ExtractorId } from './extractors';
import { pageMetadata, scoreMetadata, type MetadataScore, type PageMetadata } from './metadata';
import { decodeFile, runCases, type PageInput } from './runner';
import {
  addCounts,
  metrics,
  scoreCase,
  zeroCounts,
  type CaseScore,
  type Counts,
  type Metrics,
} from './score';
import type { MemoryPeak } from './stats';
import { statusOf } from './status';

/** One entry of the corpus's cases.json (only the fields the benchmark reads). */
export interface TrafilaturaCase {
  url: string;
  file: string;
  with: string[];
  without: string[];
  title?: string | null;
  /** A list where the page names several authors. */
  author?: string | string[] | null;
  date?: string | null;
}

export interface TrafilaturaPage {
  file: string;
  url: string;
  parseMs: number;
  /** jsdom could not parse the page's stylesheets; it was parsed with its <style> blocks emptied. */
  stylesDropped: boolean;
  ms: Partial<Record<ExtractorId, number>>;
  scores: Partial<Record<ExtractorId, CaseScore & { empty: boolean; error?: string }>>;
  /** Cleanwire's removals on this page, for the misses report. */
  removals: Removal[];
  /** The case's title, author and date beside each extractor's. */
  metadata: PageMetadata;
  /** Cleanwire's status on this page (`error` when it threw). */
  status: string;
}

export interface ExtractorTotals {
  counts: Counts;
  metrics: Metrics;
  /** Pages where the extractor returned no text. */
  empty: number;
  /** Pages where it threw. */
  errors: number;
}

export interface TrafilaturaResult {
  dir: string;
  pages: TrafilaturaPage[];
  totals: Partial<Record<ExtractorId, ExtractorTotals>>;
  segments: { with: number; without: number };
  metadata: Partial<Record<ExtractorId, MetadataScore>>;
  times: Partial<Record<ExtractorId, number[]>>;
  parseMs: number[];
}

export function loadTrafilaturaCases(dir: string): TrafilaturaCase[] | null {
  const path = join(dir, 'cases.json');
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as TrafilaturaCase[];
}

function input(dir: string, c: TrafilaturaCase): PageInput {
  return { id: c.file, url: c.url, html: decodeFile(readFileSync(join(dir, c.file))) };
}

/** Runs and scores these cases; `order[i]` is case i's place in the whole run (rotates extractor order). */
export async function runTrafilaturaCases(
  dir: string,
  cases: readonly TrafilaturaCase[],
  order: readonly number[],
  extractors: readonly Extractor[],
  memory: MemoryPeak,
  onPage: () => void,
): Promise<TrafilaturaPage[]> {
  return runCases(
    cases,
    (c) => input(dir, c),
    order,
    extractors,
    memory,
    onPage,
    (c, run) => {
      const page: TrafilaturaPage = {
        file: c.file,
        url: c.url,
        parseMs: run.parseMs,
        stylesDropped: run.stylesDropped,
        ms: {},
        scores: {},
        removals: [],
        metadata: pageMetadata(
          {
            title: c.title,
            byline: Array.isArray(c.author) ? c.author.join(', ') : c.author,
            published: c.date,
          },
          Object.fromEntries(Object.entries(run.outputs).map(([id, o]) => [id, o.result])),
        ),
        status: statusOf(run.outputs),
      };
      for (const ex of extractors) {
        const out = run.outputs[ex.id]!;
        const empty = out.result.text.trim() === '';
        page.ms[ex.id] = out.ms;
        page.scores[ex.id] = {
          ...scoreCase(out.result.text, c.with, c.without),
          empty,
          ...(out.result.error ? { error: out.result.error } : {}),
        };
        if (ex.id === 'cleanwire') page.removals = out.result.cleanwire?.removals ?? [];
      }
      return page;
    },
  );
}

/** Micro-averaged totals over the pages, as the corpus README defines them. */
export function summarizeTrafilatura(
  dir: string,
  pages: TrafilaturaPage[],
  ids: readonly ExtractorId[],
): TrafilaturaResult {
  const result: TrafilaturaResult = {
    dir,
    pages,
    totals: {},
    segments: { with: 0, without: 0 },
    metadata: scoreMetadata(
      pages.map((p) => p.metadata),
      ids,
    ),
    times: {},
    parseMs: pages.map((p) => p.parseMs),
  };
  for (const p of pages) {
    const any = Object.values(p.scores)[0];
    if (!any) continue;
    result.segments.with += any.tp + any.fn;
    result.segments.without += any.fp + any.tn;
  }
  for (const id of ids) {
    const counts = zeroCounts();
    let empty = 0;
    let errors = 0;
    for (const p of pages) {
      const s = p.scores[id]!;
      addCounts(counts, s);
      if (s.empty) empty++;
      if (s.error) errors++;
    }
    result.totals[id] = { counts, metrics: metrics(counts), empty, errors };
    result.times[id] = pages.map((p) => p.ms[id] ?? 0);
  }
  return result;
}
