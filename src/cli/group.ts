/**
 * `cleanwire group FILE…`: the copies of each story among the files. Files are read one after another and
 * cleaned in worker threads (pool.ts); only their fingerprints come back and are kept, so memory grows
 * with the number of files by a few kilobytes each, never with their size. Stories are clustered as they
 * arrive, in the order given (StoryClusters: LSH buckets, not every pair); the report comes at the end.
 */
import { JSDOM } from 'jsdom';
import { StoryClusters, type StoryFingerprint } from '../core/story';
import type { GroupCommand } from './args';
import { unreadFile, type FileStory } from './group-file';
import { groupRecords, groupText, type GroupedFile } from './group-report';
import { cleanInputOptions, loadRules, readInput } from './inputs';
import type { CliIo } from './main';
import { storyPool } from './pool';

export async function groupFiles(command: GroupCommand, io: CliIo): Promise<number> {
  let rules;
  if (command.rules !== null) {
    const window = new JSDOM('').window; // the selector engine the rules will be asked through
    rules = await loadRules(command, io, window.document);
    window.close();
    if (rules === null) return 2;
  }

  const clusters = new StoryClusters<StoryFingerprint>();
  const files: GroupedFile[] = [];
  let failed = false;
  // Results come back in any order; they are taken (reported, clustered) in the order of the files.
  const arrived = new Map<number, FileStory>();
  const take = (at: number, result: FileStory) => {
    arrived.set(at, result);
    for (let next = files.length; arrived.has(next); next++) {
      const r = arrived.get(next)!;
      arrived.delete(next);
      const file = command.files[next]!;
      const name = file === '-' ? '<stdin>' : file;
      for (const note of r.notes) io.err(`cleanwire: ${name}: note: ${note}\n`);
      if (r.message) io.err(`cleanwire: ${name}: ${r.message}\n`);
      if (r.failed) failed = true;
      files.push({
        file,
        status: r.status,
        message: r.message,
        story: r.story ? clusters.add(r.story) : null,
      });
    }
  };

  const pool = storyPool(Math.min(command.jobs, command.files.length), rules);
  const stdin = { read: false };
  const working = new Set<Promise<void>>();
  try {
    for (const [at, file] of command.files.entries()) {
      // Read ahead of the threads by one file each at most: the bytes waiting are bounded too.
      while (working.size >= pool.size * 2) await Promise.race(working);
      let result: Promise<FileStory>;
      try {
        const bytes = await readInput(file, command.maxBytes, io, stdin);
        result = pool.storyOf(bytes, cleanInputOptions(file, command, io));
      } catch (e) {
        result = Promise.resolve(unreadFile(e));
      }
      const done: Promise<void> = result.then((r) => {
        working.delete(done);
        take(at, r);
      });
      working.add(done);
    }
    await Promise.all(working);
  } finally {
    await pool.close();
  }

  const records = groupRecords(files, clusters);
  if (command.format === 'jsonl') {
    for (const record of records) await io.out(JSON.stringify(record) + '\n');
  } else {
    await io.out(groupText(records));
  }
  return failed ? 1 : 0;
}
