/**
 * `npm run bench`: raw Readability and Cleanwire (Defuddle too with --defuddle) side by side on the
 * same parsed pages; one Markdown report on stdout, also written to .cache/bench/latest.md and .json.
 * See `npm run bench -- --help`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type BenchOptions } from './lib/args';
import { EXTRACTORS } from './lib/extractors';
import { runFixtures } from './lib/fixture-section';
import { renderMisses } from './lib/misses';
import { runSharded } from './lib/parallel';
import { listReadabilityPages, summarizeReadability } from './lib/readability-corpus';
import { memoryOf, renderReport, type BenchResult } from './lib/report';
import { progress, spread } from './lib/runner';
import { MemoryPeak } from './lib/stats';
import { loadTrafilaturaCases, summarizeTrafilatura } from './lib/trafilatura';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  let opts: BenchOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const corpus = resolve(opts.corpusDir ?? join(ROOT, '..', 'shared', 'corpus'));
  const ids = opts.extractors;
  const extractors = ids.map((id) => EXTRACTORS[id]);
  const memory = new MemoryPeak();
  const gcBetweenPages = typeof (globalThis as { gc?: unknown }).gc === 'function';
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const skipped: string[] = [];
  if (!gcBetweenPages)
    process.stderr.write('note: node without --expose-gc; `npm run bench` passes it for steadier timings\n');
  const order = (n: number) => Array.from({ length: n }, (_, i) => i);

  let trafilatura: BenchResult['trafilatura'] = null;
  if (opts.sections.includes('trafilatura')) {
    const dir = join(corpus, 'trafilatura-dev');
    const all = loadTrafilaturaCases(dir);
    if (!all) skipped.push(`trafilatura-dev: no ${join(dir, 'cases.json')}`);
    else {
      const items = spread(all, opts.limitTrafilatura);
      const tick = counter(progress('trafilatura-dev', items.length));
      const pages = await runSharded(
        { section: 'trafilatura', dir, items, order: order(items.length) },
        ids,
        opts.jobs,
        memory,
        tick,
      );
      trafilatura = summarizeTrafilatura(dir, pages, ids);
    }
  }
  let readability: BenchResult['readability'] = null;
  if (opts.sections.includes('readability')) {
    const dir = join(corpus, 'readability');
    const all = listReadabilityPages(dir);
    if (!all) skipped.push(`readability corpus: no ${dir}`);
    else {
      const items = spread(all, opts.limitReadability);
      const tick = counter(progress('readability', items.length));
      const pages = await runSharded(
        { section: 'readability', dir, items, order: order(items.length) },
        ids,
        opts.jobs,
        memory,
        tick,
      );
      readability = summarizeReadability(dir, pages, ids);
    }
  }
  let fixtures: BenchResult['fixtures'] = null;
  if (opts.sections.includes('fixtures')) {
    const dir = join(ROOT, 'test', 'fixtures', 'pages');
    fixtures = await runFixtures(dir, extractors, memory);
    if (!fixtures) skipped.push(`fixtures: no ${dir}`);
  }
  for (const s of skipped) process.stderr.write(`skipped ${s}\n`);
  memory.sample();

  const result: BenchResult = {
    startedAt,
    node: process.version,
    wallSeconds: (performance.now() - t0) / 1000,
    jobs: opts.jobs,
    partial: opts.smoke || opts.limitTrafilatura > 0 || opts.limitReadability > 0 || opts.sections.length < 3,
    gcBetweenPages,
    extractors: extractors.map((e) => ({ id: e.id, label: e.label, timed: e.timed })),
    skipped,
    trafilatura,
    readability,
    fixtures,
    memory: memoryOf(memory),
  };
  const report = renderReport(result, extractors, opts.verbose);
  process.stdout.write(report);

  const cache = join(ROOT, '.cache', 'bench');
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, 'latest.md'), report);
  const json = JSON.stringify(result);
  writeFileSync(join(cache, 'latest.json'), json);
  if (opts.json) writeOut(opts.json, json);
  if (opts.reportMisses) {
    writeOut(opts.reportMisses, renderMisses(trafilatura, readability));
    process.stderr.write(`misses written to ${opts.reportMisses}\n`);
  }
  return 0;
}

/** Turns a "pages done" reporter into a per-page callback. */
function counter(report: (done: number) => void): () => void {
  let done = 0;
  return () => report(++done);
}

function writeOut(path: string, text: string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, text);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`benchmark failed: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
