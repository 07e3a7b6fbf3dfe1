/**
 * `npm run profile:inpage`: where the in-page pass spends its time, per function, on cold page loads.
 * The benchmark's page script (bench/browser, built unminified so that names survive) runs on corpus
 * pages in Chromium under V8's sampling profiler (50 µs), one fresh tab per page; each sample is filed
 * under the pass on its stack — (a) `documentStart`, (b) `cleanInPlace` + `watchLateWidgets` — and the
 * report gives per pass the functions' inclusive and self time in ms per page. Samples are wall-clock
 * on the page's main thread: on a loaded machine the figures inflate, their shares much less.
 */
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildPageScript } from '../bench/browser/build';
import { listCorpusPages } from '../bench/browser/pages';
import { BENCH_CHROMIUM_ARGS, startBenchServer } from '../bench/browser/server';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const USAGE =
  'Usage: npm run profile:inpage -- [--limit N (pages of each corpus, default 5)] [--top N (rows, default 25)]';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The passes a sample is filed under, by a function on its stack (the benchmark page's names). */
const PASSES: [string, readonly string[]][] = [
  ['(a) document_start', ['documentStart']],
  ['(b) DOM ready', ['cleanInPlace', 'watchLateWidgets']],
];

function parseArgs(argv: string[]): { limit: number; top: number } {
  const o = { limit: 5, top: 25 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const n = Number(argv[i + 1]);
    if ((a === '--limit' || a === '--top') && Number.isInteger(n) && n > 0) {
      o[a === '--limit' ? 'limit' : 'top'] = n;
      i++;
    } else throw new Error(USAGE);
  }
  return o;
}

/** Adds each sample's time to the pass it belongs to: inclusive per function on its stack, self to its top. */
function fileSamples(profile: CpuProfile, inclusive: Map<string, number>, self: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map<number, string[]>();
  const stackOf = (id: number): string[] => {
    let stack = stacks.get(id);
    if (!stack) {
      stack = [];
      for (let x: number | undefined = id; x !== undefined; x = parent.get(x))
        stack.push(byId.get(x)!.callFrame.functionName || '(anonymous)');
      stacks.set(id, stack);
    }
    return stack;
  };
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const stack = stackOf(id);
    const pass = PASSES.find(([, roots]) => roots.some((r) => stack.includes(r)))?.[0];
    if (!pass) return;
    const add = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + ms);
    add(self, `${pass}\t${stack[0]}`);
    for (const f of new Set(stack)) add(inclusive, `${pass}\t${f}`);
  });
}

async function main(): Promise<void> {
  const { limit, top } = parseArgs(process.argv.slice(2));
  const { pages, skipped } = listCorpusPages(join(ROOT, '..', 'shared', 'corpus'), limit);
  for (const s of skipped) process.stderr.write(`skipped ${s}\n`);
  if (pages.length === 0) return void process.stderr.write('no corpus pages: nothing to profile\n');
  const script = await buildPageScript(join(ROOT, '.cache', 'profile-inpage'), { minify: false });
  const server = await startBenchServer(pages, script, (i) => ({
    id: pages[i]!.id,
    url: pages[i]!.url,
    readabilityFirst: i % 2 === 0,
    mode: 'focus',
  }));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: BENCH_CHROMIUM_ARGS,
  });
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  try {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    for (let i = 0; i < pages.length; i++) {
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await page.goto(server.pageUrl(i), { waitUntil: 'domcontentloaded' });
      // (a) and (b) are over once the page waits for the late phase, or has reported (no article).
      await page.waitForFunction(() => window.__cwBenchLateReady || window.__cwBenchReport, null, {
        timeout: 30_000,
        polling: 100,
      });
      fileSamples((await cdp.send('Profiler.stop')).profile as CpuProfile, inclusive, self);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const table = (title: string, m: Map<string, number>, pass: string) => {
    const rows = [...m]
      .filter(([k]) => k.startsWith(`${pass}\t`))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `| ${k.split('\t')[1]} | ${(ms / pages.length).toFixed(2)} |`);
    return `### ${pass}: ${title}\n\n| function | ms per page |\n| --- | --- |\n${rows.join('\n')}\n`;
  };
  process.stdout.write(`${pages.length} pages, cold, timed pass in Focus; sampled every 50 µs\n\n`);
  for (const [pass] of PASSES)
    process.stdout.write(`${table('inclusive', inclusive, pass)}\n${table('self', self, pass)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
