import { parentPort, workerData } from 'node:worker_threads';
import type { ExtractorId } from './extractors';
import { runJob, type Job, type WorkerMessage } from './parallel';
import { MemoryPeak } from './stats';

const { job, ids } = workerData as { job: Job; ids: ExtractorId[] };
const memory = new MemoryPeak();
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
try {
  const pages = await runJob(job, ids, memory, () => post({ type: 'page' }));
  post({ type: 'done', pages, rss: memory.rss, heapUsed: memory.heapUsed });
} catch (e) {
  post({ type: 'error', message: (e as Error).stack ?? String(e) });
}
