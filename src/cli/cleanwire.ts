/**
 * The `cleanwire` executable: Node's streams and file system plugged into `run`. Bundled by
 * scripts/build-cli.ts into dist/cli/cleanwire.mjs, which bin/cleanwire.mjs loads.
 */
import { run, type CliIo } from './main';
import { readFileCapped, readStreamCapped } from './read-capped';

const io: CliIo = {
  out: (text) =>
    new Promise((done) => {
      if (process.stdout.write(text)) done();
      else process.stdout.once('drain', done);
    }),
  err: (text) => void process.stderr.write(text),
  readFile: readFileCapped,
  readStdin: (maxBytes) => readStreamCapped(process.stdin, maxBytes),
  cwd: process.cwd(),
};

// `cleanwire clean … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await run(process.argv.slice(2), io);
