import { Worker } from 'node:worker_threads';
import { EXTRACTORS, type ExtractorId } from './extractors';
import { runReadabilityPages, type ReadabilityPage } from './readability-corpus';
import { MemoryPeak } from './stats';
import { runTrafilaturaCases, type TrafilaturaCase, type TrafilaturaPage } from './trafilatura';
import { runWcxbCases, type WcxbCase, type WcxbPage } from './wcxb';

/** A slice of one corpus to run, in a worker or in this thread. `order` = each item's place in the whole run. */
export type Job =
  | { section: 'trafilatura'; dir: string; items: TrafilaturaCase[]; order: number[] }
  | { section: 'readability'; dir: string; items: string[]; order: number[] }
  | { section: 'wcxb'; dir: string; items: WcxbCase[]; order: number[] };

type AnyPages = TrafilaturaPage[] | ReadabilityPage[] | WcxbPage[];
type PagesOf<J extends Job> = J extends { section: 'trafilatura' }
  ? TrafilaturaPage[]
  : J extends { section: 'wcxb' }
    ? WcxbPage[]
    : ReadabilityPage[];

export type WorkerMessage =
  | { type: 'page' }
  | { type: 'done'; pages: AnyPages; rss: number; heapUsed: number }
  | { type: 'error'; message: string };

export function runJob(
  job: Job,
  ids: readonly ExtractorId[],
  memory: MemoryPeak,
  onPage: () => void,
): Promise<AnyPages> {
  const extractors = ids.map((id) => EXTRACTORS[id]);
  switch (job.section) {
    case 'trafilatura':
      return runTrafilaturaCases(job.dir, job.items, job.order, extractors, memory, onPage);
    case 'wcxb':
      return runWcxbCases(job.dir, job.items, job.order, extractors, memory, onPage);
    case 'readability':
      return runReadabilityPages(job.dir, job.items, job.order, extractors, memory, onPage);
  }
}

/**
 * Runs a job split over `jobs` worker threads (interleaved, so each gets a fair mix of pages) and
 * gives the pages back in their original order. Each worker parses its own pages and runs every
 * extractor on them in rotating order, so per-page ratios stay like-for-like.
 */
export async function runSharded<J extends Job>(
  job: J,
  ids: readonly ExtractorId[],
  jobs: number,
  memory: MemoryPeak,
  onPage: () => void,
): Promise<PagesOf<J>> {
  if (jobs <= 1) return (await runJob(job, ids, memory, onPage)) as PagesOf<J>;
  const shards = Array.from({ length: jobs }, (_, k) => ({
    ...job,
    items: job.items.filter((_, i) => i % jobs === k),
    order: job.order.filter((_, i) => i % jobs === k),
  })) as J[];
  const results = await Promise.all(shards.map((shard) => runInWorker(shard, ids, memory, onPage)));
  const placed = results.flatMap((pages, k) => pages.map((page, i) => ({ page, at: shards[k]!.order[i]! })));
  return placed.sort((a, b) => a.at - b.at).map((x) => x.page) as PagesOf<J>;
}

function runInWorker(
  job: Job,
  ids: readonly ExtractorId[],
  memory: MemoryPeak,
  onPage: () => void,
): Promise<(TrafilaturaPage | ReadabilityPage | WcxbPage)[]> {
  // Workers do not inherit tsx's loader hooks: register them first, then load the TypeScript worker.
  const code = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { job, ids } });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'page') onPage();
      else if (m.type === 'error') reject(new Error(m.message));
      else {
        memory.rss = Math.max(memory.rss, m.rss);
        memory.heapUsed = Math.max(memory.heapUsed, m.heapUsed);
        resolve(m.pages);
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`benchmark worker exited with code ${code}`));
    });
  });
}
