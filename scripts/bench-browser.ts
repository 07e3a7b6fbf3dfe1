/**
 * `npm run bench:browser`: the in-page cleaning pass timed in Chromium on the shared corpora, served
 * from 127.0.0.1 with nothing else reachable, side by side with raw Readability on the same page load;
 * plus retention of the article on the rendered page. A measurement, not a test: it exits non-zero
 * only when pages could not be measured. Markdown on stdout and in .cache/bench-browser.md, per-page
 * data in .cache/bench-browser.json. See bench/README.md ("In-page benchmark in Chromium").
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { buildPageScript } from '../bench/browser/build';
import { listCorpusPages } from '../bench/browser/pages';
import type { PageReport } from '../bench/browser/protocol';
import { renderBrowserReport, type BrowserBenchRun } from '../bench/browser/report';
import { startBenchServer } from '../bench/browser/server';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGE_TIMEOUT_MS = 30_000;

const USAGE = `Usage: npm run bench:browser -- [options]
  --smoke         5 pages of each corpus, spread evenly (about 30 s)
  --limit N       at most N pages of each corpus, spread evenly (default: all)
  --corpus DIR    corpus root (default: ../shared/corpus next to the project)
  --help`;

interface Options {
  limit: number;
  smoke: boolean;
  corpus: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { limit: 0, smoke: false, corpus: join(ROOT, '..', 'shared', 'corpus') };
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
    warm: null,
  };
}

async function measure(ctx: BrowserContext, id: string, url: string): Promise<PageReport> {
  const page = await ctx.newPage();
  let pageError = '';
  page.on('pageerror', (e) => (pageError ||= e.message));
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
    const handle = await page.waitForFunction(() => window.__cwBenchReport, null, {
      timeout: PAGE_TIMEOUT_MS,
      polling: 100,
    });
    return (await handle.jsonValue()) as PageReport;
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
  }));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Anything that is not 127.0.0.1 (loopback always bypasses the proxy) goes to a closed port.
      '--proxy-server=http://127.0.0.1:9',
    ],
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
      reports.push(await measure(ctx, page.id, server.pageUrl(i)));
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
