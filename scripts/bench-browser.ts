/**
 * `npm run bench:browser`: the in-page cleaning pass timed in Chromium on the shared corpora, served
 * from 127.0.0.1 with nothing else reachable, side by side with raw Readability on the same page load;
 * plus retention on the rendered page of the article and of the corpus's ground truth, and per mode
 * (Focus and Tidy) retention, the visible non-story text and Focus's fallbacks. A measurement, not a test: it exits non-zero
 * only when pages could not be measured. Markdown on stdout and in .cache/bench-browser.md, per-page
 * data in .cache/bench-browser.json. See bench/browser/README.md.
 * The late-widget phase of each page runs under a Chrome trace, for its batches' main-thread CPU.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildPageScript } from '../bench/browser/build';
import { listCorpusPages } from '../bench/browser/pages';
import type { ModeReport, PageReport } from '../bench/browser/protocol';
import { renderBrowserReport, type BrowserBenchRun } from '../bench/browser/report';
import { BENCH_CHROMIUM_ARGS, startBenchServer } from '../bench/browser/server';
import { lateCpuFromTrace, TRACE_CATEGORIES, type TraceEvent } from '../bench/browser/trace';
import { truthRetention, type GroundTruth } from '../bench/browser/truth-retention';
import type { InPageMode } from '../src/core/inpage';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGE_TIMEOUT_MS = 30_000;

const USAGE = `Usage: npm run bench:browser -- [options]
  --smoke         5 pages of each corpus, spread evenly (about 30 s)
  --limit N       at most N pages of each corpus, spread evenly (default: all)
  --corpus DIR    corpus root (default: ../shared/corpus next to the project)
  --mode MODE     the mode the timed pass cleans in: focus (default, as the settings' default) or tidy;
                  both modes are measured either way
  --help`;

interface Options {
  limit: number;
  smoke: boolean;
  corpus: string;
  mode: InPageMode;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { limit: 0, smoke: false, corpus: join(ROOT, '..', 'shared', 'corpus'), mode: 'focus' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--smoke') {
      o.smoke = true;
      o.limit = 5;
    } else if (a === '--limit') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) throw new Error(`--limit needs a whole number ≥ 0\n${USAGE}`);
      o.limit = n;
    } else if (a === '--corpus') {
      const dir = argv[++i];
      if (!dir) throw new Error(`--corpus needs a directory\n${USAGE}`);
      o.corpus = resolve(dir);
    } else if (a === '--mode') {
      const mode = argv[++i];
      if (mode !== 'focus' && mode !== 'tidy') throw new Error(`--mode needs focus or tidy\n${USAGE}`);
      o.mode = mode;
    } else throw new Error(a === '--help' || a === '-h' ? USAGE : `unknown option "${a}"\n${USAGE}`);
  }
  return o;
}

function failed(id: string, error: string): PageReport {
  return {
    id,
    error,
    status: 'error',
    isolated: false,
    elements: 0,
    selectors: 0,
    times: null,
    hiddenAtDomReady: 0,
    sparedForArticle: 0,
    late: null,
    retention: null,
    earlyRetention: null,
    rendered: null,
    truth: null,
    warm: null,
    modes: null,
    undisplayed: false,
  };
}

/**
 * The page's retention of the corpus's ground truth, from the texts it rendered (the timed run's, and
 * each mode's); the texts themselves are dropped (they would make the JSON tens of MB).
 */
function withTruth(report: PageReport, truth: GroundTruth | undefined): PageReport {
  const of = (rendered: PageReport['rendered']) =>
    truth && rendered ? truthRetention(truth, rendered.before, rendered.after, rendered.hidden) : null;
  const mode = (m: ModeReport): ModeReport => ({ ...m, rendered: null, truth: of(m.rendered) });
  return {
    ...report,
    rendered: null,
    truth: of(report.rendered),
    modes: report.modes && { focus: mode(report.modes.focus), tidy: mode(report.modes.tidy) },
  };
}

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

async function waitForReport(page: Page): Promise<PageReport> {
  const handle = await page.waitForFunction(() => window.__cwBenchReport, null, {
    timeout: PAGE_TIMEOUT_MS,
    polling: 100,
  });
  return (await handle.jsonValue()) as PageReport;
}

/** The DevTools id of the page's main frame (the trace's `args.data.frame`); undefined if CDP fails. */
async function mainFrameId(ctx: BrowserContext, page: Page): Promise<string | undefined> {
  try {
    const cdp = await ctx.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    await cdp.detach().catch(() => {});
    return frameTree.frame.id;
  } catch {
    return undefined;
  }
}

/**
 * The late phase under a trace: start tracing, let the page append its widgets, stop tracing once the
 * page says the late phase is over (the retention and warm passes run untraced), and fill in the
 * batches', control frames' and idle-time checks' main-thread CPU from the trace
 * (bench/browser/trace.ts). If tracing fails the page still completes: wall figures only, CPU null
 * and `traceError` says why.
 */
async function traceLatePhase(browser: Browser, ctx: BrowserContext, page: Page): Promise<PageReport> {
  const mainFrame = await mainFrameId(ctx, page);
  let traceError: string | null = null;
  let tracing = false;
  try {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    tracing = true;
  } catch (e) {
    traceError = `tracing did not start: ${firstLine(e)}`;
  }
  let events: TraceEvent[] | null = null;
  try {
    await page.evaluate(() => window.__cwBenchStartLate?.());
    // Tracing stops with the late phase: the retention and warm passes after it run untraced.
    await page.waitForFunction(() => window.__cwBenchLateDone || window.__cwBenchReport, null, {
      timeout: PAGE_TIMEOUT_MS,
      polling: 50,
    });
  } finally {
    if (tracing) {
      try {
        const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents?: TraceEvent[] };
        events = trace.traceEvents ?? null;
        if (!events) traceError = 'the trace has no traceEvents';
      } catch (e) {
        traceError = `tracing did not stop: ${firstLine(e)}`;
      }
    }
  }
  const report = await waitForReport(page);
  const late = report.late;
  if (late) {
    late.traceError = traceError;
    if (late.startedBy !== 'runner') late.traceError ??= 'the page started the late phase before the runner';
    if (events) {
      const cpu = lateCpuFromTrace(
        events,
        { batch: late.batchFrames, control: late.controlFrames, idle: late.idleIds },
        mainFrame,
      );
      late.batchCpuMs = cpu.batchCpuMs;
      late.controlCpuMs = cpu.controlCpuMs;
      late.idleCpuMs = cpu.idleCpuMs;
      const found = [...cpu.batchCpuMs, ...cpu.controlCpuMs].filter((x) => x !== null).length;
      const frames = cpu.batchCpuMs.length + cpu.controlCpuMs.length;
      if (found < frames)
        late.traceError ??= `${frames - found} of ${frames} frames without a CPU figure from the trace`;
    }
  }
  return report;
}

async function measure(browser: Browser, ctx: BrowserContext, id: string, url: string): Promise<PageReport> {
  const page = await ctx.newPage();
  let pageError = '';
  page.on('pageerror', (e) => (pageError ||= e.message));
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
    // The page either finishes without a late phase (no article, or an error) or waits for us there.
    const next = await page.waitForFunction(
      () => (window.__cwBenchReport ? 'report' : window.__cwBenchLateReady ? 'late' : false),
      null,
      { timeout: PAGE_TIMEOUT_MS, polling: 100 },
    );
    if ((await next.jsonValue()) === 'late') return await traceLatePhase(browser, ctx, page);
    const report = await waitForReport(page);
    if (report.late) report.late.traceError ??= 'the late phase ran before the runner could trace it';
    return report;
  } catch (e) {
    return failed(
      id,
      `${(e as Error).message.split('\n')[0]}${pageError ? ` (page error: ${pageError})` : ''}`,
    );
  } finally {
    await page.close().catch(() => {});
  }
}

async function main(): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const listing = listCorpusPages(opts.corpus, opts.limit);
  for (const s of listing.skipped) process.stderr.write(`skipped ${s}\n`);
  if (listing.pages.length === 0) {
    process.stderr.write(`no corpus pages under ${opts.corpus}: nothing to measure\n`);
    return 0;
  }
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(
      `${CHROMIUM} is missing (apt-get install -y --no-install-recommends chromium fonts-liberation, or set CHROMIUM_PATH)\n`,
    );
    return 1;
  }
  const cache = join(ROOT, '.cache');
  const script = await buildPageScript(join(cache, 'bench-browser'));
  const pages = listing.pages;
  const server = await startBenchServer(pages, script, (i) => ({
    id: pages[i]!.id,
    url: pages[i]!.url,
    readabilityFirst: i % 2 === 0,
    mode: opts.mode,
  }));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: BENCH_CHROMIUM_ARGS,
  });
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const reports: PageReport[] = [];
  try {
    const ctx = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
      serviceWorkers: 'block',
    });
    for (const [i, page] of pages.entries()) {
      reports.push(withTruth(await measure(browser, ctx, page.id, server.pageUrl(i)), page.truth));
      if ((i + 1) % 25 === 0 || i + 1 === pages.length)
        process.stderr.write(
          `  ${i + 1}/${pages.length} pages, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`,
        );
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  const run: BrowserBenchRun = {
    startedAt,
    browser: `Chromium ${browser.version()} (headless)`,
    mode: opts.mode,
    wallSeconds: (performance.now() - t0) / 1000,
    partial: opts.limit > 0,
    skipped: listing.skipped,
    pages: reports,
  };
  const report = renderBrowserReport(run);
  process.stdout.write(report);
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, 'bench-browser.md'), report);
  writeFileSync(join(cache, 'bench-browser.json'), JSON.stringify(run));
  return reports.some((r) => r.error) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`browser benchmark failed: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
