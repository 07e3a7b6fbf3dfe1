/**
 * A worker thread of `cleanwire group` (pool.ts): cleans and fingerprints the files it is sent, one at a
 * time, and sends back only the fingerprints. Bundled beside cleanwire.mjs by scripts/build-cli.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { storyOfFile } from './group-file';
import type { PoolReply, PoolTask, PoolSetup } from './pool';

const { rules } = workerData as PoolSetup;
parentPort!.on('message', ({ id, bytes, options }: PoolTask) => {
  const reply: PoolReply = { id, file: storyOfFile(bytes, options, rules) };
  parentPort!.postMessage(reply);
});
