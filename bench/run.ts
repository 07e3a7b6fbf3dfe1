/**
 * `npm run bench`: raw Readability and Cleanwire (Defuddle too with --defuddle) side by side on the
 * same parsed pages; one Markdown report on stdout, also written to .cache/bench/latest.md and .json.
 * See `npm run bench -- --help`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, SECTIONS, type BenchOptions, type Section } from './lib/args';
import { EXTRACTORS } from './lib/extractors';
import { runFixtures } from './lib/fixture-section';
import { renderMisses } from './lib/misses';
import { runSharded, type Job } from './lib/parallel';
import { listReadabilityPages, summarizeReadability } from './lib/readability-corpus';
import { memoryOf, renderReport, type BenchResult } from './lib/report';
import { progress, spread } from './lib/runner';
import { MemoryPeak } from './lib/stats';
import { loadTrafilaturaCases, summarizeTrafilatura } from './lib/trafilatura';
import { loadWcxbCases, summarizeWcxb } from './lib/wcxb';

type JobOf<S extends Job['section']> = Extract<Job, { section: S }>;

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
  /** Runs one corpus's items (a spread subset when limited) over the worker threads. */
  const runCorpus = async <J extends Job>(label: string, job: Omit<J, 'order'>, limit: number) => {
    const items = spread(job.items as readonly unknown[], limit);
    const tick = counter(progress(label, items.length));
    const whole = { ...job, items, order: items.map((_, i) => i) } as unknown as J;
    return runSharded(whole, ids, opts.jobs, memory, tick);
  };
  const wanted = (s: Section) => opts.sections.includes(s);

  let trafilatura: BenchResult['trafilatura'] = null;
  const trafilaturaDir = join(corpus, 'trafilatura-dev');
  const trafilaturaCases = wanted('trafilatura') ? loadTrafilaturaCases(trafilaturaDir) : null;
  if (trafilaturaCases) {
    const job = { section: 'trafilatura' as const, dir: trafilaturaDir, items: trafilaturaCases };
    const pages = await runCorpus<JobOf<'trafilatura'>>('trafilatura-dev', job, opts.limitTrafilatura);
    trafilatura = summarizeTrafilatura(trafilaturaDir, pages, ids);
  } else if (wanted('trafilatura')) skipped.push(`trafilatura-dev: no ${join(trafilaturaDir, 'cases.json')}`);

  let readability: BenchResult['readability'] = null;
  const readabilityDir = join(corpus, 'readability');
  const readabilityNames = wanted('readability') ? listReadabilityPages(readabilityDir) : null;
  if (readabilityNames) {
    const job = { section: 'readability' as const, dir: readabilityDir, items: readabilityNames };
    const pages = await runCorpus<JobOf<'readability'>>('readability', job, opts.limitReadability);
    readability = summarizeReadability(readabilityDir, pages, ids);
  } else if (wanted('readability')) skipped.push(`readability corpus: no ${readabilityDir}`);

  let wcxb: BenchResult['wcxb'] = null;
  const wcxbDir = join(corpus, 'wcxb-dev');
  const wcxbCases = wanted('wcxb') ? loadWcxbCases(wcxbDir) : null;
  if (wcxbCases) {
    const job = { section: 'wcxb' as const, dir: wcxbDir, items: wcxbCases };
    const pages = await runCorpus<JobOf<'wcxb'>>('wcxb-dev', job, opts.limitWcxb);
    wcxb = summarizeWcxb(wcxbDir, pages, ids);
  } else if (wanted('wcxb')) skipped.push(`wcxb-dev: no ${join(wcxbDir, 'ground-truth')}`);

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
    partial:
      opts.smoke ||
      opts.limitTrafilatura > 0 ||
      opts.limitReadability > 0 ||
      opts.limitWcxb > 0 ||
      opts.sections.length < SECTIONS.length,
    gcBetweenPages,
    extractors: extractors.map((e) => ({ id: e.id, label: e.label, timed: e.timed })),
    skipped,
    trafilatura,
    readability,
    wcxb,
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
