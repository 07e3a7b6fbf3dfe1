import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extractor, ExtractorId } from './extractors';
import { pageMetadata, scoreMetadata, type MetadataScore, type PageMetadata } from './metadata';
import { decodeFile, runCases, type PageInput } from './runner';
import {
  addCounts,
  metrics,
  multisetOverlap,
  scoreCase,
  zeroCounts,
  type Counts,
  type Metrics,
} from './score';
import type { MemoryPeak } from './stats';
import { statusOf } from './status';

/** One page of WCXB's dev split: its gzip-compressed HTML and the fields of its ground truth we score. */
export interface WcxbCase {
  id: string;
  url: string;
  mainContent: string;
  with: string[];
  without: string[];
  title: string | null;
  author: string | null;
  publishDate: string | null;
}

export interface WcxbPage {
  id: string;
  url: string;
  parseMs: number;
  stylesDropped: boolean;
  ms: Partial<Record<ExtractorId, number>>;
  /** evaluate.py's per-page token scores. */
  tokens: Partial<Record<ExtractorId, Prf>>;
  /** The with/without snippets, scored like trafilatura-dev's segments. */
  snippets: Partial<Record<ExtractorId, Counts>>;
  empty: Partial<Record<ExtractorId, boolean>>;
  /** The ground truth's title, author and publish_date beside each extractor's. */
  metadata: PageMetadata;
  /** Cleanwire's status on this page (`error` when it threw). */
  status: string;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface WcxbResult {
  dir: string;
  pages: WcxbPage[];
  /** Macro means over pages, as evaluate.py reports them. */
  mean: Partial<Record<ExtractorId, Prf>>;
  snippets: Partial<Record<ExtractorId, { counts: Counts; metrics: Metrics }>>;
  metadata: Partial<Record<ExtractorId, MetadataScore>>;
  times: Partial<Record<ExtractorId, number[]>>;
  parseMs: number[];
}

interface GroundTruthFile {
  url: string;
  file_id: string;
  ground_truth: {
    main_content: string | null;
    with?: string[];
    without?: string[];
    title?: string | null;
    author?: string | null;
    publish_date?: string | null;
  };
}

export function loadWcxbCases(dir: string): WcxbCase[] | null {
  const truth = join(dir, 'ground-truth');
  if (!existsSync(truth)) return null;
  return readdirSync(truth)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const g = JSON.parse(readFileSync(join(truth, f), 'utf8')) as GroundTruthFile;
      return {
        id: g.file_id,
        url: g.url,
        mainContent: g.ground_truth.main_content ?? '',
        with: g.ground_truth.with ?? [],
        without: g.ground_truth.without ?? [],
        title: g.ground_truth.title ?? null,
        author: g.ground_truth.author ?? null,
        publishDate: g.ground_truth.publish_date ?? null,
      };
    });
}

/**
 * evaluate.py's tokens: lower-cased `\w+` runs (Python's `\w` on str: Unicode letters, numbers and `_`;
 * combining marks split words there too).
 */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/**
 * evaluate.py's page score: the multiset overlap of the extraction's tokens with the reference's;
 * precision over the extraction's tokens, recall over the reference's. Empty extraction: all 0.
 */
export function tokenPrf(reference: string, extracted: string): Prf {
  const got = wordTokens(extracted);
  const ref = wordTokens(reference);
  if (got.length === 0 || ref.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const overlap = multisetOverlap(got, ref);
  const precision = overlap / got.length;
  const recall = overlap / ref.length;
  const f1 = overlap === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Where a page's gzip-compressed HTML is (`decodeFile` undoes the gzip). */
export function wcxbHtmlPath(dir: string, id: string): string {
  return join(dir, 'html', `${id}.html.gz`);
}

function input(dir: string, c: WcxbCase): PageInput {
  return { id: c.id, url: c.url, html: decodeFile(readFileSync(wcxbHtmlPath(dir, c.id))) };
}

/** Runs and scores these pages; `order[i]` is page i's place in the whole run (rotates extractor order). */
export async function runWcxbCases(
  dir: string,
  cases: readonly WcxbCase[],
  order: readonly number[],
  extractors: readonly Extractor[],
  memory: MemoryPeak,
  onPage: () => void,
): Promise<WcxbPage[]> {
  return runCases(
    cases,
    (c) => input(dir, c),
    order,
    extractors,
    memory,
    onPage,
    (c, run) => {
      const page: WcxbPage = {
        id: c.id,
        url: c.url,
        parseMs: run.parseMs,
        stylesDropped: run.stylesDropped,
        ms: {},
        tokens: {},
        snippets: {},
        empty: {},
        metadata: pageMetadata(
          { title: c.title, byline: c.author, published: c.publishDate },
          Object.fromEntries(Object.entries(run.outputs).map(([id, o]) => [id, o.result])),
        ),
        status: statusOf(run.outputs),
      };
      for (const ex of extractors) {
        const out = run.outputs[ex.id]!;
        page.ms[ex.id] = out.ms;
        page.tokens[ex.id] = tokenPrf(c.mainContent, out.result.text);
        const { tp, fn, fp, tn } = scoreCase(out.result.text, c.with, c.without);
        page.snippets[ex.id] = { tp, fn, fp, tn };
        page.empty[ex.id] = out.result.text.trim() === '';
      }
      return page;
    },
  );
}

export function summarizeWcxb(dir: string, pages: WcxbPage[], ids: readonly ExtractorId[]): WcxbResult {
  const result: WcxbResult = {
    dir,
    pages,
    mean: {},
    snippets: {},
    metadata: scoreMetadata(
      pages.map((p) => p.metadata),
      ids,
    ),
    times: {},
    parseMs: pages.map((p) => p.parseMs),
  };
  const n = Math.max(1, pages.length);
  for (const id of ids) {
    const sum = { precision: 0, recall: 0, f1: 0 };
    const counts = zeroCounts();
    for (const p of pages) {
      const s = p.tokens[id]!;
      sum.precision += s.precision;
      sum.recall += s.recall;
      sum.f1 += s.f1;
      addCounts(counts, p.snippets[id]!);
    }
    result.mean[id] = { precision: sum.precision / n, recall: sum.recall / n, f1: sum.f1 / n };
    result.snippets[id] = { counts, metrics: metrics(counts) };
    result.times[id] = pages.map((p) => p.ms[id] ?? 0);
  }
  return result;
}
