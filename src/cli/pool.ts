/**
 * The threads `cleanwire group` cleans in. Cleaning is CPU-bound (jsdom, Readability, the rules), so each
 * file goes to one of `jobs` worker threads, which sends back only the file's fingerprint; with one job,
 * files are cleaned in this thread instead.
 */
import { Worker } from 'node:worker_threads';
import type { CompiledRule } from '../core';
import type { CleanInputOptions } from './clean-input';
import { storyOfFile, unreadFile, type FileStory } from './group-file';

/** What every worker starts with. */
export interface PoolSetup {
  rules: CompiledRule[] | undefined;
}
export interface PoolTask {
  id: number;
  bytes: Uint8Array;
  options: Omit<CleanInputOptions, 'rules'>;
}
export interface PoolReply {
  id: number;
  file: FileStory;
}

export interface StoryPool {
  /** How many files can be in the works at once without waiting for a thread. */
  readonly size: number;
  storyOf(bytes: Uint8Array, options: Omit<CleanInputOptions, 'rules'>): Promise<FileStory>;
  close(): Promise<void>;
}

export function storyPool(jobs: number, rules: CompiledRule[] | undefined): StoryPool {
  if (jobs <= 1) {
    return {
      size: 1,
      storyOf: (bytes, options) => Promise.resolve(storyOfFile(bytes, options, rules)),
      close: () => Promise.resolve(),
    };
  }
  return new WorkerPool(jobs, { rules });
}

interface Busy {
  id: number;
  done: (file: FileStory) => void;
}

class WorkerPool implements StoryPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Busy>();
  private readonly waiting: { task: PoolTask; done: (file: FileStory) => void }[] = [];
  private started = 0;
  private nextId = 0;

  constructor(
    readonly size: number,
    private readonly setup: PoolSetup,
  ) {}

  storyOf(bytes: Uint8Array, options: Omit<CleanInputOptions, 'rules'>): Promise<FileStory> {
    return new Promise((done) => {
      this.waiting.push({ task: { id: this.nextId++, bytes, options }, done });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.start() : null);
      if (!worker) return;
      const { task, done } = this.waiting.shift()!;
      this.busy.set(worker, { id: task.id, done });
      // The bytes move to the worker rather than being copied (a Buffer may share its memory: copy it first).
      const bytes = task.bytes.byteLength === task.bytes.buffer.byteLength ? task.bytes : task.bytes.slice();
      worker.postMessage({ ...task, bytes }, [bytes.buffer as ArrayBuffer]);
    }
  }

  private start(): Worker {
    this.started++;
    const worker = startWorker(this.setup);
    worker.on('message', (reply: PoolReply) => {
      const job = this.busy.get(worker);
      if (!job || job.id !== reply.id) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      job.done(reply.file);
      this.dispatch();
    });
    // A worker that dies (out of memory, a crash in a dependency) fails its file, and another takes its place.
    const lost = (error: unknown) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      else if (!job) return; // already closed
      this.started--;
      job?.done(unreadFile(error));
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) =>
      lost(new Error(`the worker thread cleaning it stopped (exit code ${code}).`)),
    );
    return worker;
  }
}

/** group-worker.ts from the sources (tests, tsx), group-worker.mjs beside the bundle (scripts/build-cli.ts). */
function startWorker(setup: PoolSetup): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./group-worker.mjs', here), { workerData: setup });
  // Workers do not inherit tsx's (or vitest's) loader hooks: register tsx's, then load the TypeScript worker.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./group-worker.ts', here).href);
  const code = `import(${tsx}).then((m) => { m.register(); return import(${entry}); });`;
  return new Worker(code, { eval: true, workerData: setup });
}
