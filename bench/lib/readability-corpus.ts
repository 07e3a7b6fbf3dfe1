import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockText } from '../../src/core/text';
import type { Removal } from '../../src/core/types';
import type { Extractor, ExtractorId } from './extractors';
import { scoreMetadata, type MetadataScore } from './metadata';
import { decodeFile, runPage, settle, warmUp, type PageInput } from './runner';
import { normalizeSpace, sameDate, sameText, tokenRecall } from './score';
import type { MemoryPeak } from './stats';
import { statusOf } from './status';

/** Upstream's harness parses every test page under this URL. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

export const METADATA_FIELDS = ['title', 'byline', 'siteName', 'publishedTime'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

interface ExpectedMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

export interface ReadabilityPage {
  name: string;
  parseMs: number;
  /** jsdom could not parse the page's stylesheets; it was parsed with its <style> blocks emptied. */
  stylesDropped: boolean;
  ms: Partial<Record<ExtractorId, number>>;
  /** Share of expected.html's tokens found in each extractor's text. */
  recall: Partial<Record<ExtractorId, number>>;
  /** Per field: expected value, then each extractor's value. */
  metadata: Record<
    MetadataField,
    { expected: string | null; actual: Partial<Record<ExtractorId, string | null>> }
  >;
  /** expected.html blocks (paragraphs) not found whole in Cleanwire's text; only kept for low-recall pages. */
  missingBlocks: string[];
  removals: Removal[];
  /** Cleanwire's status on this page (`error` when it threw). */
  status: string;
}

export interface FieldAgreement {
  /** Pages with a non-null expected value. */
  n: number;
  /** …of which the extractor gave the same value. */
  agree: number;
  /** Pages with a null expected value where the extractor gave one anyway (not an error: Cleanwire reads more sources). */
  extra: number;
}

export interface ReadabilityResult {
  dir: string;
  pages: ReadabilityPage[];
  meanRecall: Partial<Record<ExtractorId, number>>;
  agreement: Partial<Record<ExtractorId, Record<MetadataField, FieldAgreement>>>;
  /** Title, byline and published date compared as on the other corpora (metadata.ts). */
  metadata: Partial<Record<ExtractorId, MetadataScore>>;
  times: Partial<Record<ExtractorId, number[]>>;
  parseMs: number[];
}

/** Pages below this token recall are listed with what they lost. */
export const LOW_RECALL = 0.95;

export function listReadabilityPages(dir: string): string[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

export function agrees(
  field: MetadataField,
  expected: string | null,
  actual: string | null | undefined,
): boolean {
  return field === 'publishedTime' ? sameDate(expected, actual) : sameText(expected, actual);
}

function input(dir: string, name: string): PageInput {
  // Upstream trims the source; valid UTF-8 is read as UTF-8 whatever the page declares.
  return {
    id: name,
    url: READABILITY_TEST_URL,
    html: decodeFile(readFileSync(join(dir, name, 'source.html'))).trim(),
  };
}

/** Runs these test pages; `order[i]` is page i's place in the whole run (rotates extractor order). */
export async function runReadabilityPages(
  dir: string,
  names: readonly string[],
  order: readonly number[],
  extractors: readonly Extractor[],
  memory: MemoryPeak,
  onPage: () => void,
): Promise<ReadabilityPage[]> {
  await warmUp(
    names.slice(0, 5).map((n) => input(dir, n)),
    extractors,
    memory,
  );
  const pages: ReadabilityPage[] = [];
  for (const [i, name] of names.entries()) {
    const expectedHtml = readFileSync(join(dir, name, 'expected.html'), 'utf8');
    const meta = JSON.parse(
      readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8'),
    ) as ExpectedMetadata;
    const run = runPage(input(dir, name), extractors, order[i] ?? i, memory, (doc) => {
      const holder = doc.createElement('template');
      holder.innerHTML = expectedHtml;
      return blockText(holder.content);
    });
    const expectedText = run.inspected ?? '';
    const page: ReadabilityPage = {
      name,
      parseMs: run.parseMs,
      stylesDropped: run.stylesDropped,
      ms: {},
      recall: {},
      metadata: Object.fromEntries(
        METADATA_FIELDS.map((f) => [f, { expected: meta[f] ?? null, actual: {} }]),
      ) as ReadabilityPage['metadata'],
      missingBlocks: [],
      removals: [],
      status: statusOf(run.outputs),
    };
    for (const ex of extractors) {
      const out = run.outputs[ex.id]!;
      const r = out.result;
      page.ms[ex.id] = out.ms;
      page.recall[ex.id] = tokenRecall(expectedText, r.text);
      const values: Record<MetadataField, string | null> = {
        title: r.title,
        byline: r.byline,
        siteName: r.siteName,
        publishedTime: r.published,
      };
      for (const f of METADATA_FIELDS) page.metadata[f].actual[ex.id] = values[f];
      if (ex.id === 'cleanwire' && (page.recall.cleanwire ?? 1) < LOW_RECALL) {
        const have = normalizeSpace(r.text);
        page.missingBlocks = expectedText
          .split(/\n\n/)
          .map(normalizeSpace)
          .filter((b) => b.length > 0 && !have.includes(b));
        page.removals = r.cleanwire?.removals ?? [];
      }
    }
    pages.push(page);
    onPage();
    await settle();
  }
  return pages;
}

export function summarizeReadability(
  dir: string,
  pages: ReadabilityPage[],
  ids: readonly ExtractorId[],
): ReadabilityResult {
  const result: ReadabilityResult = {
    dir,
    pages,
    meanRecall: {},
    agreement: {},
    metadata: scoreMetadata(
      pages.map((p) => ({
        title: p.metadata.title,
        byline: p.metadata.byline,
        published: p.metadata.publishedTime,
      })),
      ids,
    ),
    times: {},
    parseMs: pages.map((p) => p.parseMs),
  };
  for (const id of ids) {
    result.times[id] = pages.map((p) => p.ms[id] ?? 0);
    const recalls = pages.map((p) => p.recall[id] ?? 0);
    result.meanRecall[id] = recalls.reduce((a, b) => a + b, 0) / Math.max(1, recalls.length);
    const agreement = {} as Record<MetadataField, FieldAgreement>;
    for (const f of METADATA_FIELDS) {
      const a: FieldAgreement = { n: 0, agree: 0, extra: 0 };
      for (const p of pages) {
        const { expected, actual } = p.metadata[f];
        const value = actual[id];
        if (expected === null || expected === '') {
          if (value) a.extra++;
          continue;
        }
        a.n++;
        if (agrees(f, expected, value)) a.agree++;
      }
      agreement[f] = a;
    }
    result.agreement[id] = agreement;
  }
  return result;
}
